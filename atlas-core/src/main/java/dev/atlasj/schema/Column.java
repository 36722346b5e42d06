package dev.atlasj.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name the column name, unquoted
 * @param type the data type
 * @param nullable whether the column accepts NULL
 * @param defaultExpression the DEFAULT expression as the database prints it, or {@code null}
 * @param generated the generation rule of a computed column, or {@code null}
 * @param collation the collation when one is set on the column, or {@code null}
 * @param comment the column comment, or {@code null}
 * @param attributes dialect detail, such as a PostgreSQL identity
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        String defaultExpression,
        Generated generated,
        String collation,
        String comment,
        Attributes attributes) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    /** A nullable column with no default and no other detail. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, null, null, null, Attributes.empty());
    }

    public Column withName(String name) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public Column withType(ColumnType type) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public Column withNullable(boolean nullable) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public Column withDefault(String defaultExpression) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public Column withGenerated(Generated generated) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public Column withCollation(String collation) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public Column withComment(String comment) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public Column withAttributes(Attributes attributes) {
        return new Column(name, type, nullable, defaultExpression, generated, collation, comment, attributes);
    }

    public <T> Column with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }
}
