package dev.atlasj.postgres;

import java.util.Objects;

/**
 * A PostgreSQL identity column ({@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}) and the options of
 * the sequence behind it.
 *
 * @param generation {@code ALWAYS} or {@code BY DEFAULT}
 * @param start the first value
 * @param increment the step
 * @param minValue the lowest value
 * @param maxValue the highest value
 * @param cache how many values a session preallocates
 * @param cycle whether the sequence wraps around
 */
public record Identity(Generation generation, long start, long increment, long minValue, long maxValue, long cache,
        boolean cycle) {

    /** When the identity value is generated. */
    public enum Generation {
        ALWAYS("ALWAYS"),
        BY_DEFAULT("BY DEFAULT");

        private final String sql;

        Generation(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public Identity {
        Objects.requireNonNull(generation, "generation");
    }
}
