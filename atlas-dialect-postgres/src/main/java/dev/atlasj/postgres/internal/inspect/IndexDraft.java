package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An index being read from {@code indexes.sql}, one row per index column: the first row gives the
 * index itself, every row a key part or an INCLUDE column. Becomes the table's primary key or one
 * of its indexes.
 */
final class IndexDraft {

    /** {@code indoption} bits: the part sorts descending, NULLs sort first. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private final TableDraft table;
    private final String name;
    private final boolean primaryKey;
    private final boolean unique;
    private final int keyCount;
    private final String comment;
    private final Attributes attributes;
    private final List<IndexPart> parts = new ArrayList<>();
    private final List<String> include = new ArrayList<>();

    private IndexDraft(TableDraft table, String name, boolean primaryKey, boolean unique, int keyCount, String comment,
            Attributes attributes) {
        this.table = table;
        this.name = name;
        this.primaryKey = primaryKey;
        this.unique = unique;
        this.keyCount = keyCount;
        this.comment = comment;
        this.attributes = attributes;
    }

    /** The draft of the index of {@code table} in the current row, without its parts yet. */
    static IndexDraft from(ResultSet row, TableDraft table) throws SQLException {
        String constraint = row.getString("constraint_name");
        String method = row.getString("method");
        boolean primaryKey = row.getBoolean("primary_key");
        Attributes attributes = Attributes.empty()
                .with(PostgresAttributes.INDEX_METHOD, method.equals("btree") ? null : method)
                .with(PostgresAttributes.INDEX_PREDICATE, row.getString("predicate"))
                .with(PostgresAttributes.INDEX_STORAGE_PARAMETERS, storageParameters(row.getArray("storage_parameters")))
                .with(PostgresAttributes.INDEX_NULLS_NOT_DISTINCT, Rows.flag(row, "nulls_not_distinct"))
                .with(PostgresAttributes.INDEX_CONSTRAINT, constraint != null && !primaryKey ? Boolean.TRUE : null)
                .merge(Constraints.deferrability(row));
        return new IndexDraft(table, constraint != null ? constraint : row.getString("name"), primaryKey,
                row.getBoolean("unique"), row.getInt("key_count"), row.getString("comment"), attributes);
    }

    /** Adds the part or INCLUDE column in the current row. */
    void add(ResultSet row) throws SQLException {
        if (row.getInt("position") > keyCount) {
            include.add(row.getString("column_name"));
            return;
        }
        String column = row.getString("column_name");
        IndexPart part = column != null ? IndexPart.column(column) : IndexPart.expression(row.getString("expression"));
        int options = row.getInt("options");
        boolean descending = (options & DESC) != 0;
        boolean nullsFirst = (options & NULLS_FIRST) != 0;
        Attributes detail = Attributes.empty()
                .with(PostgresAttributes.PART_OPCLASS, row.getString("opclass"))
                .with(PostgresAttributes.PART_COLLATION, row.getString("collation"));
        if (nullsFirst != descending) {
            detail = detail.with(PostgresAttributes.PART_NULLS, nullsFirst ? "FIRST" : "LAST");
        }
        parts.add(part.descending(descending).withAttributes(detail));
    }

    /** Adds the finished index to its table, as its primary key or one of its indexes. */
    void addToTable() {
        if (primaryKey) {
            List<String> columns = new ArrayList<>(parts.size());
            for (IndexPart part : parts) {
                columns.add(part.column());
            }
            table.primaryKey = new PrimaryKey(name, columns, detail());
        } else {
            table.indexes.add(new Index(name, unique, parts, comment, detail()));
        }
    }

    private Attributes detail() {
        return include.isEmpty() ? attributes : attributes.with(PostgresAttributes.INDEX_INCLUDE, include);
    }

    private static Map<String, String> storageParameters(Array reloptions) throws SQLException {
        if (reloptions == null) {
            return null;
        }
        Map<String, String> parameters = new TreeMap<>();
        for (String option : (String[]) reloptions.getArray()) {
            int eq = option.indexOf('=');
            parameters.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return parameters;
    }
}
