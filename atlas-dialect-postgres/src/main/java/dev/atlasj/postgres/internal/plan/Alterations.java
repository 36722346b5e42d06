package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.SchemaChange.RenameTable;
import dev.atlasj.diff.TableChange;
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
 * to do, how deep each partition sits below a table that is not one, and which tables are renamed.
 */
public final class Alterations {

    private final Map<QualifiedName, List<ModifyTable>> byTable = new LinkedHashMap<>();
    private final Map<QualifiedName, QualifiedName> renamedTables = new HashMap<>();

    private Alterations() {
    }

    /** The changes of tables that stay, among {@code changes}. */
    public static Alterations of(List<SchemaChange> changes) {
        Alterations alterations = new Alterations();
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
