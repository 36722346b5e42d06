package dev.atlasj.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.schema.Realm;
import java.util.List;

/** Turns typed changes into SQL statements for one dialect, in an order the database accepts. */
public interface Planner {

    /**
     * Plans {@code changes}.
     *
     * @throws dev.atlasj.PlanException when a change cannot be carried out by this dialect
     */
    Plan plan(List<SchemaChange> changes);

    /**
     * Plans {@code changes} for a database whose schema is {@code current}, the state the changes
     * start from. A dialect may need more of it than the changes name: PostgreSQL, to remove a value
     * from an enum type, converts every column of that type. By default the current state is not used.
     *
     * @throws dev.atlasj.PlanException when a change cannot be carried out by this dialect
     */
    default Plan plan(Realm current, List<SchemaChange> changes) {
        return plan(changes);
    }
}
