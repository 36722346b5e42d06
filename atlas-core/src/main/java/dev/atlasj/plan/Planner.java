package dev.atlasj.plan;

import dev.atlasj.diff.SchemaChange;
import java.util.List;

/** Turns typed changes into SQL statements for one dialect, in an order the database accepts. */
public interface Planner {

    /**
     * Plans {@code changes}.
     *
     * @throws dev.atlasj.PlanException when a change cannot be carried out by this dialect
     */
    Plan plan(List<SchemaChange> changes);
}
