package dev.atlasj.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** A PostgreSQL server reached over TCP, whatever started it. */
final class PostgresServer implements DatabaseServer {

    private final String description;
    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String user;
    private final String password;

    PostgresServer(String description, String host, int port, String adminDatabase, String user, String password) {
        this.description = description;
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
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
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
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
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("ApplicationName", "atlasj-testkit");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    @Override
    public void createDatabase(String name) throws SQLException {
        try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + quote(name));
        }
    }

    @Override
    public void dropDatabase(String name) throws SQLException {
        try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return description;
    }
}
