package dev.atlasj.mysql.internal.plan;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.AddObject;
import dev.atlasj.diff.SchemaChange.AddSchema;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.diff.SchemaChange.DropObject;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.diff.SchemaChange.ModifyObject;
import dev.atlasj.diff.SchemaChange.ModifySchema;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.SchemaChange.RenameTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.RenameColumn;
import dev.atlasj.diff.TableChange.RenameIndex;
import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Realm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays out the statements of {@link dev.atlasj.mysql.MySqlPlanner}: what goes where, each kind of change to its writer. */
public final class StatementPlanner {

    private StatementPlanner() {
    }

    public static Plan plan(Realm current, List<SchemaChange> changes) {
        Changeset set = Changeset.of(current, changes);
        InheritedCharsets inherited = InheritedCharsets.of(set, changes);
        Map<TableName, Set<String>> reshaped = new HashMap<>();
        set.alterations().forEach((name, modify) -> {
            Set<String> columns = new HashSet<>(TableAlteration.reshapedColumns(modify));
            columns.addAll(inherited.restatedNames(name));
            reshaped.put(name, columns);
        });
        ForeignKeyMoves moves = new ForeignKeyMoves(set, reshaped);

        PlanBuilder plan = new PlanBuilder();
        for (ForeignKeyMoves.Recreated r : moves.recreated()) {
            String schema = r.table().schema();
            plan.alter(r.dropEarly() ? Phase.DROP_FOREIGN_KEYS : Phase.ALTER_TABLES, r.table(), r.source(),
                    new Clause(TableAlteration.dropForeignKey(r.current()), "ADD " + KeyDdl.foreignKey(schema, r.current())));
            plan.alter(Phase.FOREIGN_KEYS, r.table(), r.source(),
                    new Clause("ADD " + KeyDdl.foreignKey(schema, r.desired()), TableAlteration.dropForeignKey(r.desired())));
        }
        inherited.forEachTableDefault((table, clause, source) -> plan.alter(Phase.ALTER_TABLES, table, source, clause));

        List<AddTable> added = new ArrayList<>();
        List<DropTable> dropped = new ArrayList<>();
        List<SchemaChange> objects = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change instanceof AddSchema add) {
                plan.add(Phase.SCHEMAS, add, SchemaDdl.create(add.schema()));
            } else if (change instanceof ModifySchema modify) {
                plan.add(SchemaDdl.defaultsSpelledOut(modify.to()) ? Phase.SCHEMA_DEFAULTS : Phase.SCHEMAS, modify,
                        SchemaDdl.alter(modify.from(), modify.to()));
            } else if (change instanceof DropSchema drop) {
                plan.add(Phase.DROP_SCHEMAS, drop, SchemaDdl.drop(drop.schema()));
            } else if (change instanceof AddTable add) {
                added.add(add);
            } else if (change instanceof DropTable drop) {
                dropped.add(drop);
            } else if (change instanceof RenameTable rename) {
                plan.add(Phase.RENAMES, rename, TableDdl.rename(new TableName(rename.schema(), rename.from().name()),
                        new TableName(rename.schema(), rename.to().name())));
            } else if (change instanceof ModifyTable modify && Changeset.isRename(modify)) {
                renames(modify, plan);
            } else if (change instanceof ModifyTable modify) {
                TableName name = new TableName(modify.schema(), modify.to().name());
                TableAlteration.plan(modify, set.desiredSchema(modify.schema()), inherited.restated(name), moves, plan);
            } else if (change instanceof AddObject || change instanceof DropObject || change instanceof ModifyObject) {
                objects.add(change);
            } else {
                throw new PlanException("MySQL and MariaDB have no extensions: cannot plan " + change.describe());
            }
        }
        inherited.forEachRestatedOnly(set, (table, columns, source) -> columns.forEach(column -> plan.alter(
                Phase.ALTER_TABLES, table, source, new Clause("MODIFY COLUMN " + ColumnDdl.definition(column),
                        "MODIFY COLUMN " + ColumnDdl.definition(column)))));
        TableDrops.plan(dropped, plan);
        TableCreation.plan(added, plan);
        ObjectChanges.plan(objects, plan);
        return plan.build();
    }

    /** {@code ALTER TABLE … RENAME COLUMN a TO b, RENAME INDEX c TO d}, from rename hints. */
    private static void renames(ModifyTable modify, PlanBuilder plan) {
        TableName name = new TableName(modify.schema(), modify.to().name());
        for (TableChange c : modify.changes()) {
            String kind = c instanceof RenameColumn ? "COLUMN" : "INDEX";
            String from = c instanceof RenameColumn r ? r.from().name() : ((RenameIndex) c).from().name();
            String to = c instanceof RenameColumn r ? r.to().name() : ((RenameIndex) c).to().name();
            plan.alter(Phase.RENAMES, name, modify, new Clause(rename(kind, from, to), rename(kind, to, from)));
        }
    }

    private static String rename(String kind, String from, String to) {
        return "RENAME " + kind + " " + MySqlIdentifiers.quote(from) + " TO " + MySqlIdentifiers.quote(to);
    }
}
