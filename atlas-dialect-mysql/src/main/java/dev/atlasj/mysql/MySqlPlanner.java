package dev.atlasj.mysql;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.Planner;
import dev.atlasj.mysql.internal.plan.StatementPlanner;
import dev.atlasj.schema.Realm;
import java.util.List;

/**
 * Writes MySQL and MariaDB DDL for changes, in an order the server accepts.
 *
 * <p>The plan runs in phases: views, triggers and routines that go are dropped first; then renames
 * ({@code RENAME TABLE}, {@code RENAME COLUMN}, {@code RENAME INDEX}); the foreign keys that stand in
 * the way of what follows; dropped tables, referencing ones first; databases created or altered; one
 * {@code ALTER TABLE} per table that stays, grouping its changes; new tables, referenced ones first; the
 * foreign keys that had to wait; routines, views (those selected from first) and triggers; last, the
 * databases dropped whole.
 *
 * <p>{@code MODIFY COLUMN} restates the whole column (type, character set and collation, NULL,
 * default, {@code ON UPDATE}, {@code AUTO_INCREMENT}, {@code INVISIBLE}, comment, generation), so that
 * nothing the change does not mean to touch is lost. Foreign keys are dropped before a column they use
 * (on either side) changes type, character set or collation, or a key they reference is dropped, and
 * added again afterwards; for that the planner needs the foreign keys of the tables the changes do not
 * name, which {@link #plan(Realm, List)} reads from the current schema ({@link #plan(List)} knows only
 * the tables the changes name). A table or database whose character set changes restates the text
 * columns that inherit it, which converts them.
 *
 * <p><b>No statement is transactional</b>: MySQL and MariaDB commit before and after every DDL
 * statement, so {@link Plan#transactional()} is false for every plan that changes something, and a
 * plan that fails halfway stays half applied. Each statement carries its reverse where one exists;
 * the reverse of a drop creates the object again without its data, and a dropped database has none.
 * Statements are one line each, but for the bodies of routines and triggers, which keep their line
 * breaks and their {@code ;}: each is one statement all the same, which JDBC sends whole.
 *
 * <p>A change the servers cannot make is refused with a {@link dev.atlasj.PlanException} naming the
 * object: MariaDB's {@code SYSTEM_TIME} partitioning, objects MySQL does not have (sequences, enum
 * types, extensions…), a check without a name to drop.
 */
public final class MySqlPlanner implements Planner {

    @Override
    public Plan plan(List<SchemaChange> changes) {
        return plan(null, changes);
    }

    @Override
    public Plan plan(Realm current, List<SchemaChange> changes) {
        return StatementPlanner.plan(current, changes);
    }
}
