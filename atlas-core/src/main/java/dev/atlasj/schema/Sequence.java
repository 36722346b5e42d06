package dev.atlasj.schema;

import java.util.Objects;

/**
 * A sequence generator, standalone or owned by a column.
 *
 * <p>Sequences that back identity columns are part of the column, not of the schema, and never
 * appear here.
 *
 * @param name the sequence name
 * @param dataType the value type: {@code smallint}, {@code integer} or {@code bigint}
 * @param start the first value
 * @param increment the step between values (negative for descending sequences)
 * @param minValue the lowest value
 * @param maxValue the highest value
 * @param cache how many values a session preallocates
 * @param cycle whether the sequence wraps around at its limit
 * @param ownedBy the column that owns the sequence (dropped with it), or {@code null}
 * @param comment the comment, or {@code null}
 * @param attributes dialect detail
 */
public record Sequence(
        String name,
        String dataType,
        long start,
        long increment,
        long minValue,
        long maxValue,
        long cache,
        boolean cycle,
        Owner ownedBy,
        String comment,
        Attributes attributes) implements SchemaObject {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has an increment of 0");
        }
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    /** A {@code bigint} sequence with PostgreSQL's defaults: start 1, step 1, no cycling. */
    public static Sequence of(String name) {
        return new Sequence(name, "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null, null, Attributes.empty());
    }

    public Sequence withOwnedBy(Owner ownedBy) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedBy, comment, attributes);
    }

    public Sequence withComment(String comment) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedBy, comment, attributes);
    }

    /**
     * The column a sequence belongs to.
     *
     * @param table the owning table, in the sequence's schema
     * @param column the owning column
     */
    public record Owner(String table, String column) {
        public Owner {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }
    }
}
