package dev.atlasj.testkit;

import java.net.URI;
import java.sql.Connection;
import java.util.Optional;

/**
 * Takes the server from an environment variable ({@code ATLAS_TEST_POSTGRES_URL}), first in the
 * chain so that a developer or a CI job can point every test at a server of their choice.
 *
 * <p>The value is a JDBC URL of a database the user may connect to and create databases from,
 * with credentials as query parameters:
 * {@code jdbc:postgresql://db.example:5432/postgres?user=me&password=secret}.
 */
public final class EnvironmentUrlProvider implements DatabaseProvider {

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "environment variable";
    }

    @Override
    public Optional<DatabaseServer> provide(Engine engine, StringBuilder reasons) {
        String url = System.getenv(engine.urlVariable());
        if (url == null || url.isBlank()) {
            reasons.append("- ").append(engine.urlVariable()).append(" is not set\n");
            return Optional.empty();
        }
        PostgresServer server = parse(url.trim(), engine);
        try (Connection ignored = server.connect(adminDatabase(url))) {
            return Optional.of(server);
        } catch (Exception e) {
            throw new IllegalStateException(engine.urlVariable() + " is set, but " + server.description()
                    + " does not answer: " + e.getMessage(), e);
        }
    }

    private static PostgresServer parse(String url, Engine engine) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException(engine.urlVariable() + " must be a jdbc:postgresql:// URL");
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String user = "postgres";
        String password = null;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
                if (key.equals("user")) {
                    user = value;
                } else if (key.equals("password")) {
                    password = value;
                }
            }
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String description = "PostgreSQL at " + uri.getHost() + ":" + port + " (from " + engine.urlVariable() + ")";
        return new PostgresServer(description, uri.getHost(), port, adminDatabase(url), user, password);
    }

    private static String adminDatabase(String url) {
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        return path == null || path.length() <= 1 ? "postgres" : path.substring(1);
    }
}
