package dev.atlasj.mysql;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.Planner;
import java.util.List;

/**
 * The MySQL planner, not written yet: it plans an empty list of changes and refuses any other with a
 * {@link PlanException}, so that nothing is ever applied half-understood.
 */
final class MySqlPlanner implements Planner {

    @Override
    public Plan plan(List<SchemaChange> changes) {
        if (changes.isEmpty()) {
            return Plan.empty();
        }
        throw new PlanException("planning changes for MySQL and MariaDB is not supported yet (" + changes.size()
                + (changes.size() == 1 ? " change" : " changes") + " asked for); atlasj can inspect these databases"
                + " but not yet change them");
    }
}
