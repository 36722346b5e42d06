package dev.atlasj.testkit;

/**
 * One link of the chain that finds a database server for tests: an environment variable, the
 * local server, Testcontainers, embedded binaries.
 *
 * <p>Implementations are found through {@link java.util.ServiceLoader} and asked in {@link #order()};
 * the first that finds a server wins. A provider that cannot give a server here {@linkplain
 * Outcome#declined(String) declines} with a reason; one that was explicitly configured and finds its
 * configuration broken throws instead, so that the tests fail rather than quietly run against
 * another server.
 */
public interface DatabaseProvider {

    /** Position in the chain; lower goes first. */
    int order();

    /** A short name for messages, such as {@code "local server"}. */
    String name();

    /**
     * A server of {@code engine}, or the reason this provider has none here.
     *
     * @throws RuntimeException when the provider is configured but its server is unusable
     */
    Outcome provide(Engine engine);

    /** What a provider answered. */
    sealed interface Outcome permits Found, Declined {

        /** A server was found. */
        static Outcome found(DatabaseServer server) {
            return new Found(server);
        }

        /** No server here, for the reason given (one line, for the message listing every provider's answer). */
        static Outcome declined(String reason) {
            return new Declined(reason);
        }
    }

    /** The provider found {@code server}. */
    record Found(DatabaseServer server) implements Outcome {
    }

    /** The provider has no server here, because of {@code reason}. */
    record Declined(String reason) implements Outcome {
    }
}
