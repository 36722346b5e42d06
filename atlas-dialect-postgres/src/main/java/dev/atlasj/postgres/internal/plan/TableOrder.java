package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order in which new tables are created, and which of their constraints must wait until
 * after every table exists.
 *
 * <p>A table comes after the tables its foreign keys reference and a partition after its parent.
 * A foreign key is declared with its table when the referenced table and the key it points at
 * exist by then; it waits for {@link Phase#FOREIGN_KEYS} when the tables reference each other in
 * a cycle (the key that closes the cycle waits), when it points at columns that only a unique
 * index made later covers, at an existing table whose keys change later in the plan, or when it is
 * {@code NOT VALID}. A partitioned table whose partitions
 * are created too gets its keys and checks only once they exist ({@link #completedLater}), so
 * that PostgreSQL adopts each partition's own constraints rather than creating copies under
 * names of its choosing.
 */
public final class TableOrder {

    private final Map<QualifiedName, AddTable> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, QualifiedName> parents = new HashMap<>();
    private final Set<QualifiedName> partitioned = new HashSet<>();
    private final Map<QualifiedName, Set<String>> deferredKeys = new HashMap<>();
    private final List<AddTable> creation = new ArrayList<>();
    private final Set<QualifiedName> keyedLater;

    private TableOrder(List<AddTable> adds, Set<QualifiedName> keyedLater) {
        this.keyedLater = keyedLater;
        for (AddTable add : adds) {
            if (tables.put(nameOf(add), add) != null) {
                throw new PlanException("table " + nameOf(add) + " is created twice");
            }
        }
        for (AddTable add : adds) {
            String parent = add.table().attributes().get(PARTITION_OF);
            if (parent != null) {
                QualifiedName parentName = QualifiedName.parse(parent, add.schema());
                parents.put(nameOf(add), parentName);
                if (tables.containsKey(parentName)) {
                    partitioned.add(parentName);
                }
            }
        }
        for (AddTable add : adds) {
            for (ForeignKey key : add.table().foreignKeys()) {
                if (!declarableWithTable(add, key)) {
                    defer(nameOf(add), key);
                }
            }
        }
        Set<QualifiedName> done = new HashSet<>();
        for (AddTable add : adds) {
            visit(add, done, new LinkedHashSet<>());
        }
    }

    /** Orders {@code tables}, which name each table once. */
    public static TableOrder of(List<AddTable> tables) {
        return of(tables, Set.of());
    }

    /**
     * Orders {@code tables}, which name each table once.
     *
     * @param keyedLater existing tables that get a primary key or unique constraint only later in the
     *     plan: a foreign key that references one of them waits for {@link Phase#FOREIGN_KEYS}
     */
    public static TableOrder of(List<AddTable> tables, Set<QualifiedName> keyedLater) {
        return new TableOrder(tables, Set.copyOf(keyedLater));
    }

    /** The table's name with its schema. */
    public static QualifiedName nameOf(AddTable add) {
        return new QualifiedName(add.schema(), add.table().name());
    }

    /** The tables in creation order: each after its parent and the tables its declared foreign keys reference. */
    public List<AddTable> creation() {
        return List.copyOf(creation);
    }

    /**
     * The tables in the order their later statements (indexes, late constraints) run: partitions
     * before their parents, deeper levels first, otherwise as created. A parent's index or key
     * then adopts the partitions' matching ones instead of creating its own.
     */
    public List<AddTable> completion() {
        return creation.stream().sorted(Comparator.comparingInt((AddTable a) -> -depth(nameOf(a)))).toList();
    }

    /** The parent table of a partition when the plan creates it too. */
    public Optional<AddTable> parent(AddTable partition) {
        return Optional.ofNullable(parents.get(nameOf(partition))).map(tables::get);
    }

    /** Whether the table is partitioned and its partitions are created too: its keys and checks come after them. */
    public boolean completedLater(AddTable add) {
        return partitioned.contains(nameOf(add));
    }

    /** Whether the foreign key waits for {@link Phase#FOREIGN_KEYS} rather than being declared with its table. */
    public boolean deferred(AddTable add, ForeignKey key) {
        return deferredKeys.getOrDefault(nameOf(add), Set.of()).contains(key.name());
    }

    private boolean declarableWithTable(AddTable add, ForeignKey key) {
        if (key.attributes().is(NOT_VALID) || completedLater(add)) {
            return false;
        }
        QualifiedName targetName = ConstraintDdl.referencedTable(add.schema(), key);
        AddTable target = tables.get(targetName);
        if (target == null) {
            return !keyedLater.contains(targetName);
        }
        return declaredKeys(target).contains(Set.copyOf(key.refColumns()));
    }

    /** The column sets of the primary key and unique constraints declared in the table's CREATE TABLE. */
    private Set<Set<String>> declaredKeys(AddTable add) {
        Set<Set<String>> keys = new HashSet<>();
        if (completedLater(add)) {
            return keys;
        }
        Table table = add.table();
        if (table.primaryKey() != null) {
            keys.add(Set.copyOf(table.primaryKey().columns()));
        }
        for (Index index : table.indexes()) {
            if (index.unique() && index.attributes().is(INDEX_CONSTRAINT)) {
                keys.add(Set.copyOf(index.columns()));
            }
        }
        return keys;
    }

    /**
     * Depth-first: a table's dependencies are created before it. A foreign key that leads back to a
     * table still being visited closes a cycle and is deferred. {@code path} holds the tables being
     * visited, in order, for the message about a partition cycle.
     */
    private void visit(AddTable add, Set<QualifiedName> done, LinkedHashSet<QualifiedName> path) {
        QualifiedName name = nameOf(add);
        if (done.contains(name)) {
            return;
        }
        path.add(name);
        QualifiedName parent = parents.get(name);
        if (parent != null && tables.containsKey(parent)) {
            if (path.contains(parent)) {
                throw new PlanException("partitions form a cycle: " + String.join(" -> ",
                        path.stream().map(QualifiedName::toString).toList()) + " -> " + parent);
            }
            visit(tables.get(parent), done, path);
        }
        for (ForeignKey key : add.table().foreignKeys()) {
            QualifiedName target = ConstraintDdl.referencedTable(add.schema(), key);
            if (target.equals(name) || !tables.containsKey(target) || deferred(add, key)) {
                continue;
            }
            if (path.contains(target)) {
                defer(name, key);
            } else {
                visit(tables.get(target), done, path);
            }
        }
        path.remove(name);
        done.add(name);
        creation.add(add);
    }

    private void defer(QualifiedName table, ForeignKey key) {
        deferredKeys.computeIfAbsent(table, t -> new HashSet<>()).add(key.name());
    }

    private int depth(QualifiedName table) {
        int depth = 0;
        for (QualifiedName p = parents.get(table); p != null && tables.containsKey(p); p = parents.get(p)) {
            depth++;
        }
        return depth;
    }
}
