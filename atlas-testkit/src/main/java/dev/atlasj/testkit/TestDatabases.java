package dev.atlasj.testkit;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds a database server for tests through the provider chain and creates databases on it.
 *
 * <p>The chain, in order: an environment variable ({@link Engine#urlVariable()}), the local server
 * on its default port, Testcontainers when a Docker engine is reachable, embedded binaries from
 * Maven. The first server found is kept for the rest of the JVM.
 */
public final class TestDatabases {

    private static final Map<Engine, DatabaseServer> SERVERS = new EnumMap<>(Engine.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDatabases() {
    }

    /** The server tests of {@code engine} run against. */
    public static synchronized DatabaseServer server(Engine engine) {
        DatabaseServer server = SERVERS.get(engine);
        if (server == null) {
            server = find(engine);
            SERVERS.put(engine, server);
        }
        return server;
    }

    /** Creates a fresh, uniquely named database; close it to drop it. */
    public static TestDatabase create(Engine engine) {
        DatabaseServer server = server(engine);
        String name = "atlasj_test_" + Long.toUnsignedString(RANDOM.nextLong(), 36);
        try {
            server.createDatabase(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + server.description()
                    + ": " + e.getMessage(), e);
        }
        return new TestDatabase(server, name);
    }

    /** Whether the tests run under continuous integration, where a missing database is an error. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static DatabaseServer find(Engine engine) {
        StringBuilder reasons = new StringBuilder();
        for (DatabaseProvider provider : providers()) {
            Optional<DatabaseServer> server = provider.provide(engine, reasons);
            if (server.isPresent()) {
                return server.get();
            }
        }
        throw new NoDatabaseAvailableException("No " + engine.displayName() + " server for tests:\n" + reasons
                + "Provide one: set " + engine.urlVariable()
                + " to a JDBC URL with credentials (jdbc:postgresql://host:5432/postgres?user=u&password=p), "
                + "start a local server on port 5432, or start Docker.");
    }

    private static List<DatabaseProvider> providers() {
        List<DatabaseProvider> providers = new ArrayList<>();
        ServiceLoader.load(DatabaseProvider.class, TestDatabases.class.getClassLoader()).forEach(providers::add);
        providers.sort(Comparator.comparingInt(DatabaseProvider::order));
        return providers;
    }
}
