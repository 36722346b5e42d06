package dev.atlasj.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

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
 * <p>A {@link TestDatabase} parameter of a test method gets a database dropped after that test;
 * one of a {@code @BeforeAll} method or of the constructor gets a database shared by the class and
 * dropped after it. When no server can be found, the test is skipped with a message that says how
 * to provide one; under {@code CI=true} it fails instead.
 */
public final class DatabaseExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        String key = "database-" + parameter.getIndex() + "-" + context.getUniqueId();
        return store.getOrComputeIfAbsent(key, k -> new Resource(open()), Resource.class).database;
    }

    private static TestDatabase open() {
        try {
            return TestDatabases.create(Engine.POSTGRES);
        } catch (NoDatabaseAvailableException e) {
            if (TestDatabases.underCi()) {
                throw new ParameterResolutionException("CI=true and " + e.getMessage(), e);
            }
            throw new TestAbortedException(e.getMessage());
        }
    }

    private record Resource(TestDatabase database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            database.close();
        }
    }
}
