package dev.atlasj.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A fresh, uniquely named database that belongs to one test and is dropped when it closes.
 *
 * <p>Get one from {@link DatabaseExtension} as a test method parameter, or from
 * {@link TestDatabases#create(Engine)} and close it yourself.
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseServer server;
    private final String name;
    private final DataSource dataSource = new ConnectingDataSource(this::connect);
    private final AtomicBoolean closed = new AtomicBoolean();

    TestDatabase(DatabaseServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The database's name on its server. */
    public String name() {
        return name;
    }

    /** The server that holds the database. */
    public DatabaseServer server() {
        return server;
    }

    /** The JDBC URL of the database, without credentials. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /**
     * A URL in the form the CLI takes, with credentials: for PostgreSQL
     * {@code postgres://postgres@127.0.0.1:5432/db?sslmode=disable} ({@code sslmode=disable} unless
     * the server's URL sets an SSL mode), for MySQL {@code mysql://root@127.0.0.1:3306/db}.
     */
    public String url() {
        String auth = encode(server.user()) + (server.password() == null ? "" : ":" + encode(server.password()));
        if (server.engine() == Engine.MYSQL) {
            return "mysql://" + auth + "@" + jdbcUrl().substring("jdbc:mysql://".length());
        }
        String rest = jdbcUrl().substring("jdbc:postgresql://".length());
        String sslmode = rest.contains("?sslmode=") || rest.contains("&sslmode=") ? "" : (rest.contains("?") ? "&" : "?") + "sslmode=disable";
        return "postgres://" + auth + "@" + rest + sslmode;
    }

    private static String encode(String userOrPassword) {
        return URLEncoder.encode(userOrPassword, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A data source that opens a new connection to this database each time it is asked. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Opens a new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Runs SQL statements (several may be separated by semicolons) in one go. */
    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database, closing the connections still open to it. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            server.dropDatabase(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name + " on " + server.description();
    }
}
