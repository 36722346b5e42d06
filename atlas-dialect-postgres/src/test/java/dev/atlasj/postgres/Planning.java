package dev.atlasj.postgres;

import dev.atlasj.diff.Changes;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.List;

/** Shorthands for planner tests: plan a realm built in a few lines and read the SQL back. */
final class Planning {

    static final PostgresPlanner PLANNER = new PostgresPlanner();

    private Planning() {
    }

    /** Plans the creation of {@code schema} and everything in it. */
    static Plan plan(Schema schema) {
        return plan(Realm.of(schema));
    }

    /** Plans the creation of {@code realm} from nothing. */
    static Plan plan(Realm realm) {
        return PLANNER.plan(Changes.toCreate(realm));
    }

    /** Plans the differ's changes from {@code from} to {@code to}, compared exactly as they are. */
    static Plan plan(Realm from, Realm to, RenameHint... hints) {
        return PLANNER.plan(new Differ(DiffRules.EXACT).diff(from, to, List.of(hints)));
    }

    /** Plans the differ's changes from one version of schema {@code s} to another. */
    static Plan plan(Schema from, Schema to, RenameHint... hints) {
        return plan(Realm.of(from), Realm.of(to), hints);
    }

    /** Plans the differ's changes from one version of table {@code t} of schema {@code s} to another. */
    static Plan plan(Table from, Table to, RenameHint... hints) {
        return plan(Schema.builder("s").table(from).build(), Schema.builder("s").table(to).build(), hints);
    }

    static List<String> sql(Plan plan) {
        return plan.statements().stream().map(PlannedStatement::sql).toList();
    }

    static List<String> reverses(Plan plan) {
        return plan.statements().stream().map(PlannedStatement::reverse).toList();
    }

    static Column column(String name, String type) {
        return Column.of(name, ColumnType.of(type));
    }

    static Table table(String name, Column... columns) {
        return Table.builder(name).columns(List.of(columns)).build();
    }

    /** A table with an integer primary key {@code id} and two integer columns to point foreign keys from. */
    static Table.Builder keyed(String name) {
        return Table.builder(name)
                .column(column("id", "integer").withNullable(false))
                .column(column("a_id", "integer"))
                .column(column("b_id", "integer"))
                .primaryKey(PrimaryKey.of(name + "_pkey", "id"));
    }

    /** A foreign key from {@code column} to {@code s.table (id)}. */
    static ForeignKey fk(String name, String column, String table) {
        return new ForeignKey(name, List.of(column), "s", table, List.of("id"), null, null, null);
    }
}
