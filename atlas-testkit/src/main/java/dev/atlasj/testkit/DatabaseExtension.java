package dev.atlasj.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * JUnit 5 extension that hands tests a real, fresh database.
 *
 * <pre>{@code
 * @ExtendWith(DatabaseExtension.class)
 * class InspectTest {
 *     @Test
 *     void readsTables(TestDatabase db) { ... }
 * }
 * }</pre>
 *
 * <p>A {@link TestDatabase} parameter of a test method (or of its {@code @BeforeEach} and
 * {@code @AfterEach} methods) gets a database dropped after that test; one of the constructor or of
 * a {@code @BeforeAll} method gets a database shared by the class and dropped after it. The database
 * is a PostgreSQL one unless {@link DatabaseEngine} on the parameter or the class asks for another
 * engine.
 *
 * <p>When no server can be found, the tests that need a database are skipped with a message that
 * says how to provide one; under {@code CI=true} they fail instead. When a configured server fails
 * (the one named by {@code ATLAS_TEST_POSTGRES_URL} does not answer, say), they fail.
 */
public final class DatabaseExtension implements ExecutionCondition, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseExtension.class);

    private final ProviderChain chain;
    private final Environment environment;

    /** The extension over the standard provider chain. */
    public DatabaseExtension() {
        this(ProviderChain.standard(), Environment.system());
    }

    DatabaseExtension(ProviderChain chain, Environment environment) {
        this.chain = chain;
        this.environment = environment;
    }

    /**
     * Skips what needs a database when there is none. This happens here rather than in
     * {@link #resolveParameter}, because JUnit turns every exception of a parameter resolver,
     * an abort included, into a failure.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Engine> engines = enginesNeeded(context);
        if (engines.isEmpty()) {
            return ConditionEvaluationResult.enabled("needs no test database");
        }
        try {
            engines.forEach(chain::server);
            return ConditionEvaluationResult.enabled("a test database server is available");
        } catch (NoDatabaseAvailableException e) {
            return environment.underCi()
                    ? ConditionEvaluationResult.enabled("CI=true, so it runs and fails without a database")
                    : ConditionEvaluationResult.disabled(e.getMessage());
        } catch (RuntimeException e) {
            return ConditionEvaluationResult.enabled("the failure of the database provider fails the test");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        String key = "database-" + parameter.getIndex() + "-" + context.getUniqueId();
        Engine engine = engine(parameter.findAnnotation(DatabaseEngine.class), context.getRequiredTestClass());
        return store.getOrComputeIfAbsent(key, k -> new Resource(open(engine)), Resource.class).database();
    }

    private TestDatabase open(Engine engine) {
        try {
            return chain.create(engine);
        } catch (NoDatabaseAvailableException e) {
            String ci = environment.underCi() ? "CI=true, so a test that needs a database fails without one. " : "";
            throw new ParameterResolutionException(ci + e.getMessage(), e);
        }
    }

    /** The engines of the databases the test (or the class, for class-level callbacks) takes, without repeats. */
    private static List<Engine> enginesNeeded(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Stream<Executable> takers = context.getTestMethod().isPresent()
                ? Stream.concat(Stream.of(context.getRequiredTestMethod()),
                        lifecycleMethods(testClass, BeforeEach.class, AfterEach.class))
                : Stream.concat(Arrays.stream(testClass.getDeclaredConstructors()),
                        lifecycleMethods(testClass, BeforeAll.class, AfterAll.class));
        return takers.flatMap(executable -> Arrays.stream(executable.getParameters()))
                .filter(parameter -> parameter.getType() == TestDatabase.class)
                .map(parameter -> engine(Optional.ofNullable(parameter.getAnnotation(DatabaseEngine.class)), testClass))
                .distinct()
                .toList();
    }

    /** The engine {@link DatabaseEngine} names on the parameter, the test class or an enclosing class; PostgreSQL otherwise. */
    private static Engine engine(Optional<DatabaseEngine> onParameter, Class<?> testClass) {
        if (onParameter.isPresent()) {
            return onParameter.get().value();
        }
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<DatabaseEngine> onClass = AnnotationSupport.findAnnotation(c, DatabaseEngine.class);
            if (onClass.isPresent()) {
                return onClass.get().value();
            }
        }
        return Engine.POSTGRES;
    }

    @SafeVarargs
    private static Stream<Method> lifecycleMethods(Class<?> testClass, Class<? extends Annotation>... annotations) {
        return Arrays.stream(annotations).flatMap(annotation ->
                AnnotationSupport.findAnnotatedMethods(testClass, annotation, HierarchyTraversalMode.TOP_DOWN).stream());
    }

    private record Resource(TestDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }
}
