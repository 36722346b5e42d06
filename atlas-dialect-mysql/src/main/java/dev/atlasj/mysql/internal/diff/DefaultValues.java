package dev.atlasj.mysql.internal.diff;

import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.mysql.internal.Parentheses;
import dev.atlasj.mysql.internal.StringLiterals;
import dev.atlasj.mysql.internal.TypeNames;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column defaults in the form MariaDB prints them, which is the form the inspector gives for both
 * flavors: a number bare and with the column's scale ({@code 1.50} for {@code decimal(5,2)}), a
 * boolean as {@code 1} or {@code 0}, a bit value as {@code b'101'}, a string or temporal value quoted
 * ({@code 'it''s'}, {@code '2020-01-01 00:00:00.000'} for {@code datetime(3)}), every spelling of the
 * current time as {@code CURRENT_TIMESTAMP} or {@code CURRENT_TIMESTAMP(n)}, {@code NULL} as no default,
 * and an expression without the parentheses MySQL requires around it when it is a function call or
 * a literal ({@code (uuid())} is {@code uuid()}). What it does not recognize it leaves as it is.
 */
final class DefaultValues {

    private static final Pattern CURRENT_TIMESTAMP =
            Pattern.compile("(?i)(?:current_timestamp|now|localtimestamp|localtime)(?:\\(\\s*(\\d*)\\s*\\))?");
    private static final Pattern FUNCTION_CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s*\\(.*\\)", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:\\.(\\d*))?)?");
    private static final Pattern TIME = Pattern.compile("(-?\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}))?(?:\\.(\\d*))?");
    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint", "year");
    private static final Set<String> FLOATS = Set.of("float", "double");
    private static final Set<String> STRINGS = Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext",
            "enum", "set", "json");

    private DefaultValues() {
    }

    /** {@code CURRENT_TIMESTAMP} or {@code CURRENT_TIMESTAMP(n)} when {@code value} spells the current time, else {@code null}. */
    static String currentTimestamp(String value) {
        Matcher m = CURRENT_TIMESTAMP.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        String precision = m.group(1);
        return precision == null || precision.isEmpty() || Integer.parseInt(precision) == 0
                ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + Integer.parseInt(precision) + ")";
    }

    /** The canonical form of default {@code value} on a column of canonical type {@code type}. */
    static String canonical(String value, String type) {
        if (value == null) {
            return null;
        }
        String v = unwrap(value.strip());
        if (v.equalsIgnoreCase("null")) {
            return null;
        }
        String now = currentTimestamp(v);
        if (now != null) {
            return now;
        }
        String name = TypeNames.of(type);
        String literal = literal(v);
        String canonical = literal == null ? null : ofType(literal, name, type, StringLiterals.isQuoted(v));
        return canonical != null ? canonical : v;
    }

    /** The value of a literal ({@code 'a'}, {@code "a"}, {@code 12}, {@code TRUE}), unquoted, or {@code null} for anything else. */
    private static String literal(String v) {
        if (StringLiterals.isQuoted(v)) {
            return StringLiterals.value(v);
        }
        if (v.equalsIgnoreCase("true")) {
            return "1";
        }
        if (v.equalsIgnoreCase("false")) {
            return "0";
        }
        return number(v) != null ? v : null;
    }

    private static String ofType(String literal, String name, String type, boolean quoted) {
        if (INTEGERS.contains(name)) {
            BigDecimal n = number(literal);
            return n != null && n.stripTrailingZeros().scale() <= 0 ? n.toBigIntegerExact().toString() : null;
        }
        if (name.equals("decimal")) {
            BigDecimal n = number(literal);
            int scale = scale(type);
            return n != null && n.stripTrailingZeros().scale() <= scale ? n.setScale(scale).toPlainString() : null;
        }
        if (FLOATS.contains(name)) {
            BigDecimal n = number(literal);
            return n != null && n.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) < 0
                    ? plain(n.stripTrailingZeros()) : null;
        }
        if (name.equals("bit") && !quoted) {
            BigDecimal n = number(literal);
            return n != null && n.signum() >= 0 && n.scale() <= 0 ? "b'" + n.toBigIntegerExact().toString(2) + "'" : null;
        }
        if (STRINGS.contains(name)) {
            return MySqlTypes.quote(literal);
        }
        if (name.equals("date")) {
            Matcher m = DATE.matcher(literal);
            return m.matches() ? MySqlTypes.quote(date(m)) : MySqlTypes.quote(literal);
        }
        if (name.equals("datetime") || name.equals("timestamp")) {
            Matcher m = DATE_TIME.matcher(literal);
            if (!m.matches()) {
                return MySqlTypes.quote(literal);
            }
            return MySqlTypes.quote(date(m) + " " + pad(m.group(4)) + ":" + pad(m.group(5)) + ":" + pad(m.group(6))
                    + fraction(m.group(7), precision(type)));
        }
        if (name.equals("time")) {
            Matcher m = TIME.matcher(literal);
            if (!m.matches()) {
                return MySqlTypes.quote(literal);
            }
            return MySqlTypes.quote(pad(m.group(1)) + ":" + pad(m.group(2)) + ":" + pad(m.group(3))
                    + fraction(m.group(4), precision(type)));
        }
        return quoted ? MySqlTypes.quote(literal) : null;
    }

    /** {@code (x)} without its parentheses when {@code x} is a literal or a function call. */
    private static String unwrap(String v) {
        if (v.length() < 2 || v.charAt(0) != '(' || v.charAt(v.length() - 1) != ')' || !Parentheses.enclosed(v)) {
            return v;
        }
        String inner = v.substring(1, v.length() - 1).strip();
        return StringLiterals.isQuoted(inner) || number(inner) != null || FUNCTION_CALL.matcher(inner).matches()
                && Parentheses.enclosed(inner.substring(inner.indexOf('('))) ? inner : v;
    }

    private static BigDecimal number(String text) {
        String t = text.strip();
        if (t.isEmpty() || !(Character.isDigit(t.charAt(t.length() - 1)) || t.endsWith("."))) {
            return null;
        }
        try {
            return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal n) {
        return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }

    private static String date(Matcher m) {
        return m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
    }

    private static String pad(String part) {
        if (part == null) {
            return "00";
        }
        boolean negative = part.startsWith("-");
        String digits = negative ? part.substring(1) : part;
        return (negative ? "-" : "") + (digits.length() == 1 ? "0" + digits : digits);
    }

    private static String fraction(String digits, int precision) {
        if (precision == 0) {
            return "";
        }
        String d = digits == null ? "" : digits;
        return "." + (d.length() >= precision ? d.substring(0, precision) : d + "0".repeat(precision - d.length()));
    }

    private static int scale(String type) {
        String[] args = arguments(type);
        return args.length == 2 ? Integer.parseInt(args[1].strip()) : 0;
    }

    private static int precision(String type) {
        String[] args = arguments(type);
        return args.length == 1 ? Integer.parseInt(args[0].strip()) : 0;
    }

    private static String[] arguments(String type) {
        int open = type.indexOf('(');
        int close = type.indexOf(')');
        return open < 0 || close < open ? new String[0] : type.substring(open + 1, close).split(",");
    }
}
