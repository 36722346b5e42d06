package dev.atlasj.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Realm;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;

/**
 * Takes a real database from one schema to another and back: the plan from what the database holds
 * to what another database holds is applied, the result must diff empty against the target, then the
 * plan's reverses are applied and the result must diff empty against the start.
 */
final class Migrations {

    static final Differ DIFFER = new Differ(new MySqlDiffRules());

    private Migrations() {
    }

    /**
     * Loads {@code fromDdl} into {@code db} and {@code toDdl} into {@code target}, plans {@code db} to
     * {@code target}'s schema, applies the plan and its reverse, checking both results.
     *
     * @return the plan applied
     */
    static Plan migrateAndBack(TestDatabase db, String fromDdl, TestDatabase target, String toDdl, RenameHint... hints) {
        db.execute(fromDdl);
        target.execute(toDdl);
        Realm from = Inspections.inspect(db, db.name());
        Realm to = Realms.renamed(Inspections.inspect(target, target.name()), target.name(), db.name());
        Plan plan = migrate(db, from, to, hints);
        PlanRunner.revert(plan, db);
        assertThat(DIFFER.diff(Inspections.inspect(db, db.name()), from)).as("after the reverse of\n%s", plan).isEmpty();
        return plan;
    }

    /** Plans {@code db}, whose schema is {@code from}, to {@code to}, applies the plan and checks the result. */
    static Plan migrate(TestDatabase db, Realm from, Realm to, RenameHint... hints) {
        List<SchemaChange> changes = DIFFER.diff(from, to, List.of(hints));
        Plan plan = new MySqlPlanner().plan(from, changes);
        PlanRunner.apply(plan, db);
        assertThat(DIFFER.diff(Inspections.inspect(db, db.name()), to)).as("after\n%s", plan).isEmpty();
        assertThat(plan.transactional()).isFalse();
        return plan;
    }

    /** The single value {@code sql} selects on {@code db}, as text. */
    static List<String> rows(TestDatabase db, String sql) {
        try (var c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            List<String> rows = new java.util.ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
