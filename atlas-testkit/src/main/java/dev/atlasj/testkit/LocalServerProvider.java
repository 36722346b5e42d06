package dev.atlasj.testkit;

import java.util.Map;

/**
 * Uses a server on this machine's default port when one answers: PostgreSQL on
 * {@code 127.0.0.1:5432} as the user {@code PGUSER} (default {@code postgres}) with the password
 * {@code PGPASSWORD}, if set; MySQL or MariaDB on {@code 127.0.0.1:3306} as {@code root} with the
 * password {@code MYSQL_PWD}, if set (empty otherwise). The user must be allowed to create databases.
 *
 * <p>Registered through {@link java.util.ServiceLoader}; tests do not use it directly.
 */
public final class LocalServerProvider implements DatabaseProvider {

    private static final String HOST = "127.0.0.1";
    private static final int POSTGRES_PORT = 5432;
    private static final int MYSQL_PORT = 3306;

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
        if (engine == Engine.POSTGRES) {
            String user = environment.value("PGUSER") == null ? "postgres" : environment.value("PGUSER");
            return verified(new PostgresServer("local PostgreSQL at " + HOST + ":" + POSTGRES_PORT, HOST, POSTGRES_PORT,
                    "postgres", user, environment.get("PGPASSWORD"), Map.of()),
                    "PostgreSQL at " + HOST + ":" + POSTGRES_PORT + " as user " + user);
        }
        return verified(new MySqlServer("local MySQL at " + HOST + ":" + MYSQL_PORT, HOST, MYSQL_PORT, "root",
                environment.get("MYSQL_PWD"), Map.of()), "MySQL or MariaDB at " + HOST + ":" + MYSQL_PORT + " as user root");
    }

    private static Outcome verified(VerifiableServer server, String what) {
        try {
            server.verify();
            return Outcome.found(server);
        } catch (Exception e) {
            return Outcome.declined("no usable " + what + " (" + e.getMessage() + ")");
        }
    }
}
