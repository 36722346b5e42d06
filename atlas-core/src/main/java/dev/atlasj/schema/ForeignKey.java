package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign-key constraint.
 *
 * @param name the constraint name
 * @param columns the referencing columns, in key order
 * @param refSchema the schema of the referenced table
 * @param refTable the referenced table
 * @param refColumns the referenced columns, matched by position with {@code columns}
 * @param onUpdate the action on update of the referenced key
 * @param onDelete the action on delete of the referenced row
 * @param attributes dialect detail: MATCH type, DEFERRABLE, INITIALLY DEFERRED, NOT VALID
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String refSchema,
        String refTable,
        List<String> refColumns,
        ReferentialAction onUpdate,
        ReferentialAction onDelete,
        Attributes attributes) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(refTable, "refTable");
        refColumns = List.copyOf(refColumns);
        if (columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + refColumns.size());
        }
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    public ForeignKey withName(String name) {
        return new ForeignKey(name, columns, refSchema, refTable, refColumns, onUpdate, onDelete, attributes);
    }

    public ForeignKey withAttributes(Attributes attributes) {
        return new ForeignKey(name, columns, refSchema, refTable, refColumns, onUpdate, onDelete, attributes);
    }

    public <T> ForeignKey with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }
}
