package dev.atlasj.postgres.internal.diff;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/** Facts about canonical PostgreSQL type names ({@link dev.atlasj.postgres.PostgresTypes#canonical}) that the rules need. */
final class TypeNames {

    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * Names of the types in {@code pg_catalog} that a user might shadow with a type of the same name
     * in a schema: a bare name in this set always means the built-in type, which PostgreSQL finds
     * first on any search path.
     */
    static final Set<String> BUILT_IN = Set.of("bigint", "bit", "bool", "boolean", "box", "bpchar", "bytea",
            "\"char\"", "character", "cid", "cidr", "circle", "date", "datemultirange", "daterange", "float4",
            "float8", "gtsvector", "inet", "int2", "int4", "int4multirange", "int4range", "int8", "int8multirange",
            "int8range", "integer", "interval", "json", "jsonb", "jsonpath", "line", "lseg", "macaddr", "macaddr8",
            "money", "name", "nummultirange", "numeric", "numrange", "oid", "path", "pg_lsn", "point", "polygon",
            "real", "record", "refcursor", "regclass", "regcollation", "regconfig", "regdictionary", "regnamespace",
            "regoper", "regoperator", "regproc", "regprocedure", "regrole", "regtype", "smallint", "text", "tid",
            "timestamp", "timestamptz", "tsmultirange", "tsquery", "tsrange", "tstzmultirange", "tstzrange",
            "tsvector", "txid_snapshot", "uuid", "varbit", "varchar", "void", "xid", "xid8", "xml");

    private TypeNames() {
    }

    /** {@code type} without its modifier: {@code character varying(10)[]} → {@code character varying[]}. */
    static String withoutModifier(String type) {
        boolean quoted = false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '(' && !quoted) {
                int close = type.indexOf(')', i);
                return close < 0 ? type : type.substring(0, i) + type.substring(close + 1);
            }
        }
        return type;
    }

    static boolean isArray(String type) {
        return type.endsWith("[]");
    }

    static String element(String arrayType) {
        return arrayType.substring(0, arrayType.length() - 2);
    }

    static boolean isNumber(String type) {
        return NUMBERS.contains(withoutModifier(type));
    }

    static boolean isBoolean(String type) {
        return type.equals("boolean");
    }

    static boolean isVarchar(String type) {
        return withoutModifier(type).equals("character varying");
    }

    /**
     * Whether a constant cast to {@code castType} and the same constant coerced to a column (or an
     * operand) of type {@code target} have the same value: the same type, the same type without the
     * target's modifier (which assignment applies anyway), {@code bpchar} for {@code character(n)},
     * {@code text} for {@code text} and {@code character varying}; element-wise for arrays.
     */
    static boolean compatible(String castType, String target) {
        if (castType.equals(target)) {
            return true;
        }
        if (isArray(castType) || isArray(target)) {
            return isArray(castType) && isArray(target) && compatible(element(castType), element(target));
        }
        String base = withoutModifier(target);
        return castType.equals(base)
                || (castType.equals("bpchar") && base.equals("character"))
                || (castType.equals("text") && base.equals("character varying"));
    }

    /**
     * The type PostgreSQL gives {@code text} written as a bare numeric constant, or {@code null} when
     * it is not one: {@code integer} when it fits, then {@code bigint}, otherwise {@code numeric}.
     */
    static String naturalType(String text) {
        if (INTEGER_TEXT.matcher(text).matches()) {
            BigInteger value = new BigInteger(text);
            if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
                return "integer";
            }
            return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? "bigint" : "numeric";
        }
        return DECIMAL_TEXT.matcher(text).matches() ? "numeric" : null;
    }

    /** Whether {@code text} is a value of the numeric type {@code type} that can be written as a bare constant. */
    static boolean isNumberOf(String text, String type) {
        String base = withoutModifier(type);
        return INTEGERS.contains(base) ? INTEGER_TEXT.matcher(text).matches() : DECIMAL_TEXT.matcher(text).matches();
    }

    /** The value of {@code text} as PostgreSQL reads it for {@code boolean}, or {@code null} when it is not one. */
    static Boolean booleanValue(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if ("true".startsWith(s) || "yes".startsWith(s) || s.equals("on") || s.equals("1")) {
            return Boolean.TRUE;
        }
        if ("false".startsWith(s) || "no".startsWith(s) || (s.length() >= 2 && "off".startsWith(s)) || s.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }
}
