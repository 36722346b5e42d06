package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view.
 *
 * @param name the view name
 * @param definition the query, as the database prints it
 * @param materialized whether this is a materialized view
 * @param indexes indexes on a materialized view (always empty for plain views)
 * @param comment the comment, or {@code null}
 * @param attributes dialect detail: check option, security, algorithm
 */
public record View(
        String name,
        String definition,
        boolean materialized,
        List<Index> indexes,
        String comment,
        Attributes attributes) implements SchemaObject {

    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        indexes = Named.sorted(indexes, Index::name);
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    public static View of(String name, String definition) {
        return new View(name, definition, false, List.of(), null, Attributes.empty());
    }
}
