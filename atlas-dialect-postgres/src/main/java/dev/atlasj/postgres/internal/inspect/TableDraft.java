package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table being read: its row from {@code tables.sql}, then its columns, keys, indexes and checks as
 * they come. Keeps the columns by attribute number, which orders them and which index and foreign-key
 * rows refer to.
 */
final class TableDraft {

    final long schemaOid;
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    PrimaryKey primaryKey;
    private final String name;
    private final String comment;
    private final Attributes attributes;
    private final SortedMap<Integer, ColumnRef> columns = new TreeMap<>();

    private TableDraft(long schemaOid, String name, String comment, Attributes attributes) {
        this.schemaOid = schemaOid;
        this.name = name;
        this.comment = comment;
        this.attributes = attributes;
    }

    /** The draft of the table in the current row of {@code tables.sql}. */
    static TableDraft from(ResultSet row) throws SQLException {
        Attributes attributes = Attributes.empty()
                .with(PostgresAttributes.PARTITION_KEY, row.getString("partition_key"))
                .with(PostgresAttributes.PARTITION_OF, row.getString("partition_of"))
                .with(PostgresAttributes.PARTITION_BOUND, row.getString("partition_bound"))
                .with(PostgresAttributes.UNLOGGED, Rows.flag(row, "unlogged"));
        return new TableDraft(row.getLong("schema_oid"), row.getString("name"), row.getString("comment"), attributes);
    }

    /** Adds a column, with its attribute number and the oid of its collation (0 for none). */
    void addColumn(Column column, int attnum, long collation) {
        columns.put(attnum, new ColumnRef(column, collation));
    }

    /** The name of the column with attribute number {@code attnum}. */
    String columnName(int attnum) {
        return column(attnum).column.name();
    }

    /** The names of the columns with the attribute numbers {@code attnums}, in that order. */
    List<String> columnNames(Number[] attnums) {
        List<String> names = new ArrayList<>(attnums.length);
        for (Number attnum : attnums) {
            names.add(columnName(attnum.intValue()));
        }
        return names;
    }

    /** The oid of the collation of the column with attribute number {@code attnum}, 0 when it has none. */
    long columnCollation(int attnum) {
        return column(attnum).collation;
    }

    Table build() {
        List<Column> ordered = new ArrayList<>(columns.size());
        for (ColumnRef ref : columns.values()) {
            ordered.add(ref.column);
        }
        return new Table(name, ordered, primaryKey, indexes, foreignKeys, checks, comment, attributes);
    }

    private ColumnRef column(int attnum) {
        ColumnRef column = columns.get(attnum);
        if (column == null) {
            throw new IllegalStateException("table " + name + " has no column number " + attnum);
        }
        return column;
    }

    private record ColumnRef(Column column, long collation) {
    }
}
