package dev.atlasj.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A PostgreSQL server reached over TCP, whatever started it.
 *
 * <p>Creating and dropping databases goes through one administrative connection kept open for the
 * life of the server object: opening a connection costs as much as creating a database.
 */
final class PostgresServer implements DatabaseServer {

    private final String description;
    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;
    private Connection admin;

    /**
     * @param parameters JDBC connection parameters other than credentials ({@code sslmode}, ...),
     *     kept in every URL and connection
     */
    PostgresServer(String description, String host, int port, String adminDatabase, String user, String password,
            Map<String, String> parameters) {
        this.description = description;
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
        this.parameters = Map.copyOf(parameters);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRES;
    }

    @Override
    public String jdbcUrl(String database) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
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
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "atlasj-testkit");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Connects to the administrative database and checks that the user may create databases. */
    void verify() throws SQLException {
        boolean mayCreate = admin(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (!mayCreate) {
            throw new SQLException("user " + user + " may not create databases (it needs CREATEDB)");
        }
    }

    @Override
    public void createDatabase(String name) throws SQLException {
        // template0 takes no connections, so a session left open on template1 cannot make this fail,
        // and it holds nothing a local administrator may have added to template1.
        admin(c -> execute(c, "CREATE DATABASE " + quote(name) + " TEMPLATE template0"));
    }

    @Override
    public void dropDatabase(String name) throws SQLException {
        admin(c -> {
            if (c.getMetaData().getDatabaseMajorVersion() >= 13) {
                return execute(c, "DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            }
            try (PreparedStatement terminate = c.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, name);
                terminate.executeQuery().close();
            }
            return execute(c, "DROP DATABASE IF EXISTS " + quote(name));
        });
    }

    @Override
    public List<String> databases() throws SQLException {
        return admin(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY datname")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private synchronized <T> T admin(SqlWork<T> work) throws SQLException {
        if (admin == null || !admin.isValid(5)) {
            if (admin != null) {
                admin.close();
            }
            admin = connect(adminDatabase);
        }
        return work.run(admin);
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return description;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
