package dev.atlasj.testkit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A MySQL or MariaDB server reached over TCP through MySQL Connector/J, whatever started it.
 *
 * <p>Connections allow several statements in one {@code execute} ({@code allowMultiQueries}), so that
 * {@link TestDatabase#execute(String)} runs a script as it does on PostgreSQL.
 */
final class MySqlServer extends TcpServer {

    /**
     * @param parameters JDBC connection parameters other than credentials ({@code sslMode}, ...),
     *     kept in every URL and connection
     */
    MySqlServer(String description, String host, int port, String user, String password, Map<String, String> parameters) {
        super(description, host, port, user, password, parameters);
    }

    @Override
    public Engine engine() {
        return Engine.MYSQL;
    }

    @Override
    String jdbcPrefix() {
        return "jdbc:mysql://";
    }

    /** None: the administrative connection needs no database. */
    @Override
    String adminDatabase() {
        return "";
    }

    @Override
    Properties driverProperties() {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "5000");
        properties.setProperty("allowMultiQueries", "true");
        return properties;
    }

    @Override
    public void verify() throws SQLException {
        boolean mayCreate = admin(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE = 'CREATE' LIMIT 1")) {
                return rs.next();
            }
        });
        if (!mayCreate) {
            throw new SQLException("user " + user() + " may not create databases (it needs the global CREATE privilege)");
        }
    }

    @Override
    public void createDatabase(String name) throws SQLException {
        admin(c -> execute(c, "CREATE DATABASE " + quote(name)));
    }

    /**
     * Drops the database after ending the connections that use it (MySQL's {@code DROP DATABASE}
     * waits for every transaction that touched one of its tables), with foreign-key checks off, so that
     * a table another database references does not stop it.
     */
    @Override
    public void dropDatabase(String name) throws SQLException {
        admin(c -> {
            List<Long> sessions = new ArrayList<>();
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()")) {
                find.setString(1, name);
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        sessions.add(rs.getLong(1));
                    }
                }
            }
            for (long session : sessions) {
                try {
                    execute(c, "KILL CONNECTION " + session);
                } catch (SQLException ended) {
                    // it ended between the two statements
                }
            }
            execute(c, "SET SESSION foreign_key_checks = 0");
            return execute(c, "DROP DATABASE IF EXISTS " + quote(name));
        });
    }

    /** The names of the server's databases, its system databases excluded. */
    @Override
    public List<String> databases() throws SQLException {
        return admin(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME FROM"
                    + " information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN"
                    + " ('information_schema', 'mysql', 'performance_schema', 'sys') ORDER BY SCHEMA_NAME")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
