package dev.atlasj.mysql;

import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Runs plans on test databases one statement at a time, as MySQL runs DDL anyway, failing on the first
 * error with the statement it was. The connection has no default database, so every name must say its
 * database, and no multi-statement mode, so a routine's or trigger's body with its {@code ;} must be
 * one statement.
 */
final class PlanRunner {

    private PlanRunner() {
    }

    /** Runs the plan's statements. */
    static void apply(Plan plan, TestDatabase db) {
        run(plan.statements().stream().map(PlannedStatement::sql).toList(), db);
    }

    /** Runs the reverses of the plan's statements, last first; every statement must have one. */
    static void revert(Plan plan, TestDatabase db) {
        List<String> reverses = new ArrayList<>(plan.statements().stream().map(PlannedStatement::reverse).toList());
        if (reverses.stream().anyMatch(Objects::isNull)) {
            throw new AssertionError("the plan has statements without a reverse:\n" + plan);
        }
        Collections.reverse(reverses);
        run(reverses, db);
    }

    private static void run(List<String> statements, TestDatabase db) {
        Properties credentials = new Properties();
        credentials.setProperty("user", db.server().user());
        if (db.server().password() != null) {
            credentials.setProperty("password", db.server().password());
        }
        try (Connection c = DriverManager.getConnection(db.server().jdbcUrl(""), credentials)) {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new AssertionError("the server rejected " + sql + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run a plan on " + db + ": " + e.getMessage(), e);
        }
    }
}
