package dev.atlasj.postgres;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.Planner;
import java.util.List;

/** Writes PostgreSQL DDL for changes. (Being written: see the planner branch.) */
public final class PostgresPlanner implements Planner {

    @Override
    public Plan plan(List<SchemaChange> changes) {
        throw new UnsupportedOperationException("PostgreSQL planning is not written yet");
    }
}
