package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.diff.Diff;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Realm;
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

    /** Compares {@code current} with {@code desired} under {@code dialect}'s rules and plans the changes. */
    static Comparison of(Dialect dialect, Realm current, Realm desired, List<RenameHint> renames) {
        Diff diff = new Diff(new Differ(dialect.diffRules()).diff(current, desired, renames));
        return new Comparison(diff, dialect.planner().plan(diff.changes()));
    }

    /** Whether the two states are the same. */
    boolean synced() {
        return diff.isEmpty();
    }
}
