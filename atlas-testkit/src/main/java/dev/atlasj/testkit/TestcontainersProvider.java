package dev.atlasj.testkit;

/**
 * Starts PostgreSQL or MySQL in a Docker container through Testcontainers when a Docker engine is
 * reachable. The container lives as long as the JVM.
 *
 * <p>The images are {@code postgres:15} and {@code mysql:8}; the system properties
 * {@code atlasj.test.postgres.image} and {@code atlasj.test.mysql.image} or the environment variables
 * {@code ATLAS_TEST_POSTGRES_IMAGE} and {@code ATLAS_TEST_MYSQL_IMAGE} name others (any image compatible
 * with the official one, such as {@code postgis/postgis:16-3.4} or {@code mariadb:11}).
 *
 * <p>Testcontainers is an optional dependency: without its module for the engine
 * ({@code org.testcontainers:postgresql}, {@code org.testcontainers:mysql}) on the class path this
 * provider declines. Everything that touches its classes lives in {@link TestcontainersPostgres} and
 * {@link TestcontainersMySql}, which are loaded only after the classes were found.
 *
 * <p>Registered through {@link java.util.ServiceLoader}; tests do not use it directly.
 */
public final class TestcontainersProvider implements DatabaseProvider {

    static final String DEFAULT_IMAGE = "postgres:15";
    static final String IMAGE_PROPERTY = "atlasj.test.postgres.image";
    static final String IMAGE_VARIABLE = "ATLAS_TEST_POSTGRES_IMAGE";
    static final String DEFAULT_MYSQL_IMAGE = "mysql:8";
    static final String MYSQL_IMAGE_PROPERTY = "atlasj.test.mysql.image";
    static final String MYSQL_IMAGE_VARIABLE = "ATLAS_TEST_MYSQL_IMAGE";

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
        if (!onClassPath(engine)) {
            return Outcome.declined("Testcontainers is not on the class path (add org.testcontainers:"
                    + (engine == Engine.POSTGRES ? "postgresql" : "mysql") + ")");
        }
        if (!TestcontainersPostgres.dockerAvailable()) {
            return Outcome.declined("no Docker engine is reachable");
        }
        return Outcome.found(engine == Engine.POSTGRES
                ? TestcontainersPostgres.server(image())
                : TestcontainersMySql.server(image(MYSQL_IMAGE_PROPERTY, MYSQL_IMAGE_VARIABLE, DEFAULT_MYSQL_IMAGE)));
    }

    String image() {
        return image(IMAGE_PROPERTY, IMAGE_VARIABLE, DEFAULT_IMAGE);
    }

    String image(String property, String variable, String fallback) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty.trim();
        }
        String fromVariable = environment.value(variable);
        return fromVariable == null ? fallback : fromVariable;
    }

    /** Whether Testcontainers is on the class path, checked without loading any of its classes. */
    static boolean onClassPath() {
        return onClassPath(Engine.POSTGRES);
    }

    /** Whether Testcontainers' module for {@code engine} is on the class path, checked without loading its classes. */
    static boolean onClassPath(Engine engine) {
        String container = engine == Engine.POSTGRES
                ? "org.testcontainers.containers.PostgreSQLContainer"
                : "org.testcontainers.containers.MySQLContainer";
        try {
            Class.forName(container, false, TestcontainersProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
