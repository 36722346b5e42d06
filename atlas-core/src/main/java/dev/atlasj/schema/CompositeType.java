package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A composite (row) type.
 *
 * @param name the type name
 * @param fields the fields in declaration order
 * @param comment the comment, or {@code null}
 */
public record CompositeType(String name, List<Field> fields, String comment) implements SchemaObject {

    public CompositeType {
        Objects.requireNonNull(name, "name");
        fields = Named.unique("field", "type " + name, List.copyOf(fields), Field::name);
    }

    /**
     * One field of a composite type.
     *
     * @param name the field name
     * @param type its type
     * @param collation its collation, or {@code null}
     */
    public record Field(String name, ColumnType type, String collation) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
