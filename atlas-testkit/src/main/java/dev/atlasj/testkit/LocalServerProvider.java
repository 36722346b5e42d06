package dev.atlasj.testkit;

import java.util.Map;

/**
 * Uses a PostgreSQL server on this machine's default port ({@code 127.0.0.1:5432}) when one
 * answers, as the user {@code PGUSER} (default {@code postgres}) with the password
 * {@code PGPASSWORD}, if set. The user must be allowed to create databases.
 *
 * <p>Registered through {@link java.util.ServiceLoader}; tests do not use it directly.
 */
public final class LocalServerProvider implements DatabaseProvider {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;

    private final Environment environment;

    /** The provider reading the process environment. */
    public LocalServerProvider() {
        this(Environment.system());
    }

    LocalServerProvider(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "local server";
    }

    @Override
    public Outcome provide(Engine engine) {
        String user = environment.value("PGUSER") == null ? "postgres" : environment.value("PGUSER");
        PostgresServer server = new PostgresServer("local PostgreSQL at " + HOST + ":" + PORT, HOST, PORT,
                "postgres", user, environment.get("PGPASSWORD"), Map.of());
        try {
            server.verify();
            return Outcome.found(server);
        } catch (Exception e) {
            return Outcome.declined("no usable PostgreSQL at " + HOST + ":" + PORT + " as user " + user
                    + " (" + e.getMessage() + ")");
        }
    }
}
