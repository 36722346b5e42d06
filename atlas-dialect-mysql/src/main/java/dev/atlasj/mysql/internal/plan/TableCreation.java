package dev.atlasj.mysql.internal.plan;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.schema.ForeignKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans new tables: each {@code CREATE TABLE} with everything it holds, after the new tables its
 * foreign keys reference. A foreign key that would close a cycle of new tables waits: it is added with
 * {@code ALTER TABLE} once they all exist ({@link Phase#FOREIGN_KEYS}).
 */
final class TableCreation {

    private final Map<TableName, AddTable> tables = new LinkedHashMap<>();
    private final Set<String> deferred = new HashSet<>();
    private final List<AddTable> order = new ArrayList<>();

    private TableCreation(List<AddTable> adds) {
        for (AddTable add : adds) {
            if (tables.put(nameOf(add), add) != null) {
                throw new PlanException("table " + nameOf(add) + " is created twice");
            }
        }
        Set<TableName> done = new HashSet<>();
        adds.forEach(add -> visit(add, done, new LinkedHashSet<>()));
    }

    static void plan(List<AddTable> adds, PlanBuilder plan) {
        TableCreation creation = new TableCreation(adds);
        for (AddTable add : creation.order) {
            TableName name = nameOf(add);
            List<ForeignKey> declared = add.table().foreignKeys().stream()
                    .filter(k -> !creation.deferred.contains(key(name, k))).toList();
            plan.add(Phase.TABLES, add, TableDdl.create(name, add.table(), declared));
        }
        for (AddTable add : creation.order) {
            TableName name = nameOf(add);
            for (ForeignKey key : add.table().foreignKeys()) {
                if (creation.deferred.contains(key(name, key))) {
                    plan.alter(Phase.FOREIGN_KEYS, name, add, new Clause("ADD " + KeyDdl.foreignKey(name.schema(), key),
                            TableAlteration.dropForeignKey(key)));
                }
            }
        }
    }

    static TableName nameOf(AddTable add) {
        return new TableName(add.schema(), add.table().name());
    }

    /** Depth first: the tables a table's foreign keys reference come before it; a key back to a table being visited waits. */
    private void visit(AddTable add, Set<TableName> done, LinkedHashSet<TableName> path) {
        TableName name = nameOf(add);
        if (done.contains(name)) {
            return;
        }
        path.add(name);
        for (ForeignKey key : add.table().foreignKeys()) {
            TableName target = KeyDdl.referencedTable(add.schema(), key);
            if (target.equals(name) || !tables.containsKey(target)) {
                continue;
            }
            if (path.contains(target)) {
                deferred.add(key(name, key));
            } else {
                visit(tables.get(target), done, path);
            }
        }
        path.remove(name);
        done.add(name);
        order.add(add);
    }

    private static String key(TableName table, ForeignKey key) {
        return table + "\u0000" + key.name();
    }
}
