package dev.atlasj.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A database server reached over TCP through its JDBC driver, whatever started it: what PostgreSQL and
 * MySQL servers have in common.
 *
 * <p>Creating and dropping databases goes through one administrative connection kept open for the
 * life of the server object: opening a connection costs as much as creating a database.
 */
abstract class TcpServer implements VerifiableServer {

    private final String description;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;
    private Connection admin;

    /**
     * @param parameters JDBC connection parameters other than credentials ({@code sslmode}, ...),
     *     kept in every URL and connection
     */
    TcpServer(String description, String host, int port, String user, String password, Map<String, String> parameters) {
        this.description = description;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.parameters = Map.copyOf(parameters);
    }

    /** The start of the driver's URLs, up to the host: {@code jdbc:postgresql://}. */
    abstract String jdbcPrefix();

    /** The database the administrative connection uses. */
    abstract String adminDatabase();

    /** Connection properties beyond the credentials, such as a connect timeout. */
    abstract Properties driverProperties();

    @Override
    public String description() {
        return description;
    }

    @Override
    public String jdbcUrl(String database) {
        String url = jdbcPrefix() + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
        if (parameters.isEmpty()) {
            return url;
        }
        return url + parameters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public Connection connect(String database) throws SQLException {
        Properties properties = driverProperties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Runs {@code work} on the administrative connection, (re)opened when needed. */
    synchronized <T> T admin(SqlWork<T> work) throws SQLException {
        if (admin == null || !admin.isValid(5)) {
            if (admin != null) {
                admin.close();
            }
            admin = connect(adminDatabase());
        }
        return work.run(admin);
    }

    static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    @Override
    public String toString() {
        return description;
    }

    /** Work on a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
