package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.ColumnType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How {@code ALTER COLUMN … TYPE} converts a column's values, and whether it needs a {@code USING}
 * clause to do so.
 *
 * <p>Without {@code USING}, PostgreSQL converts with an assignment cast, and refuses when there is
 * none ("column cannot be cast automatically"). Assignment casts are the safe kind: a value that
 * does not fit (a string too long, a number out of range) is an error, whereas an explicit cast
 * would truncate a string silently. So {@code USING} is written only where PostgreSQL has no
 * assignment cast: the built-in ones are listed here, as {@code pg_cast} holds them (context
 * {@code a} or {@code i}), together with the rule that anything converts to a string type.
 */
record TypeConversion(ColumnType from, ColumnType to) {

    /** Spellings that {@code format_type} writes otherwise, folded to its spelling. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("int4", "integer"), Map.entry("int", "integer"),
            Map.entry("int8", "bigint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"), Map.entry("varchar", "character varying"),
            Map.entry("char", "character"), Map.entry("bpchar", "character"), Map.entry("varbit", "bit varying"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"));

    private static final Set<String> STRINGS = Set.of("text", "character varying", "character");

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");

    /** Built-in assignment and implicit casts between types of different families, source to targets. */
    private static final Map<String, Set<String>> CASTS = Map.ofEntries(
            Map.entry("\"char\"", STRINGS),
            Map.entry("name", STRINGS),
            Map.entry("bigint", Set.of("money")),
            Map.entry("integer", Set.of("money")),
            Map.entry("numeric", Set.of("money")),
            Map.entry("money", Set.of("numeric")),
            Map.entry("bit", Set.of("bit varying")),
            Map.entry("bit varying", Set.of("bit")),
            Map.entry("cidr", Set.of("inet")),
            Map.entry("inet", Set.of("cidr")),
            Map.entry("macaddr", Set.of("macaddr8")),
            Map.entry("macaddr8", Set.of("macaddr")),
            Map.entry("json", Set.of("jsonb")),
            Map.entry("jsonb", Set.of("json")),
            Map.entry("date", Set.of("timestamp without time zone", "timestamp with time zone")),
            Map.entry("timestamp without time zone", Set.of("date", "time without time zone",
                    "timestamp with time zone")),
            Map.entry("timestamp with time zone", Set.of("date", "time without time zone",
                    "timestamp without time zone", "time with time zone")),
            Map.entry("time without time zone", Set.of("interval", "time with time zone")),
            Map.entry("time with time zone", Set.of("time without time zone")),
            Map.entry("interval", Set.of("time without time zone")));

    /** Built-in casts that only an explicit cast runs, source to targets (besides those from a string type). */
    private static final Map<String, Set<String>> EXPLICIT_CASTS = Map.of(
            "integer", Set.of("boolean", "bit"),
            "bigint", Set.of("bit"),
            "bit", Set.of("integer", "bigint"),
            "boolean", Set.of("integer"),
            "jsonb", Set.of("boolean", "smallint", "integer", "bigint", "numeric", "real", "double precision"));

    /** Whether PostgreSQL needs a {@code USING} clause to convert the column's values. */
    boolean needsUsing() {
        Type source = Type.of(from);
        Type target = Type.of(to);
        if (target.isString() && !target.array()) {
            return false;
        }
        return source.array() != target.array() || !assignable(source.base(), target.base());
    }

    /**
     * The {@code USING} expression: the column cast to the new type, directly when PostgreSQL has a
     * cast between the two types (every type converts from a string type by reading its text), through
     * {@code text} otherwise: an enum's values convert to another enum by name, and any value can be
     * tried in its text form.
     */
    String using(String column) {
        Type source = Type.of(from);
        Type target = Type.of(to);
        boolean direct = source.isString() && (!source.array() || target.array())
                || source.array() == target.array() && (assignable(source.base(), target.base())
                        || EXPLICIT_CASTS.getOrDefault(source.base(), Set.of()).contains(target.base()));
        String text = direct ? "" : source.array() && target.array() ? "::text[]" : "::text";
        return PostgresIdentifiers.quote(column) + text + "::" + to.raw();
    }

    private static boolean assignable(String source, String target) {
        return source.equals(target)
                || STRINGS.contains(target)
                || NUMBERS.contains(source) && NUMBERS.contains(target)
                || CASTS.getOrDefault(source, Set.of()).contains(target);
    }

    /**
     * A type reduced to what decides its casts: its name in {@code format_type}'s spelling, without
     * length, precision or array brackets, and whether it is an array.
     */
    private record Type(String base, boolean array) {

        static Type of(ColumnType type) {
            String name = type.canonical().trim();
            boolean array = name.endsWith("]");
            if (array) {
                name = name.substring(0, name.indexOf('[')).trim();
            }
            name = name.replaceAll("\\s*\\([^)]*\\)", "");
            if (!name.contains("\"")) {
                name = name.toLowerCase(Locale.ROOT);
            }
            return new Type(ALIASES.getOrDefault(name, name), array);
        }

        boolean isString() {
            return STRINGS.contains(base);
        }
    }
}
