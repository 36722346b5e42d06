package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.Identity;
import dev.atlasj.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbers of a sequence, standalone or behind an identity column, and the clauses that spell
 * those that differ from what PostgreSQL picks for the sequence's type and direction.
 *
 * @param type the value type, as written ({@code int4}, {@code integer}, {@code bigint}…)
 */
record SequenceOptions(String type, long start, long increment, long min, long max, long cache, boolean cycle) {

    static SequenceOptions of(Sequence sequence) {
        return new SequenceOptions(sequence.dataType(), sequence.start(), sequence.increment(), sequence.minValue(),
                sequence.maxValue(), sequence.cache(), sequence.cycle());
    }

    static SequenceOptions of(Identity identity, String columnType) {
        return new SequenceOptions(columnType, identity.start(), identity.increment(), identity.minValue(),
                identity.maxValue(), identity.cache(), identity.cycle());
    }

    /**
     * {@code START WITH}, {@code INCREMENT BY}, {@code MINVALUE}, {@code MAXVALUE}, {@code CACHE}
     * and {@code CYCLE} for the options that are not the default; every number when the type is
     * not one whose range is known here.
     */
    List<String> clauses() {
        Range range = Range.of(type);
        boolean ascending = increment > 0;
        List<String> clauses = new ArrayList<>();
        if (start != (ascending ? min : max)) {
            clauses.add("START WITH " + start);
        }
        if (increment != 1) {
            clauses.add("INCREMENT BY " + increment);
        }
        if (range == null || min != (ascending ? 1 : range.min())) {
            clauses.add("MINVALUE " + min);
        }
        if (range == null || max != (ascending ? range.max() : -1)) {
            clauses.add("MAXVALUE " + max);
        }
        if (cache != 1) {
            clauses.add("CACHE " + cache);
        }
        if (cycle) {
            clauses.add("CYCLE");
        }
        return clauses;
    }

    /**
     * The clauses that change a sequence with the options {@code from} into one with these:
     * {@code INCREMENT BY}, {@code MINVALUE}, {@code MAXVALUE}, {@code START WITH}, {@code CACHE},
     * {@code [NO] CYCLE}, each only when its value differs. The type is not among them: a
     * standalone sequence changes it with {@code AS}, an identity with its column.
     */
    List<String> changesFrom(SequenceOptions from) {
        List<String> clauses = new ArrayList<>();
        if (increment != from.increment) {
            clauses.add("INCREMENT BY " + increment);
        }
        if (min != from.min) {
            clauses.add("MINVALUE " + min);
        }
        if (max != from.max) {
            clauses.add("MAXVALUE " + max);
        }
        if (start != from.start) {
            clauses.add("START WITH " + start);
        }
        if (cache != from.cache) {
            clauses.add("CACHE " + cache);
        }
        if (cycle != from.cycle) {
            clauses.add(cycle ? "CYCLE" : "NO CYCLE");
        }
        return clauses;
    }

    /** Whether the type is {@code bigint}, the type of a sequence created without {@code AS}. */
    boolean bigint() {
        return Range.of(type) == Range.BIGINT;
    }

    private enum Range {
        SMALLINT(Short.MIN_VALUE, Short.MAX_VALUE),
        INTEGER(Integer.MIN_VALUE, Integer.MAX_VALUE),
        BIGINT(Long.MIN_VALUE, Long.MAX_VALUE);

        private final long min;
        private final long max;

        Range(long min, long max) {
            this.min = min;
            this.max = max;
        }

        long min() {
            return min;
        }

        long max() {
            return max;
        }

        static Range of(String type) {
            return switch (type.trim().toLowerCase(Locale.ROOT)) {
                case "smallint", "int2" -> SMALLINT;
                case "integer", "int", "int4" -> INTEGER;
                case "bigint", "int8" -> BIGINT;
                default -> null;
            };
        }
    }
}
