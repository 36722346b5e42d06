package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A table index, unique or not.
 *
 * @param name the index name
 * @param unique whether the index enforces uniqueness
 * @param parts the key parts in key order
 * @param comment the index comment, or {@code null}
 * @param attributes dialect detail: access method, partial predicate, INCLUDE columns, whether a
 *     UNIQUE constraint owns the index, storage parameters and the like
 */
public record Index(String name, boolean unique, List<IndexPart> parts, String comment, Attributes attributes) {

    public Index {
        Objects.requireNonNull(name, "name");
        parts = List.copyOf(parts);
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    /** A plain index over columns. */
    public static Index on(String name, String... columns) {
        return new Index(name, false, List.of(columns).stream().map(IndexPart::column).toList(), null, Attributes.empty());
    }

    /** A unique index over columns. */
    public static Index uniqueOn(String name, String... columns) {
        return on(name, columns).withUnique(true);
    }

    /** The names of the column parts, in key order; expression parts are left out. */
    public List<String> columns() {
        return parts.stream().filter(p -> p.column() != null).map(IndexPart::column).toList();
    }

    public Index withName(String name) {
        return new Index(name, unique, parts, comment, attributes);
    }

    public Index withUnique(boolean unique) {
        return new Index(name, unique, parts, comment, attributes);
    }

    public Index withParts(List<IndexPart> parts) {
        return new Index(name, unique, parts, comment, attributes);
    }

    public Index withComment(String comment) {
        return new Index(name, unique, parts, comment, attributes);
    }

    public Index withAttributes(Attributes attributes) {
        return new Index(name, unique, parts, comment, attributes);
    }

    public <T> Index with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }
}
