package dev.atlasj.testkit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A PostgreSQL server reached over TCP, whatever started it. */
final class PostgresServer extends TcpServer {

    private final String adminDatabase;

    /**
     * @param adminDatabase the database to connect to for creating and dropping others
     * @param parameters JDBC connection parameters other than credentials ({@code sslmode}, ...),
     *     kept in every URL and connection
     */
    PostgresServer(String description, String host, int port, String adminDatabase, String user, String password,
            Map<String, String> parameters) {
        super(description, host, port, user, password, parameters);
        this.adminDatabase = adminDatabase;
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRES;
    }

    @Override
    String jdbcPrefix() {
        return "jdbc:postgresql://";
    }

    @Override
    String adminDatabase() {
        return adminDatabase;
    }

    @Override
    Properties driverProperties() {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "atlasj-testkit");
        return properties;
    }

    @Override
    public void verify() throws SQLException {
        boolean mayCreate = admin(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (!mayCreate) {
            throw new SQLException("user " + user() + " may not create databases (it needs CREATEDB)");
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

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
