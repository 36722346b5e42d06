package dev.atlasj.postgres;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.state.DevSession;
import dev.atlasj.state.DevSessions;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A PostgreSQL database used as a dev database.
 *
 * <p>Each session runs in one transaction on one connection and is rolled back at its end, so the
 * database is left exactly as it was found, whatever happened; a session that dies with its process
 * is rolled back by the server. The price is that statements PostgreSQL refuses inside a transaction
 * block ({@code CREATE INDEX CONCURRENTLY}, {@code CREATE DATABASE}, {@code VACUUM}) cannot be part
 * of a desired state; their error says so. Work done in a session is invisible to other connections,
 * so sessions of several processes may share one dev database.
 */
final class PostgresDevDatabase implements DevDatabase {

    private final PostgresDialect dialect;
    private final DataSource dataSource;

    PostgresDevDatabase(PostgresDialect dialect, DataSource dataSource) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public DevSession open() {
        return DevSessions.open(dataSource, dialect, "PostgreSQL", connection -> {
            DevDatabaseContents.requireEmpty(connection);
            connection.setAutoCommit(false);
            return new PostgresDevSession(connection, dialect);
        });
    }
}
