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

/** A table being read: its row from {@code tables.sql}, then its columns, keys, indexes and checks as they come. */
final class TableDraft {

    final long schemaOid;
    final List<Column> columns = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    PrimaryKey primaryKey;
    private final String name;
    private final String comment;
    private final Attributes attributes;

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

    Table build() {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, comment, attributes);
    }
}
