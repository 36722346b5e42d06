package dev.atlasj.state;

import dev.atlasj.PlanException;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What every dialect's {@link DevDatabase} does alike: opening a session on a connection of the right
 * database, and creating planned changes there. For dialect modules that implement a dev database.
 */
public final class DevSessions {

    private DevSessions() {
    }

    /** Prepares a session on a connection of the dev database; the connection is closed when this throws. */
    @FunctionalInterface
    public interface Starter {
        DevSession start(Connection connection) throws SQLException;
    }

    /** Runs one statement on the session's connection. */
    @FunctionalInterface
    public interface Executor {
        void execute(String sql) throws SQLException;
    }

    /**
     * Connects to {@code dataSource}, checks that it is a database of {@code dialect}, and starts a session
     * on the connection.
     *
     * @param product the database in words for the error, as in {@code "PostgreSQL"}
     * @throws DevDatabaseException when the database cannot be reached, is of another kind, or the starter
     *     fails
     */
    public static DevSession open(DataSource dataSource, Dialect dialect, String product, Starter starter) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DevDatabaseException("cannot connect to the dev database: " + e.getMessage(), e);
        }
        try {
            if (!dialect.supports(connection)) {
                throw new DevDatabaseException("the dev database is " + connection.getMetaData().getDatabaseProductName()
                        + ", not " + product);
            }
            return starter.start(connection);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof SQLException) {
                throw new DevDatabaseException("cannot prepare the dev database: " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Plans {@code changes} with the dialect's planner and runs the statements, as
     * {@link DevSession#apply(List, String)} does.
     *
     * @param message the database's message for a failed statement
     */
    public static void apply(Dialect dialect, List<SchemaChange> changes, String source, Executor executor,
            Function<SQLException, String> message) {
        Plan plan;
        try {
            plan = dialect.planner().plan(changes);
        } catch (PlanException e) {
            throw new DesiredStateException("cannot create " + source + " on the dev database: " + e.getMessage(), e);
        }
        for (PlannedStatement statement : plan.statements()) {
            try {
                executor.execute(statement.sql());
            } catch (SQLException e) {
                throw new DesiredStateException("cannot create " + source + " on the dev database: " + statement.sql()
                        + ": " + message.apply(e), e);
            }
        }
    }
}
