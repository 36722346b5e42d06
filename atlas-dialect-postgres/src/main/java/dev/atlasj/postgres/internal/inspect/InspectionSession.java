package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.InspectionException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * A connection made ready for catalog reads, and the means to hand it back exactly as it was found.
 *
 * <p>On a connection in auto-commit mode, the reads run in a transaction of their own, REPEATABLE
 * READ and READ ONLY, so that every query sees one snapshot; closing rolls it back and turns
 * auto-commit on again. Inside the caller's transaction, the reads run after a savepoint and see
 * the caller's snapshot (one snapshot for all queries when that transaction is REPEATABLE READ or
 * SERIALIZABLE); closing rolls back to the savepoint, so a failed read leaves the caller's
 * transaction usable. Either way, for the transaction or savepoint only (the rollback restores
 * both): {@code search_path} is emptied, so that {@code format_type}, {@code pg_get_expr} and the
 * like qualify every name they print; and JIT compilation is turned off, because the catalog queries
 * are short and the planner's row estimates for them can be high enough to make compiling them cost
 * more than running them.
 */
final class InspectionSession implements AutoCloseable {

    private static final String BEGIN = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    private static final String PREPARE = "SELECT current_setting('server_version_num')::int,"
            + " set_config('search_path', '', true), set_config('jit', 'off', true)";

    private final Connection connection;
    private final boolean ownTransaction;
    private final Savepoint savepoint;
    private final ServerVersion version;

    private InspectionSession(Connection connection, boolean ownTransaction, Savepoint savepoint, ServerVersion version) {
        this.connection = connection;
        this.ownTransaction = ownTransaction;
        this.savepoint = savepoint;
        this.version = version;
    }

    /**
     * Prepares {@code connection} and checks that the server is one atlasj supports.
     *
     * @throws InspectionException when the connection cannot be prepared or the server is too old
     */
    static InspectionSession open(Connection connection) {
        boolean ownTransaction;
        try {
            ownTransaction = connection.getAutoCommit();
        } catch (SQLException e) {
            throw new InspectionException("cannot read the connection's auto-commit mode: " + e.getMessage(), e);
        }
        Savepoint savepoint = null;
        try {
            if (ownTransaction) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(BEGIN);
                }
            } else {
                savepoint = connection.setSavepoint();
            }
            ServerVersion version = prepare(connection).requireSupported();
            return new InspectionSession(connection, ownTransaction, savepoint, version);
        } catch (SQLException | RuntimeException e) {
            try {
                restore(connection, ownTransaction, savepoint);
            } catch (SQLException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            if (e instanceof SQLException) {
                throw new InspectionException("cannot prepare the connection for reading the catalog: "
                        + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    /** The prepared connection. */
    Connection connection() {
        return connection;
    }

    /** The server's version. */
    ServerVersion version() {
        return version;
    }

    /**
     * Rolls back what the reads changed and restores auto-commit.
     *
     * @throws InspectionException when the connection refuses
     */
    @Override
    public void close() {
        try {
            restore(connection, ownTransaction, savepoint);
        } catch (SQLException e) {
            throw new InspectionException("cannot restore the connection after reading the catalog: "
                    + e.getMessage(), e);
        }
    }

    private static ServerVersion prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(PREPARE)) {
            row.next();
            return new ServerVersion(row.getInt(1));
        }
    }

    private static void restore(Connection connection, boolean ownTransaction, Savepoint savepoint) throws SQLException {
        if (ownTransaction) {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        } else if (savepoint != null) {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
    }
}
