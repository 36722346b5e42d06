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
 * Maps a row of {@code indexes.sql} to the table's primary key or one of its indexes, naming the
 * columns of its parts from the table's columns.
 */
final class Indexes {

    /** {@code indoption} bits: the part sorts descending, NULLs sort first. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    /** The oid of the {@code default} collation, fixed in every PostgreSQL release. */
    private static final long DEFAULT_COLLATION = 100;

    private Indexes() {
    }

    /** Adds the index in the current row to {@code table}. */
    static void addTo(TableDraft table, ResultSet row) throws SQLException {
        String constraint = row.getString("constraint_name");
        String name = constraint != null ? constraint : row.getString("name");
        boolean primaryKey = row.getBoolean("primary_key");
        Number[] attnums = numbers(row.getArray("attnums"));
        int keyCount = row.getInt("key_count");
        List<IndexPart> parts = parts(table, row, attnums, keyCount);
        List<String> include = new ArrayList<>();
        for (int k = keyCount; k < attnums.length; k++) {
            include.add(table.columnName(attnums[k].intValue()));
        }
        String method = row.getString("method");
        Attributes attributes = Attributes.empty()
                .with(PostgresAttributes.INDEX_METHOD, method.equals("btree") ? null : method)
                .with(PostgresAttributes.INDEX_PREDICATE, row.getString("predicate"))
                .with(PostgresAttributes.INDEX_INCLUDE, include.isEmpty() ? null : include)
                .with(PostgresAttributes.INDEX_STORAGE_PARAMETERS, storageParameters(row.getArray("storage_parameters")))
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
        Number[] options = numbers(row.getArray("options"));
        Number[] collations = numbers(row.getArray("collations"));
        String[] expressions = strings(row.getArray("expressions"));
        String[] opclasses = strings(row.getArray("opclasses"));
        String[] collationNames = strings(row.getArray("collation_names"));
        List<IndexPart> parts = new ArrayList<>(keyCount);
        for (int k = 0; k < keyCount; k++) {
            int attnum = attnums[k].intValue();
            boolean descending = (options[k].intValue() & DESC) != 0;
            boolean nullsFirst = (options[k].intValue() & NULLS_FIRST) != 0;
            long collation = collations[k].longValue();
            String collationName = null;
            if (attnum != 0 && collation != 0 && collation != table.columnCollation(attnum)) {
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

    private static Map<String, String> storageParameters(Array reloptions) throws SQLException {
        if (reloptions == null) {
            return null;
        }
        Map<String, String> parameters = new TreeMap<>();
        for (String option : strings(reloptions)) {
            int eq = option.indexOf('=');
            parameters.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return parameters;
    }

    private static Number[] numbers(Array array) throws SQLException {
        return (Number[]) array.getArray();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? null : (String[]) array.getArray();
    }
}
