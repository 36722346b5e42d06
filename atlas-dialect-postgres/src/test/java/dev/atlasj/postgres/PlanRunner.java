package dev.atlasj.postgres;

import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Runs plans on test databases, failing on the first error: in one transaction when every statement
 * allows it, each statement on its own otherwise, as an executor would.
 */
final class PlanRunner {

    private PlanRunner() {
    }

    /** Runs the plan's statements. */
    static void apply(Plan plan, TestDatabase db) {
        run(plan.statements().stream().map(PlannedStatement::sql).toList(), plan.transactional(), db);
    }

    /** Runs the reverses of the plan's statements, last first, skipping those that have none. */
    static void revert(Plan plan, TestDatabase db) {
        List<String> reverses = new ArrayList<>(plan.statements().stream()
                .map(PlannedStatement::reverse).filter(Objects::nonNull).toList());
        Collections.reverse(reverses);
        run(reverses, true, db);
    }

    private static void run(List<String> statements, boolean inTransaction, TestDatabase db) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(!inTransaction);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new AssertionError("PostgreSQL rejected " + sql + ": " + e.getMessage(), e);
                    }
                }
            }
            if (inTransaction) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run a plan on " + db + ": " + e.getMessage(), e);
        }
    }
}
