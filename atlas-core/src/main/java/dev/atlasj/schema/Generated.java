package dev.atlasj.schema;

import java.util.Objects;

/**
 * How a generated (computed) column gets its value.
 *
 * @param expression the generation expression, as the database prints it
 * @param stored {@code true} for STORED columns, {@code false} for VIRTUAL ones
 */
public record Generated(String expression, boolean stored) {

    public Generated {
        Objects.requireNonNull(expression, "expression");
    }

    /** A STORED generated column, the only kind PostgreSQL supports. */
    public static Generated stored(String expression) {
        return new Generated(expression, true);
    }
}
