package dev.atlasj.conformance;

import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Applies a plan as a user of the library would: in one transaction when every statement allows it,
 * otherwise statement by statement.
 */
final class PlanExecution {

    private PlanExecution() {
    }

    /** A planned statement that PostgreSQL refused. */
    static final class StatementFailed extends Exception {
        private static final long serialVersionUID = 1L;

        StatementFailed(PlannedStatement statement, SQLException cause) {
            super(PostgresErrors.message(cause) + " in: " + statement.sql(), cause);
        }
    }

    /** Applies {@code plan} on {@code connection}, which is in auto-commit mode and is left so. */
    static void apply(Connection connection, Plan plan) throws SQLException, StatementFailed {
        if (!plan.transactional()) {
            for (PlannedStatement statement : plan.statements()) {
                execute(connection, statement);
            }
            return;
        }
        connection.setAutoCommit(false);
        try {
            for (PlannedStatement statement : plan.statements()) {
                execute(connection, statement);
            }
            connection.commit();
        } catch (SQLException | StatementFailed e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(Connection connection, PlannedStatement statement) throws StatementFailed {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            throw new StatementFailed(statement, e);
        }
    }
}
