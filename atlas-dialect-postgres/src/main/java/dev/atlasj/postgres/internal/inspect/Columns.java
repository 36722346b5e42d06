package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.postgres.Identity;
import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.postgres.PostgresTypes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.Generated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps rows of {@code columns.sql} to columns. Holds the types seen so far, so that each distinct
 * type is canonicalized once however many columns use it.
 */
final class Columns {

    private final Map<String, ColumnType> types = new HashMap<>();

    /** The column in the current row. */
    Column column(ResultSet row) throws SQLException {
        String expression = row.getString("default_expression");
        boolean generated = row.getBoolean("generated");
        return new Column(
                row.getString("name"),
                types.computeIfAbsent(row.getString("type"), raw -> new ColumnType(raw, PostgresTypes.canonical(raw))),
                !row.getBoolean("not_null"),
                generated ? null : expression,
                generated ? Generated.stored(expression) : null,
                row.getString("collation"),
                row.getString("comment"),
                Attributes.empty().with(PostgresAttributes.IDENTITY, identity(row)));
    }

    /** The identity of the column in the current row, or {@code null}; {@code attidentity} is {@code a}, {@code d} or empty. */
    private static Identity identity(ResultSet row) throws SQLException {
        String kind = row.getString("identity");
        if (kind == null || kind.isEmpty()) {
            return null;
        }
        return new Identity(kind.equals("a") ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
                row.getLong("identity_start"), row.getLong("identity_increment"), row.getLong("identity_min"),
                row.getLong("identity_max"), row.getLong("identity_cache"), row.getBoolean("identity_cycle"));
    }
}
