package dev.atlasj.mysql.internal.plan;

import dev.atlasj.mysql.MySqlIdentifiers;
import java.util.Objects;

/**
 * A table (or view, routine, trigger) in its database.
 *
 * @param schema the database
 * @param name the name in it
 */
public record TableName(String schema, String name) {

    public TableName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    /** {@code `schema`.`name`}. */
    public String sql() {
        return MySqlIdentifiers.qualify(schema, name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
