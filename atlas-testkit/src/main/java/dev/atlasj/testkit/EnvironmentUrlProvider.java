package dev.atlasj.testkit;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes the server from an environment variable ({@code ATLAS_TEST_POSTGRES_URL},
 * {@code ATLAS_TEST_MYSQL_URL}), first in the chain so that a developer or a CI job can point every
 * test at a server of their choice.
 *
 * <p>The value is a JDBC URL of a database the user may connect to and create databases from,
 * with credentials as query parameters:
 * {@code jdbc:postgresql://db.example:5432/postgres?user=me&password=secret} or
 * {@code jdbc:mysql://db.example:3306/?user=root&password=secret} (a MySQL or MariaDB server, reached
 * through MySQL Connector/J). Other parameters ({@code sslmode}, {@code sslMode}, ...) are kept for
 * every connection. When the variable is set but the server does not answer, this provider throws:
 * the tests must not silently run against another server.
 *
 * <p>Registered through {@link java.util.ServiceLoader}; tests do not use it directly.
 */
public final class EnvironmentUrlProvider implements DatabaseProvider {

    private final Environment environment;

    /** The provider reading the process environment. */
    public EnvironmentUrlProvider() {
        this(Environment.system());
    }

    EnvironmentUrlProvider(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "environment variable";
    }

    @Override
    public Outcome provide(Engine engine) {
        String url = environment.value(engine.urlVariable());
        if (url == null) {
            return Outcome.declined(engine.urlVariable() + " is not set");
        }
        VerifiableServer server = parse(url, engine);
        try {
            server.verify();
        } catch (Exception e) {
            throw new IllegalStateException(engine.urlVariable() + " is set, but " + server.description()
                    + " cannot be used: " + e.getMessage(), e);
        }
        return Outcome.found(server);
    }

    private static VerifiableServer parse(String url, Engine engine) {
        String variable = engine.urlVariable();
        String prefix = engine == Engine.POSTGRES ? "jdbc:postgresql://" : "jdbc:mysql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalStateException(variable + " must be a JDBC URL such as " + engine.exampleUrl());
        }
        URI uri;
        try {
            uri = new URI(url.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(variable + " is not a valid URL: " + e.getReason(), e);
        }
        if (uri.getHost() == null) {
            throw new IllegalStateException(variable + " names no host");
        }
        Map<String, String> parameters = parameters(uri.getRawQuery());
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        String path = uri.getPath();
        String database = path == null || path.length() <= 1 ? null : path.substring(1);
        if (engine == Engine.MYSQL) {
            int port = uri.getPort() < 0 ? 3306 : uri.getPort();
            return new MySqlServer("MySQL at " + uri.getHost() + ":" + port + " (from " + variable + ")", uri.getHost(),
                    port, user == null ? "root" : user, password, parameters);
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String description = "PostgreSQL at " + uri.getHost() + ":" + port + " (from " + variable + ")";
        return new PostgresServer(description, uri.getHost(), port, database == null ? "postgres" : database,
                user == null ? "postgres" : user, password, parameters);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
