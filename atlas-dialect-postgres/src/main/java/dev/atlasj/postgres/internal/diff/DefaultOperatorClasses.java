package dev.atlasj.postgres.internal.diff;

import java.util.Map;
import java.util.Set;

/**
 * The default operator classes of PostgreSQL's built-in index methods for the common built-in types
 * (as {@code pg_opclass.opcdefault} marks them), so that {@code USING btree (a int4_ops)} and
 * {@code (a)} compare equal. Types and methods not listed here keep their operator class as written.
 */
final class DefaultOperatorClasses {

    /** The name stem of the default btree and hash operator class of each type: {@code int4} for {@code int4_ops}. */
    private static final Map<String, String> STEMS = Map.ofEntries(
            Map.entry("smallint", "int2"), Map.entry("integer", "int4"), Map.entry("bigint", "int8"),
            Map.entry("real", "float4"), Map.entry("double precision", "float8"), Map.entry("numeric", "numeric"),
            Map.entry("text", "text"), Map.entry("character varying", "text"), Map.entry("character", "bpchar"),
            Map.entry("\"char\"", "char"), Map.entry("name", "name"), Map.entry("boolean", "bool"),
            Map.entry("bytea", "bytea"), Map.entry("date", "date"), Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("interval", "interval"),
            Map.entry("uuid", "uuid"), Map.entry("jsonb", "jsonb"), Map.entry("inet", "inet"), Map.entry("cidr", "inet"),
            Map.entry("macaddr", "macaddr"), Map.entry("macaddr8", "macaddr8"), Map.entry("oid", "oid"),
            Map.entry("pg_lsn", "pg_lsn"));

    /** Types with a default btree operator class but none for hash. */
    private static final Map<String, String> BTREE_ONLY_STEMS = Map.of("money", "money", "bit", "bit",
            "bit varying", "varbit", "tsvector", "tsvector", "tsquery", "tsquery");

    private static final Set<String> GIN_DEFAULTS = Set.of("jsonb_ops", "tsvector_ops");

    private DefaultOperatorClasses() {
    }

    /**
     * Whether {@code opclass} is the default operator class of index method {@code method} (null for
     * btree) for a column of canonical type {@code type}; {@code enumType} says whether that type is an enum.
     */
    static boolean isDefault(String method, String type, boolean enumType, String opclass) {
        String m = method == null ? "btree" : method;
        String base = TypeNames.withoutModifier(type);
        boolean array = TypeNames.isArray(base);
        switch (m) {
            case "btree", "hash" -> {
                if (array) {
                    return opclass.equals("array_ops");
                }
                if (enumType) {
                    return opclass.equals("enum_ops");
                }
                String stem = STEMS.get(base);
                if (stem == null && m.equals("btree")) {
                    stem = BTREE_ONLY_STEMS.get(base);
                }
                return stem != null && opclass.equals(stem + "_ops");
            }
            case "gin" -> {
                return array ? opclass.equals("array_ops") : GIN_DEFAULTS.contains(opclass)
                        && opclass.equals(STEMS.getOrDefault(base, BTREE_ONLY_STEMS.get(base)) + "_ops");
            }
            default -> {
                return false;
            }
        }
    }
}
