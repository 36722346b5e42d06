package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A table's primary key.
 *
 * @param name the constraint name, or {@code null} when the database names it implicitly
 * @param columns the key columns in key order
 * @param attributes dialect detail, such as PostgreSQL's DEFERRABLE
 */
public record PrimaryKey(String name, List<String> columns, Attributes attributes) {

    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    public static PrimaryKey of(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns), Attributes.empty());
    }

    public PrimaryKey withName(String name) {
        return new PrimaryKey(name, columns, attributes);
    }

    public PrimaryKey withAttributes(Attributes attributes) {
        return new PrimaryKey(name, columns, attributes);
    }
}
