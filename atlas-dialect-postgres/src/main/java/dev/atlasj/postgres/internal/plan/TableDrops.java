package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.AddTable;
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
 * Plans the tables a plan drops, in an order PostgreSQL accepts, each {@code DROP TABLE} undone by
 * the script that creates the table again with everything it held.
 *
 * <p>A table is dropped before the tables it references. When dropped tables reference each other
 * in a cycle, the foreign key that closes it is dropped first, on its own. A partition whose parent
 * is dropped too is not dropped by itself: it goes with its parent, whose reverse creates the whole
 * partitioned table again. A sequence owned by one of the tables' columns goes with the table too
 * (see {@link Removals}) and comes back with it.
 */
public final class TableDrops {

    /**
     * A table to drop.
     *
     * @param source the change that drops it: its own {@code DropTable}, or its schema's {@code DropSchema}
     */
    public record Dropped(String schema, Table table, SchemaChange source) {
        QualifiedName name() {
            return new QualifiedName(schema, table.name());
        }
    }

    private final Map<QualifiedName, Dropped> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, List<Dropped>> families = new LinkedHashMap<>();
    private final Map<QualifiedName, QualifiedName> roots = new LinkedHashMap<>();
    private final Map<Dropped, Set<String>> cycleKeys = new LinkedHashMap<>();
    private final List<QualifiedName> creation = new ArrayList<>();

    private TableDrops(List<Dropped> drops) {
        drops.forEach(d -> tables.put(d.name(), d));
        for (Dropped drop : drops) {
            QualifiedName root = root(drop);
            roots.put(drop.name(), root);
            families.computeIfAbsent(root, r -> new ArrayList<>()).add(drop);
        }
        Set<QualifiedName> done = new HashSet<>();
        families.keySet().forEach(root -> visit(root, done, new LinkedHashSet<>()));
    }

    /** Adds the statements that drop {@code drops} to {@code plan}. */
    public static void plan(List<Dropped> drops, Removals removals, PlanBuilder plan) {
        TableDrops order = new TableDrops(drops);
        order.cycleKeys.forEach((member, keys) -> member.table().foreignKeys().stream()
                .filter(key -> keys.contains(key.name()))
                .forEach(key -> plan.add(Phase.DROP_FOREIGN_KEYS, member.source(), ConstraintDdl.drop(member.name(),
                        key.name(), false, ConstraintDdl.add(member.name(), key.name(),
                                ConstraintDdl.foreignKey(member.schema(), key), key.attributes(), false).sql()))));
        for (int i = order.creation.size() - 1; i >= 0; i--) {
            QualifiedName root = order.creation.get(i);
            plan.add(Phase.DROP_TABLES, order.tables.get(root).source(),
                    TableDdl.drop(root, order.recreate(root, removals)));
        }
    }

    /** The script that creates the table and its partitions, with the sequences they owned. */
    private String recreate(QualifiedName root, Removals removals) {
        return PlanBuilder.script(script -> {
            List<AddTable> adds = new ArrayList<>();
            for (Dropped member : families.get(root)) {
                removals.sequencesOwnedBy(member.name())
                        .forEach(s -> ObjectCreation.sequence(script, member.source(), member.schema(), s));
                Set<String> dropped = cycleKeys.getOrDefault(member, Set.of());
                Table table = member.table().toBuilder().foreignKeys(member.table().foreignKeys().stream()
                        .filter(key -> !dropped.contains(key.name())).toList()).build();
                adds.add(new AddTable(member.schema(), table));
            }
            TableCreation.plan(adds, script);
        });
    }

    /** The dropped table that a dropped partition goes with: its parent's root, or itself. */
    private QualifiedName root(Dropped drop) {
        Dropped current = drop;
        Set<QualifiedName> seen = new HashSet<>();
        while (seen.add(current.name())) {
            Dropped parent = parent(current);
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current.name();
    }

    private Dropped parent(Dropped drop) {
        String parent = drop.table().attributes().get(PARTITION_OF);
        return parent == null ? null : tables.get(QualifiedName.parse(parent, drop.schema()));
    }

    /**
     * Depth-first, as if creating the tables: a family comes after the families its foreign keys
     * reference. A key that leads back to a family still being visited closes a cycle.
     */
    private void visit(QualifiedName root, Set<QualifiedName> done, LinkedHashSet<QualifiedName> path) {
        if (done.contains(root)) {
            return;
        }
        path.add(root);
        for (Dropped member : families.get(root)) {
            for (ForeignKey key : member.table().foreignKeys()) {
                QualifiedName target = roots.get(ConstraintDdl.referencedTable(member.schema(), key));
                if (target == null || target.equals(root)) {
                    continue;
                }
                if (path.contains(target)) {
                    cycleKeys.computeIfAbsent(member, m -> new HashSet<>()).add(key.name());
                } else {
                    visit(target, done, path);
                }
            }
        }
        path.remove(root);
        done.add(root);
        creation.add(root);
    }
}
