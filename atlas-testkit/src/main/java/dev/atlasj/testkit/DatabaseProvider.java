package dev.atlasj.testkit;

import java.util.Optional;

/**
 * One link of the chain that finds a database server for tests: an environment variable, the
 * local server, Testcontainers, embedded binaries.
 *
 * <p>Providers are tried in {@link #order()}; the first that yields a server wins.
 */
public interface DatabaseProvider {

    /** Position in the chain; lower goes first. */
    int order();

    /** A short name for messages, such as {@code "local server"}. */
    String name();

    /**
     * A server of {@code engine}, or empty when this provider cannot give one here.
     *
     * @param engine the engine wanted
     * @param reasons collects one line per reason this provider declined, for the error message
     */
    Optional<DatabaseServer> provide(Engine engine, StringBuilder reasons);
}
