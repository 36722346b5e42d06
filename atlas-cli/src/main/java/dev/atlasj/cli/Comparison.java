package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.diff.Diff;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.plan.Plan;
import java.util.List;

/**
 * What {@code schema diff} and {@code schema apply} find: the changes from the current state to the
 * desired one, and the plan that makes them.
 *
 * @param diff the changes
 * @param plan the statements that carry them out
 */
record Comparison(Diff diff, Plan plan) {

    /** What both commands print when there is nothing to do, as Atlas words it. */
    static final String SYNCED = "Schemas are synced, no changes to be made.";

    /**
     * Reads both sides in the scope they agree on, compares them under the current side's dialect and plans
     * the changes.
     */
    static Comparison between(Side current, Side desired, List<RenameHint> renames) {
        Scope scope = Scope.of(current, desired);
        DatabaseInspection.Inspected from = DatabaseInspection.read(scope.applyTo(current.url()),
                "Create the schema first, or correct the search_path parameter.");
        DatabaseInspection.Inspected to = DatabaseInspection.read(scope.applyTo(desired.url()),
                "Correct the search_path parameter.");
        Dialect dialect = from.dialect();
        Diff diff = new Diff(new Differ(dialect.diffRules()).diff(from.realm(), to.realm(), renames));
        return new Comparison(diff, dialect.planner().plan(diff.changes()));
    }

    /** Whether the two states are the same. */
    boolean synced() {
        return diff.isEmpty();
    }
}
