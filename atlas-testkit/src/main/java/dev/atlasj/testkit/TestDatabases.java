package dev.atlasj.testkit;

/**
 * Finds a database server for tests through the provider chain and creates databases on it.
 *
 * <p>The chain, in order: a URL in an environment variable ({@link Engine#urlVariable()}), a local
 * server on its default port, Testcontainers when a Docker engine is reachable, embedded binaries
 * from Maven. The first server found serves the rest of the JVM. See {@code atlas-testkit/README.md}.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * The server tests of {@code engine} run against.
     *
     * @throws NoDatabaseAvailableException when no provider could give one; its message says how to provide one
     * @throws IllegalStateException when a configured provider failed (a server named by the environment does not answer)
     */
    public static DatabaseServer server(Engine engine) {
        return ProviderChain.standard().server(engine);
    }

    /** Creates a fresh, uniquely named database; close it to drop it. */
    public static TestDatabase create(Engine engine) {
        return ProviderChain.standard().create(engine);
    }

    /** Whether the tests run under continuous integration ({@code CI=true}), where a missing database is an error. */
    public static boolean underCi() {
        return Environment.system().underCi();
    }
}
