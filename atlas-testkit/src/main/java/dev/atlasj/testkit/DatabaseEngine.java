package dev.atlasj.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which engine a {@link TestDatabase} handed out by {@link DatabaseExtension} runs on, when it is not
 * PostgreSQL, the default.
 *
 * <pre>{@code
 * @ExtendWith(DatabaseExtension.class)
 * @DatabaseEngine(Engine.MYSQL)               // every TestDatabase of the class is a MySQL-family one
 * class InspectTest {
 *     @Test
 *     void readsTables(TestDatabase db) { ... }
 *
 *     @Test
 *     void comparesWithPostgres(TestDatabase mysql, @DatabaseEngine(Engine.POSTGRES) TestDatabase postgres) { ... }
 * }
 * }</pre>
 *
 * <p>On a parameter it applies to that parameter; on a class, to every parameter of the class and of
 * its nested classes that does not say otherwise.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER})
public @interface DatabaseEngine {

    /** The engine. */
    Engine value();
}
