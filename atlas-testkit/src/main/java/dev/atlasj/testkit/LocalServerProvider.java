package dev.atlasj.testkit;

import java.sql.Connection;
import java.util.Optional;

/**
 * Uses a server on this machine's default port ({@code 127.0.0.1:5432}, user {@code postgres},
 * password from {@code PGPASSWORD} if set) when one answers.
 */
public final class LocalServerProvider implements DatabaseProvider {

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "local server";
    }

    @Override
    public Optional<DatabaseServer> provide(Engine engine, StringBuilder reasons) {
        PostgresServer server = new PostgresServer("local PostgreSQL at 127.0.0.1:5432", "127.0.0.1", 5432,
                "postgres", "postgres", System.getenv("PGPASSWORD"));
        try (Connection ignored = server.connect("postgres")) {
            return Optional.of(server);
        } catch (Exception e) {
            reasons.append("- no PostgreSQL answers at 127.0.0.1:5432 as user postgres (")
                    .append(e.getMessage()).append(")\n");
            return Optional.empty();
        }
    }
}
