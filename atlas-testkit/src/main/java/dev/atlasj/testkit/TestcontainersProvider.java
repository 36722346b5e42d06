package dev.atlasj.testkit;

/**
 * Starts PostgreSQL in a Docker container through Testcontainers when a Docker engine is reachable.
 * The container lives as long as the JVM.
 *
 * <p>The image is {@code postgres:15}; the system property {@code atlasj.test.postgres.image} or the
 * environment variable {@code ATLAS_TEST_POSTGRES_IMAGE} names another (any image compatible with
 * the official one, such as {@code postgis/postgis:16-3.4}).
 *
 * <p>Testcontainers is an optional dependency: without it on the class path this provider declines.
 * Everything that touches its classes lives in {@link TestcontainersPostgres}, which is loaded only
 * after the classes were found.
 *
 * <p>Registered through {@link java.util.ServiceLoader}; tests do not use it directly.
 */
public final class TestcontainersProvider implements DatabaseProvider {

    static final String DEFAULT_IMAGE = "postgres:15";
    static final String IMAGE_PROPERTY = "atlasj.test.postgres.image";
    static final String IMAGE_VARIABLE = "ATLAS_TEST_POSTGRES_IMAGE";

    private final Environment environment;

    /** The provider reading the process environment. */
    public TestcontainersProvider() {
        this(Environment.system());
    }

    TestcontainersProvider(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "Testcontainers";
    }

    @Override
    public Outcome provide(Engine engine) {
        if (!onClassPath()) {
            return Outcome.declined("Testcontainers is not on the class path (add org.testcontainers:postgresql)");
        }
        if (!TestcontainersPostgres.dockerAvailable()) {
            return Outcome.declined("no Docker engine is reachable");
        }
        return Outcome.found(TestcontainersPostgres.server(image()));
    }

    String image() {
        String property = System.getProperty(IMAGE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String variable = environment.value(IMAGE_VARIABLE);
        return variable == null ? DEFAULT_IMAGE : variable;
    }

    /** Whether Testcontainers is on the class path, checked without loading any of its classes. */
    static boolean onClassPath() {
        try {
            Class.forName("org.testcontainers.containers.PostgreSQLContainer", false,
                    TestcontainersProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
