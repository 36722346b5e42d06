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

    /** What the help of both commands says about their URLs. */
    static final String URL_HELP = "URLs: the database URLs of 'atlas schema inspect' (see its --help), or SQL files"
            + " as file://schema.sql, or file://dir/ for a directory's .sql files in name order, or a migration"
            + " directory as file://migrations?format=atlas (or golang-migrate, flyway, goose, dbmate) for the state its"
            + " files leave behind: a database compared with its directory shows the drift. SQL files and directories"
            + " are read by running them on the dev database of --dev-url, by default embedded://postgres, or"
            + " embedded://mariadb when the other side is a MySQL or MariaDB database.";

    /**
     * Reads both sides in the scope they agree on, compares them under their dialect's rules and plans the
     * changes.
     */
    static Comparison between(Side current, Side desired, List<RenameHint> renames, Databases databases) {
        return between(current, desired, Scope.of(current, desired), renames, databases);
    }

    /** Like {@link #between(Side, Side, List, Databases)}, in the scopes given. */
    static Comparison between(Side current, Side desired, Scope.Pair scopes, List<RenameHint> renames,
            Databases databases) {
        Dialect dialect = databases.dialect(current, desired);
        String part = Scope.scopingPart(dialect);
        Realm from = new StateReader(databases, dialect, scopes.current())
                .read(current, "Create the schema first, or correct the " + part + ".");
        Realm to = scopes.align(new StateReader(databases, dialect, scopes.desired())
                .read(desired, "Correct the " + part + ".", from));
        Diff diff = new Diff(new Differ(dialect.diffRules()).diff(from, to, renames));
        return new Comparison(diff, dialect.planner().plan(from, diff.changes()));
    }

    /** Whether the two states are the same. */
    boolean synced() {
        return diff.isEmpty();
    }
}
