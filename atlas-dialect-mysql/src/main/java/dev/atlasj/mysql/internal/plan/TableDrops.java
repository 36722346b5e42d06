package dev.atlasj.mysql.internal.plan;

import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans dropped tables: each {@code DROP TABLE} before those of the tables it references, so that no
 * foreign key stands in the way. A foreign key that ties dropped tables into a cycle is dropped first
 * ({@link Phase#DROP_FOREIGN_KEYS}). The reverse of a drop creates the table again (its structure, not
 * its rows), without the keys dropped first, which their own reverses add back.
 */
final class TableDrops {

    private final Map<TableName, DropTable> tables = new LinkedHashMap<>();
    private final Set<String> droppedFirst = new HashSet<>();
    private final List<DropTable> order = new ArrayList<>();

    private TableDrops(List<DropTable> drops) {
        drops.forEach(d -> tables.put(nameOf(d), d));
        Set<TableName> done = new HashSet<>();
        drops.forEach(d -> visit(d, done, new LinkedHashSet<>()));
    }

    static void plan(List<DropTable> drops, PlanBuilder plan) {
        TableDrops planned = new TableDrops(drops);
        for (DropTable drop : planned.order) {
            TableName name = nameOf(drop);
            for (ForeignKey key : drop.table().foreignKeys()) {
                if (planned.droppedFirst.contains(key(name, key))) {
                    plan.alter(Phase.DROP_FOREIGN_KEYS, name, drop, new Clause(TableAlteration.dropForeignKey(key),
                            "ADD " + KeyDdl.foreignKey(name.schema(), key)));
                }
            }
        }
        for (DropTable drop : planned.order) {
            TableName name = nameOf(drop);
            Table table = drop.table();
            List<ForeignKey> kept = table.foreignKeys().stream()
                    .filter(k -> !planned.droppedFirst.contains(key(name, k))).toList();
            plan.add(Phase.DROP_TABLES, drop, new Ddl(TableDdl.drop(name), TableDdl.create(name, table, kept).sql()));
        }
    }

    private static TableName nameOf(DropTable drop) {
        return new TableName(drop.schema(), drop.table().name());
    }

    /** Depth first: the dropped tables that reference a table come before it; a reference back to a table being visited is dropped first. */
    private void visit(DropTable drop, Set<TableName> done, LinkedHashSet<TableName> path) {
        TableName name = nameOf(drop);
        if (done.contains(name)) {
            return;
        }
        path.add(name);
        for (DropTable other : tables.values()) {
            TableName referencing = nameOf(other);
            if (referencing.equals(name)) {
                continue;
            }
            for (ForeignKey key : other.table().foreignKeys()) {
                if (!KeyDdl.referencedTable(other.schema(), key).equals(name)) {
                    continue;
                }
                if (path.contains(referencing)) {
                    droppedFirst.add(key(referencing, key));
                } else {
                    visit(other, done, path);
                }
            }
        }
        path.remove(name);
        done.add(name);
        order.add(drop);
    }

    private static String key(TableName table, ForeignKey key) {
        return table + "\u0000" + key.name();
    }
}
