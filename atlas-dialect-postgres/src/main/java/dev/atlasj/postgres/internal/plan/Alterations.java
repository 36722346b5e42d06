package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a plan changes in place, by name: what a partition's changes can count on its parent's
 * to do, and how deep each partition sits below a table that is not one.
 */
public final class Alterations {

    private final Map<QualifiedName, List<ModifyTable>> byTable = new LinkedHashMap<>();

    private Alterations() {
    }

    /** The changes of tables that stay, among {@code changes}. */
    public static Alterations of(List<SchemaChange> changes) {
        Alterations alterations = new Alterations();
        for (SchemaChange change : changes) {
            if (change instanceof ModifyTable modify) {
                alterations.byTable.computeIfAbsent(new QualifiedName(modify.schema(), modify.to().name()),
                        t -> new ArrayList<>()).add(modify);
            }
        }
        return alterations;
    }

    /** The parent of a partition, or empty for a table that is not one. */
    static Optional<QualifiedName> parentOf(String schema, Table table) {
        String parent = table.attributes().get(PARTITION_OF);
        return parent == null ? Optional.empty() : Optional.of(QualifiedName.parse(parent, schema));
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
