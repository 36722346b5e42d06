package dev.atlasj.schema;

import java.util.Objects;

/**
 * A PostgreSQL extension installed in the database.
 *
 * @param name the extension name
 * @param schema the schema that holds its objects
 * @param version the installed version
 * @param comment the comment, or {@code null}
 */
public record Extension(String name, String schema, String version, String comment) {

    public Extension {
        Objects.requireNonNull(name, "name");
    }
}
