package dev.atlasj.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A running database server on which the testkit may create and drop databases.
 *
 * <p>One server serves every test of a JVM; each test gets a database of its own on it.
 */
public interface DatabaseServer {

    /** What the server is and where, for messages; never contains a password. */
    String description();

    /** The engine the server runs. */
    Engine engine();

    /** The JDBC URL of {@code database} on this server, without credentials. */
    String jdbcUrl(String database);

    /** The user tests connect as. */
    String user();

    /** That user's password, or {@code null}. */
    String password();

    /** Opens a connection to {@code database} as {@link #user()}. */
    Connection connect(String database) throws SQLException;

    /** Creates an empty database. */
    void createDatabase(String name) throws SQLException;

    /** Drops a database if it exists, disconnecting whoever still uses it. */
    void dropDatabase(String name) throws SQLException;

    /** The names of the server's databases, templates excluded. */
    List<String> databases() throws SQLException;
}
