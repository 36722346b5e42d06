package dev.atlasj.plan;

import dev.atlasj.ApplyException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan's statements on a connection.
 *
 * <p>With {@link TxMode#FILE} (and {@link TxMode#ALL}) consecutive statements that may run in a
 * transaction run in one, so that a plan made only of such statements is all or nothing; a statement
 * that may not (such as {@code CREATE INDEX CONCURRENTLY}) runs on its own. With {@link TxMode#NONE}
 * every statement commits by itself. The connection's auto-commit setting is restored afterwards.
 */
public final class PlanExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(PlanExecutor.class);

    private PlanExecutor() {
    }

    /**
     * Applies {@code plan}.
     *
     * @throws ApplyException when a statement fails; the message says what was rolled back and what stayed
     */
    public static ApplyResult apply(Connection connection, Plan plan, TxMode mode) {
        long start = System.nanoTime();
        List<ApplyResult.AppliedStatement> applied = new ArrayList<>();
        int committed = 0;
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                List<PlannedStatement> statements = plan.statements();
                int i = 0;
                while (i < statements.size()) {
                    int end = i + 1;
                    boolean inTransaction = mode != TxMode.NONE && statements.get(i).transactional();
                    if (inTransaction) {
                        while (end < statements.size() && statements.get(end).transactional()) {
                            end++;
                        }
                    }
                    connection.setAutoCommit(!inTransaction);
                    try {
                        for (int k = i; k < end; k++) {
                            applied.add(execute(connection, statements.get(k).sql()));
                        }
                        if (inTransaction) {
                            connection.commit();
                        }
                        committed = applied.size();
                    } catch (SQLException e) {
                        if (inTransaction) {
                            rollback(connection);
                        } else {
                            committed = applied.size();
                        }
                        throw failure(statements.get(applied.size()).sql(), e, committed, inTransaction, applied.size() - committed);
                    }
                    i = end;
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ApplyException("cannot apply the plan: " + e.getMessage(), null, committed, e);
        }
        return new ApplyResult(applied, Duration.ofNanos(System.nanoTime() - start));
    }

    private static ApplyResult.AppliedStatement execute(Connection connection, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.debug("applied in {} ms: {}", took.toMillis(), sql);
        return new ApplyResult.AppliedStatement(sql, took);
    }

    private static ApplyException failure(String sql, SQLException e, int committed, boolean rolledBack, int undone) {
        String state;
        if (committed == 0 && rolledBack) {
            state = "Nothing was changed: the transaction was rolled back.";
        } else if (rolledBack) {
            state = committed + " earlier statement(s) stayed applied; the " + undone
                    + " statement(s) of the failed transaction were rolled back.";
        } else if (committed == 0) {
            state = "Nothing was changed.";
        } else {
            state = committed + " earlier statement(s) stayed applied: they were committed before it ran.";
        }
        return new ApplyException("statement failed: " + sql + "\n" + e.getMessage() + "\n" + state, sql, committed, e);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback after a failed statement failed too: {}", e.getMessage());
        }
    }
}
