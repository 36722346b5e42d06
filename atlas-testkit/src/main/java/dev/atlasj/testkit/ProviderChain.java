package dev.atlasj.testkit;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the {@link DatabaseProvider}s in order for a server, keeps the answer for the life of the
 * chain, and creates uniquely named databases on the server found.
 *
 * <p>The first server found wins. A provider that throws ends the search with its error: it was
 * configured, and running the tests against another server would hide that. When every provider
 * declines, the error lists each one's reason and says how to provide a server. Either failure is
 * kept too, so that the tests after the first fail at once instead of searching again.
 *
 * <p>When a server is found, databases that killed runs left on it more than a day ago are dropped
 * (only databases named by {@link DatabaseNames}).
 */
final class ProviderChain {

    static final Duration STALE_AFTER = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(ProviderChain.class);

    private final List<DatabaseProvider> providers;
    private final Clock clock;
    private final DatabaseNames names;
    private final Map<Engine, Supplier<DatabaseServer>> answers = new EnumMap<>(Engine.class);

    ProviderChain(List<? extends DatabaseProvider> providers, Clock clock) {
        List<DatabaseProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt(DatabaseProvider::order));
        this.providers = List.copyOf(sorted);
        this.clock = clock;
        this.names = DatabaseNames.forThisRun(clock);
    }

    /** The chain of the providers registered through {@link ServiceLoader}, one per JVM. */
    static ProviderChain standard() {
        return Standard.CHAIN;
    }

    /** The providers, in the order they are asked. */
    List<DatabaseProvider> providers() {
        return providers;
    }

    /** The names this chain gives its databases. */
    DatabaseNames names() {
        return names;
    }

    /**
     * The server for {@code engine}, searched for on first call.
     *
     * @throws NoDatabaseAvailableException when every provider declined
     * @throws IllegalStateException when a provider failed
     */
    synchronized DatabaseServer server(Engine engine) {
        return answers.computeIfAbsent(engine, this::search).get();
    }

    /** Creates a fresh database on the server for {@code engine}; closing it drops it. */
    TestDatabase create(Engine engine) {
        DatabaseServer server = server(engine);
        String name = names.next();
        try {
            server.createDatabase(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + server.description()
                    + ": " + e.getMessage(), e);
        }
        return new TestDatabase(server, name);
    }

    private Supplier<DatabaseServer> search(Engine engine) {
        List<String> reasons = new ArrayList<>();
        for (DatabaseProvider provider : providers) {
            DatabaseProvider.Outcome outcome;
            try {
                outcome = provider.provide(engine);
            } catch (RuntimeException e) {
                String message = "The " + provider.name() + " provider failed, so the providers after it were not tried: "
                        + e.getMessage();
                return () -> {
                    throw new IllegalStateException(message, e);
                };
            }
            if (outcome instanceof DatabaseProvider.Found found) {
                DatabaseServer server = found.server();
                LOG.info("Test databases go to {} (found by the {} provider)", server.description(), provider.name());
                dropStaleDatabases(server);
                return () -> server;
            }
            reasons.add(provider.name() + ": " + ((DatabaseProvider.Declined) outcome).reason());
        }
        String message = "No " + engine.displayName() + " server for tests. Each way of getting one declined:\n  - "
                + String.join("\n  - ", reasons)
                + "\nProvide one: set " + engine.urlVariable() + " to a JDBC URL with credentials ("
                + engine.exampleUrl() + "), " + engine.localServerHint() + ", or start Docker."
                + " See atlas-testkit/README.md.";
        return () -> {
            throw new NoDatabaseAvailableException(message);
        };
    }

    private void dropStaleDatabases(DatabaseServer server) {
        Instant cutoff = clock.instant().minus(STALE_AFTER);
        try {
            for (String database : server.databases()) {
                if (DatabaseNames.runStart(database).filter(start -> start.isBefore(cutoff)).isPresent()) {
                    LOG.info("Dropping {}, left on {} by a test run that ended without dropping it", database, server.description());
                    server.dropDatabase(database);
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not drop the databases that earlier test runs left on {}: {}", server.description(), e.getMessage());
        }
    }

    private static final class Standard {
        static final ProviderChain CHAIN = new ProviderChain(
                ServiceLoader.load(DatabaseProvider.class, ProviderChain.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList(),
                Clock.systemUTC());
    }
}
