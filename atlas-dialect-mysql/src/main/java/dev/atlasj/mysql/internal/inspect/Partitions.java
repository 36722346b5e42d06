package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.mysql.MySqlAttributes;
import dev.atlasj.mysql.Partitioning;
import dev.atlasj.schema.Attributes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Collects the rows of {@code partitions.sql} (one per partition, or per subpartition) into each table's {@link Partitioning}. */
final class Partitions {

    private final Map<TableDraft, Draft> drafts = new LinkedHashMap<>();

    void add(TableDraft table, ResultSet row) throws SQLException {
        Draft draft = drafts.computeIfAbsent(table, t -> new Draft());
        draft.method = row.getString("method");
        draft.expression = row.getString("expression");
        draft.subpartitionMethod = row.getString("subpartition_method");
        draft.subpartitionExpression = row.getString("subpartition_expression");
        int position = row.getInt("position");
        String comment = row.getString("comment");
        Partitioning.Partition seen = draft.partitions.get(position);
        int subpartitions = (seen == null ? 0 : seen.subpartitions()) + (row.getString("subpartition") == null ? 0 : 1);
        draft.partitions.put(position, new Partitioning.Partition(row.getString("name"), row.getString("bound"),
                subpartitions, comment == null || comment.isEmpty() ? null : comment));
    }

    /** Sets the partitioning of each table seen. */
    void apply() {
        drafts.forEach((table, draft) -> table.setAttributes(Attributes.of(MySqlAttributes.PARTITIONING,
                new Partitioning(draft.method, draft.expression, draft.subpartitionMethod, draft.subpartitionExpression,
                        draft.partitions.values().stream().toList()))));
    }

    private static final class Draft {
        String method;
        String expression;
        String subpartitionMethod;
        String subpartitionExpression;
        final SortedMap<Integer, Partitioning.Partition> partitions = new TreeMap<>();
    }
}
