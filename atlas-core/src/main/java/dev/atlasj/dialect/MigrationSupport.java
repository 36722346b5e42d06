package dev.atlasj.dialect;

import dev.atlasj.sql.SqlSyntax;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the migrator needs from a dialect to run a migration directory: where Atlas keeps its
 * {@code atlas_schema_revisions} table and how it is created, the migration lock, per-run session
 * settings, the check that a database is clean, and which statements cannot run in a transaction.
 *
 * <p>Every method works on the one connection a migration run holds from start to end; the lock is
 * tied to that connection's session, so it dies with it.
 */
public interface MigrationSupport {

    /** The lexical rules of the dialect's migration files. */
    SqlSyntax syntax();

    /**
     * The schema (MySQL: database) that holds the revisions table when the caller names none, chosen as
     * Atlas chooses it for a connection of this kind.
     */
    String revisionsSchema(Connection connection) throws SQLException;

    /**
     * The statements that create the revisions table in {@code schema} with Atlas's columns and types,
     * and the schema itself when Atlas would create it; each may run again harmlessly.
     */
    List<String> createRevisionsTable(Connection connection, String schema) throws SQLException;

    /** The SQL placeholder for a JSON value bound as a string ({@code ?}, or {@code CAST(? AS jsonb)}). */
    default String jsonParameter() {
        return "?";
    }

    /**
     * Takes the migration lock {@code name}, waiting at most {@code timeout} for another session to
     * release it.
     *
     * @throws dev.atlasj.migrate.MigrationLockException when the wait runs out, naming who holds it
     */
    void lock(Connection connection, String name, Duration timeout) throws SQLException;

    /** Releases the lock {@link #lock} took. */
    void unlock(Connection connection, String name) throws SQLException;

    /**
     * Sets the session's lock wait and statement time limits for a run; an empty value leaves the
     * server's setting. {@link #resetSession} undoes it.
     */
    void configureSession(Connection connection, Optional<Duration> lockTimeout, Optional<Duration> statementTimeout)
            throws SQLException;

    /** Gives back the session settings {@link #configureSession} changed. */
    void resetSession(Connection connection) throws SQLException;

    /**
     * What the database holds besides the revisions table in {@code revisionsSchema}, each as
     * {@code KIND NAME}: empty for a clean database, which a first run may migrate without a baseline.
     */
    List<String> contents(Connection connection, String revisionsSchema) throws SQLException;

    /**
     * Whether DDL run in a transaction is undone by its rollback (PostgreSQL), rather than committed as it
     * runs (MySQL). When it is, a file's revision inside a transaction is written when the transaction
     * commits, since a failure undoes both alike.
     */
    default boolean rollsBackDdl() {
        return false;
    }

    /**
     * Whether {@code statement} may run inside a transaction block; those that may not
     * ({@code CREATE INDEX CONCURRENTLY} on PostgreSQL) run on their own whatever the transaction mode.
     */
    default boolean runsInTransaction(String statement) {
        return true;
    }
}
