package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.SchemaChange.RenameTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a plan changes in place, by name: what a partition's changes can count on its parent's
 * to do, how deep each partition sits below a table that is not one, which tables and columns are
 * renamed, and which foreign keys of the current schema reference a table.
 */
public final class Alterations {

    private final Realm current;
    private final Map<QualifiedName, List<ModifyTable>> byTable = new LinkedHashMap<>();
    private final Map<QualifiedName, QualifiedName> renamedTables = new HashMap<>();
    private final Set<String> referencingKeysTaken = new HashSet<>();

    private Alterations(Realm current) {
        this.current = current;
    }

    /**
     * The changes of tables that stay, among {@code changes}.
     *
     * @param current the schema the changes start from, or {@code null} when the caller did not give it
     */
    public static Alterations of(List<SchemaChange> changes, Realm current) {
        Alterations alterations = new Alterations(current);
        for (SchemaChange change : changes) {
            if (change instanceof ModifyTable modify) {
                alterations.byTable.computeIfAbsent(new QualifiedName(modify.schema(), modify.to().name()),
                        t -> new ArrayList<>()).add(modify);
            } else if (change instanceof RenameTable rename) {
                alterations.renamedTables.put(new QualifiedName(rename.schema(), rename.from().name()),
                        new QualifiedName(rename.schema(), rename.to().name()));
            }
        }
        return alterations;
    }

    /** The parent of a partition, or empty for a table that is not one. */
    static Optional<QualifiedName> parentOf(String schema, Table table) {
        String parent = table.attributes().get(PARTITION_OF);
        return parent == null ? Optional.empty() : Optional.of(QualifiedName.parse(parent, schema));
    }

    /**
     * Whether two names, one from before the plan and one from after it, name the same table: the
     * same name, or the one a table is renamed to.
     */
    boolean sameTable(QualifiedName before, QualifiedName after) {
        return before.equals(after) || after.equals(renamedTables.get(before));
    }

    /** The name {@code table} has once the plan's renames ran. */
    QualifiedName renamed(QualifiedName table) {
        return renamedTables.getOrDefault(table, table);
    }

    /** The name a column of {@code table} (named as after the plan's table renames) has once the plan's renames ran. */
    String renamedColumn(QualifiedName table, String column) {
        return changesOf(table).stream().filter(TableChange.RenameColumn.class::isInstance)
                .map(TableChange.RenameColumn.class::cast).filter(r -> r.from().name().equals(column))
                .map(r -> r.to().name()).findFirst().orElse(column);
    }

    /**
     * The foreign keys of the current schema that reference exactly {@code columns} of {@code table}
     * and that the plan leaves alone, each under the names the plan's renames give it; a key comes
     * back once only, however many keys of its table the plan drops.
     *
     * @param table the referenced table, named as after the plan's renames
     * @param removals what the plan drops: a foreign key of a dropped table goes with it
     */
    List<ReferencingKey> takeReferencingKeys(QualifiedName table, List<String> columns, Removals removals) {
        List<ReferencingKey> keys = new ArrayList<>();
        if (current == null) {
            return keys;
        }
        for (Schema schema : current.schemas()) {
            for (Table referencing : schema.tables()) {
                QualifiedName owner = renamed(new QualifiedName(schema.name(), referencing.name()));
                for (ForeignKey key : referencing.foreignKeys()) {
                    ForeignKey renamedKey = underNewNames(owner, key, schema.name());
                    if (table.equals(ConstraintDdl.referencedTable(owner.schema(), renamedKey))
                            && Set.copyOf(renamedKey.refColumns()).equals(Set.copyOf(columns))
                            && !removals.removesTable(owner) && !changedByPlan(owner, key.name())
                            && referencingKeysTaken.add(owner + "." + key.name())) {
                        keys.add(new ReferencingKey(owner, renamedKey));
                    }
                }
            }
        }
        return keys;
    }

    /** A foreign key of {@code table}. */
    record ReferencingKey(QualifiedName table, ForeignKey key) {
    }

    private boolean changedByPlan(QualifiedName table, String key) {
        return changesOf(table).stream().anyMatch(c -> c instanceof TableChange.DropForeignKey d && d.key().name().equals(key)
                || c instanceof TableChange.ModifyForeignKey m && m.from().name().equals(key));
    }

    /** {@code key} of {@code owner}, with its columns, referenced table and referenced columns as the plan's renames name them. */
    private ForeignKey underNewNames(QualifiedName owner, ForeignKey key, String schema) {
        QualifiedName target = renamed(ConstraintDdl.referencedTable(schema, key));
        return new ForeignKey(key.name(), key.columns().stream().map(c -> renamedColumn(owner, c)).toList(),
                target.schema(), target.name(), key.refColumns().stream().map(c -> renamedColumn(target, c)).toList(),
                key.onUpdate(), key.onDelete(), key.attributes());
    }

    /** Every change the plan makes inside {@code table}. */
    List<TableChange> changesOf(QualifiedName table) {
        return byTable.getOrDefault(table, List.of()).stream().flatMap(m -> m.changes().stream()).toList();
    }

    /** How many levels of partitioning lie above the table: 0 for a table that is not a partition. */
    int partitionDepth(String schema, Table table) {
        int depth = 0;
        Set<QualifiedName> seen = new HashSet<>();
        Optional<QualifiedName> parent = parentOf(schema, table);
        while (parent.isPresent() && seen.add(parent.get())) {
            depth++;
            QualifiedName name = parent.get();
            parent = byTable.getOrDefault(name, List.of()).stream().findFirst()
                    .flatMap(m -> parentOf(name.schema(), m.to()));
        }
        return depth;
    }
}
