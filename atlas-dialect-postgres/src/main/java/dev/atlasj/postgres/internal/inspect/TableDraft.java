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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table being read: its row from {@code tables.sql}, then its columns, keys, indexes and checks as
 * they come. Remembers each column's attribute number and collation, which index rows refer to.
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
    private final List<Column> columns = new ArrayList<>();
    private final Map<Integer, ColumnRef> columnsByNumber = new HashMap<>();

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

    /** Adds the next column, with its attribute number and the oid of its collation (0 for none). */
    void addColumn(Column column, int attnum, long collation) {
        columns.add(column);
        columnsByNumber.put(attnum, new ColumnRef(column.name(), collation));
    }

    /** The name of the column with attribute number {@code attnum}. */
    String columnName(int attnum) {
        return column(attnum).name;
    }

    /** The oid of the collation of the column with attribute number {@code attnum}, 0 when it has none. */
    long columnCollation(int attnum) {
        return column(attnum).collation;
    }

    Table build() {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, comment, attributes);
    }

    private ColumnRef column(int attnum) {
        ColumnRef column = columnsByNumber.get(attnum);
        if (column == null) {
            throw new IllegalStateException("table " + name + " has no column number " + attnum);
        }
        return column;
    }

    private record ColumnRef(String name, long collation) {
    }
}
