package dev.atlasj.plan;

import dev.atlasj.diff.SchemaChange;
import java.util.Objects;

/**
 * One SQL statement of a plan.
 *
 * @param sql the statement, without a trailing semicolon
 * @param reverse the SQL that undoes it, or {@code null} when none exists: one statement, or several
 *     separated by {@code ;} and a line break when undoing takes more than one (re-creating a dropped
 *     table with its indexes and comments)
 * @param transactional whether the statement may run inside a transaction
 * @param source the change the statement implements
 */
public record PlannedStatement(String sql, String reverse, boolean transactional, SchemaChange source) {

    public PlannedStatement {
        Objects.requireNonNull(sql, "sql");
    }

    @Override
    public String toString() {
        return sql + ";";
    }
}
