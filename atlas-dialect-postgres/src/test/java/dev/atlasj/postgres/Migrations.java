package dev.atlasj.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.Changes;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Realm;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;

/**
 * Runs a change on real databases and checks it end to end: {@code db} is built in the "from"
 * state, the plan of the changes to the "to" state is applied, and {@code db} must then hold exactly
 * what {@code expected}, built in the "to" state from nothing, holds. Running every reverse, last
 * first, must then bring {@code db} back to what it held before.
 */
final class Migrations {

    private Migrations() {
    }

    /** Checks the plan of the differ's changes from {@code from} to {@code to}. */
    static Plan check(Realm from, Realm to, TestDatabase db, TestDatabase expected) {
        return check(from, to, List.of(), "", db, expected);
    }

    /**
     * Checks the plan of the differ's changes from {@code from} to {@code to} with rename hints,
     * after running {@code seed} (rows the change must carry over) on the "from" state.
     */
    static Plan check(Realm from, Realm to, List<RenameHint> hints, String seed, TestDatabase db,
            TestDatabase expected) {
        List<SchemaChange> changes = new Differ(DiffRules.EXACT).diff(from, to, hints);
        assertThat(changes).as("changes from the differ").isNotEmpty();
        return check(from, changes, to, seed, db, expected);
    }

    /** Checks the plan of {@code changes}, which must turn {@code from} into {@code to}. */
    static Plan check(Realm from, List<SchemaChange> changes, Realm to, String seed, TestDatabase db,
            TestDatabase expected) {
        PlanRunner.apply(Planning.PLANNER.plan(Changes.toCreate(from)), db);
        if (!seed.isEmpty()) {
            db.execute(seed);
        }
        List<String> before = Catalog.describe(db);
        PlanRunner.apply(Planning.PLANNER.plan(Changes.toCreate(to)), expected);

        Plan plan = Planning.PLANNER.plan(changes);
        PlanRunner.apply(plan, db);
        assertThat(Catalog.describe(db)).as("the database after the plan:\n%s", plan)
                .containsExactlyElementsOf(Catalog.describe(expected));

        if (plan.reversible()) {
            PlanRunner.revert(plan, db);
            assertThat(Catalog.describe(db)).as("the database after running the reverses of:\n%s", plan)
                    .containsExactlyElementsOf(before);
        }
        return plan;
    }
}
