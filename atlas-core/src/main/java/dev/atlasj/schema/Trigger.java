package dev.atlasj.schema;

import java.util.Objects;

/**
 * A trigger on a table or view.
 *
 * @param name the trigger name, unique per table
 * @param table the table or view it fires on, in the same schema
 * @param definition the full CREATE TRIGGER statement as the database prints it
 * @param comment the comment, or {@code null}
 * @param attributes dialect detail: timing, events, enabled state
 */
public record Trigger(String name, String table, String definition, String comment, Attributes attributes) implements SchemaObject {

    public Trigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(definition, "definition");
        attributes = attributes == null ? Attributes.empty() : attributes;
    }
}
