package dev.atlasj.mysql;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.mysql.internal.DevDatabaseContents;
import dev.atlasj.schema.Schema;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.state.DevDatabaseException;
import dev.atlasj.state.DevSession;
import dev.atlasj.state.DevSessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A MySQL or MariaDB database used as a dev database: the database the data source connects to (the
 * one named in the dev URL, {@code mysql://root@localhost:3306/dev}), which must be empty.
 *
 * <p>SQL runs there as the {@code mysql} client would run it: unqualified names land in the dev
 * database, and a script may create other databases ({@code CREATE DATABASE shop; CREATE TABLE
 * shop.t …}, or {@code USE shop}). What a session reads back is the dev database and every database the
 * session created. MySQL commits each DDL statement, so nothing is rolled back: when the session
 * closes, whatever it created is dropped (the databases it created, every object of the dev database)
 * and the dev database's character set and collation are put back, after a failure too.
 *
 * <p>Standing for a target's schema ({@link #standingFor}), the dev database takes that schema's character
 * set and collation for the session, so that tables created without one read back as they would be created
 * there.
 *
 * <p>A script must not change databases that existed before the session: {@code USE} of one, or
 * {@code CREATE DATABASE IF NOT EXISTS} of one, is refused, since their objects would be changed and
 * never cleaned up. Qualified names cannot be checked without parsing every statement, so a dev database
 * is best given a server of its own ({@code embedded://mariadb}, the command line's default). Sessions
 * of several processes must not share one dev database.
 */
final class MySqlDevDatabase implements DevDatabase {

    private final MySqlDialect dialect;
    private final DataSource dataSource;
    private final Schema standingFor;

    MySqlDevDatabase(MySqlDialect dialect, DataSource dataSource) {
        this(dialect, dataSource, null);
    }

    private MySqlDevDatabase(MySqlDialect dialect, DataSource dataSource, Schema standingFor) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.standingFor = standingFor;
    }

    /** The dev database taking the character set and collation of {@code schema} (the server's, when it has none) for each session. */
    @Override
    public DevDatabase standingFor(Schema schema) {
        return new MySqlDevDatabase(dialect, dataSource, schema);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    /** The database the data source connects to, where unqualified names land. */
    @Override
    public Optional<String> defaultSchema() {
        try (Connection connection = dataSource.getConnection()) {
            String database = connection.getCatalog();
            return database == null || database.isEmpty() ? Optional.empty() : Optional.of(database);
        } catch (SQLException e) {
            throw new DevDatabaseException("cannot connect to the dev database: " + e.getMessage(), e);
        }
    }

    @Override
    public DevSession open() {
        return DevSessions.open(dataSource, dialect, "MySQL or MariaDB", connection -> {
            String database = connection.getCatalog();
            if (database == null || database.isEmpty()) {
                throw new DevDatabaseException("the dev database URL names no database; name an empty one, as in"
                        + " mysql://root@localhost:3306/dev, or use embedded://mariadb, which makes one");
            }
            connection.setAutoCommit(true);
            DevDatabaseContents start = DevDatabaseContents.requireEmpty(connection, database);
            MySqlDevSession session = new MySqlDevSession(connection, dialect, start);
            if (standingFor != null) {
                session.takeDefaultsOf(standingFor);
            }
            return session;
        });
    }
}
