package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a row of {@code indexes.sql} to the table's primary key or one of its indexes, naming the
 * columns of its parts from the table's columns.
 */
final class Indexes {

    /** {@code indoption} bits: the part sorts descending, NULLs sort first. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private Indexes() {
    }

    /** Adds the index in the current row to {@code table}. */
    static void addTo(TableDraft table, ResultSet row) throws SQLException {
        String constraint = row.getString("constraint_name");
        String name = constraint != null ? constraint : row.getString("name");
        boolean primaryKey = row.getBoolean("primary_key");
        Number[] attnums = Rows.numbers(row, "attnums");
        int keyCount = row.getInt("key_count");
        List<IndexPart> parts = parts(table, row, attnums, keyCount);
        List<String> include = table.columnNames(Arrays.copyOfRange(attnums, keyCount, attnums.length));
        String method = row.getString("method");
        Attributes attributes = Attributes.empty()
                .with(PostgresAttributes.INDEX_METHOD, method.equals("btree") ? null : method)
                .with(PostgresAttributes.INDEX_PREDICATE, row.getString("predicate"))
                .with(PostgresAttributes.INDEX_INCLUDE, include.isEmpty() ? null : include)
                .with(PostgresAttributes.INDEX_STORAGE_PARAMETERS, storageParameters(Rows.strings(row, "storage_parameters")))
                .with(PostgresAttributes.INDEX_NULLS_NOT_DISTINCT, Rows.flag(row, "nulls_not_distinct"))
                .with(PostgresAttributes.INDEX_CONSTRAINT, constraint != null && !primaryKey ? Boolean.TRUE : null)
                .merge(Constraints.deferrability(row));
        if (primaryKey) {
            table.primaryKey = new PrimaryKey(name, parts.stream().map(IndexPart::column).toList(), attributes);
        } else {
            table.indexes.add(new Index(name, row.getBoolean("unique"), parts, row.getString("comment"), attributes));
        }
    }

    private static List<IndexPart> parts(TableDraft table, ResultSet row, Number[] attnums, int keyCount)
            throws SQLException {
        Number[] options = Rows.numbers(row, "options");
        Number[] collations = Rows.numbers(row, "collations");
        String[] expressions = Rows.strings(row, "expressions");
        String[] opclasses = Rows.strings(row, "opclasses");
        String[] collationNames = Rows.strings(row, "collation_names");
        List<IndexPart> parts = new ArrayList<>(keyCount);
        for (int k = 0; k < keyCount; k++) {
            int attnum = attnums[k].intValue();
            boolean descending = (options[k].intValue() & DESC) != 0;
            boolean nullsFirst = (options[k].intValue() & NULLS_FIRST) != 0;
            long collation = collations[k].longValue();
            String collationName = null;
            if (attnum != 0 && collation != 0 && collation != table.columnCollation(attnum)) {
                // indexes.sql names collations only when one is not "default" (oid 100) or none
                collationName = collationNames != null ? collationNames[k] : "default";
            }
            IndexPart part = attnum == 0 ? IndexPart.expression(expressions[k]) : IndexPart.column(table.columnName(attnum));
            parts.add(part.descending(descending).withAttributes(Attributes.empty()
                    .with(PostgresAttributes.PART_OPCLASS, opclasses == null ? null : opclasses[k])
                    .with(PostgresAttributes.PART_COLLATION, collationName)
                    .with(PostgresAttributes.PART_NULLS, nullsFirst == descending ? null : nullsFirst ? "FIRST" : "LAST")));
        }
        return parts;
    }

    private static Map<String, String> storageParameters(String[] reloptions) {
        if (reloptions == null) {
            return null;
        }
        Map<String, String> parameters = new TreeMap<>();
        for (String option : reloptions) {
            int eq = option.indexOf('=');
            parameters.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return parameters;
    }
}
