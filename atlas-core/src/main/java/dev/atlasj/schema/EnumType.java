package dev.atlasj.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An enumerated type with its labels in their sort order (PostgreSQL {@code CREATE TYPE … AS ENUM}).
 *
 * @param name the type name
 * @param values the labels, in order
 * @param comment the comment, or {@code null}
 */
public record EnumType(String name, List<String> values, String comment) implements SchemaObject {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("enum " + name + " repeats a value: " + values);
        }
    }

    public static EnumType of(String name, String... values) {
        return new EnumType(name, List.of(values), null);
    }

    public EnumType withComment(String comment) {
        return new EnumType(name, values, comment);
    }
}
