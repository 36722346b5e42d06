package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Sequence;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of {@code sequences.sql}, {@code enums.sql} and {@code extensions.sql} to the model. */
final class SchemaObjects {

    private SchemaObjects() {
    }

    /** The sequence in the current row of {@code sequences.sql}. */
    static Sequence sequence(ResultSet row) throws SQLException {
        String ownerTable = row.getString("owner_table");
        Sequence.Owner owner = ownerTable == null ? null : new Sequence.Owner(ownerTable, row.getString("owner_column"));
        return new Sequence(row.getString("name"), row.getString("data_type"), row.getLong("start"),
                row.getLong("increment"), row.getLong("min_value"), row.getLong("max_value"), row.getLong("cache"),
                row.getBoolean("cycle"), owner, row.getString("comment"), Attributes.empty());
    }

    /** The enum type in the current row of {@code enums.sql}. */
    static EnumType enumType(ResultSet row) throws SQLException {
        return new EnumType(row.getString("name"), Rows.stringList(row, "labels"),
                row.getString("comment"));
    }

    /** The extension in the current row of {@code extensions.sql}. */
    static Extension extension(ResultSet row) throws SQLException {
        return new Extension(row.getString("name"), row.getString("schema"), row.getString("version"),
                row.getString("comment"));
    }
}
