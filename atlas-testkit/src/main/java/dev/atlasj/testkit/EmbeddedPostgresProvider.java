package dev.atlasj.testkit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.util.Optional;

/**
 * Starts PostgreSQL from embedded binaries ({@link EmbeddedPostgresServer#startScratch()}) when no
 * other provider answered: the last resort, needing nothing but Java. The server is started once
 * per JVM and stopped at its exit.
 *
 * <p>Registered through {@link java.util.ServiceLoader}; tests do not use it directly.
 */
public final class EmbeddedPostgresProvider implements DatabaseProvider {

    private static EmbeddedPostgresServer server;

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "embedded PostgreSQL";
    }

    @Override
    public Outcome provide(Engine engine) {
        if (engine != Engine.POSTGRES) {
            return Outcome.declined("it runs PostgreSQL only");
        }
        Optional<String> cannotRun = whyItCannotRun();
        if (cannotRun.isPresent()) {
            return Outcome.declined(cannotRun.get());
        }
        try {
            return Outcome.found(server());
        } catch (RuntimeException e) {
            return Outcome.declined("it did not start: " + e.getMessage());
        }
    }

    /** This JVM's embedded server, started on first use. */
    static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            server = EmbeddedPostgresServer.startScratch();
        }
        return server;
    }

    /** Why PostgreSQL cannot run from embedded binaries in this JVM, or empty when it can. */
    static Optional<String> whyItCannotRun() {
        if ("root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable()) {
            return Optional.of("this JVM runs as root, PostgreSQL refuses to, "
                    + "and `unshare -U` (which would run it as another user) is not permitted here");
        }
        return Optional.empty();
    }
}
