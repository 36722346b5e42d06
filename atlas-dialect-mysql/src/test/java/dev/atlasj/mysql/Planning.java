package dev.atlasj.mysql;

import dev.atlasj.diff.Changes;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.diff.SchemaChange;
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

    static final MySqlPlanner PLANNER = new MySqlPlanner();
    private static final Differ DIFFER = new Differ(new MySqlDiffRules());

    private Planning() {
    }

    /** Plans the creation of everything in {@code schema}, in a database that exists. */
    static Plan create(Schema schema) {
        return PLANNER.plan(Changes.toCreate(Realm.of(schema)).stream().filter(c -> !(c instanceof SchemaChange.AddSchema))
                .toList());
    }

    /** Plans the way from {@code from} to {@code to}, the current schema given. */
    static Plan plan(Realm from, Realm to, RenameHint... hints) {
        return PLANNER.plan(from, DIFFER.diff(from, to, List.of(hints)));
    }

    /** Plans the way from schema {@code s} holding {@code from} to it holding {@code to}. */
    static Plan plan(List<Table> from, List<Table> to) {
        return plan(Realm.of(Schema.builder("s").tables(from).build()), Realm.of(Schema.builder("s").tables(to).build()));
    }

    static Plan plan(Table from, Table to) {
        return plan(List.of(from), List.of(to));
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

    /** A table with an {@code int} primary key {@code id}. */
    static Table.Builder keyed(String name) {
        return Table.builder(name).column(column("id", "int").withNullable(false)).primaryKey(PrimaryKey.of(null, "id"));
    }

    /** A foreign key from {@code column} to {@code s.table (id)}. */
    static ForeignKey fk(String name, String column, String table) {
        return new ForeignKey(name, List.of(column), "s", table, List.of("id"), null, null, null);
    }
}
