package dev.atlasj.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical spelling of MySQL and MariaDB column types, so that two spellings of one type compare
 * equal.
 *
 * <p>Rules, each the server's own reading of the type:
 * <ul>
 *   <li>keywords are lower case and single-spaced; {@code signed} is dropped;</li>
 *   <li>synonyms take their base name: {@code integer}/{@code int4} → {@code int}, {@code int1} →
 *       {@code tinyint}, {@code int2} → {@code smallint}, {@code int3}/{@code middleint} →
 *       {@code mediumint}, {@code int8} → {@code bigint}, {@code dec}/{@code numeric}/{@code fixed} →
 *       {@code decimal}, {@code real}/{@code double precision}/{@code float8} → {@code double},
 *       {@code float4} → {@code float}, {@code character} → {@code char}, {@code character varying}
 *       and the {@code national} forms → {@code varchar}/{@code char}, {@code long}/{@code long varchar}
 *       → {@code mediumtext}, {@code long varbinary} → {@code mediumblob}, {@code char byte} →
 *       {@code binary};</li>
 *   <li>{@code bool}/{@code boolean} → {@code tinyint(1)}; {@code serial} → {@code bigint unsigned};</li>
 *   <li>integer display widths are dropped ({@code int(11)} ≡ {@code int}), except {@code tinyint(1)},
 *       which marks a boolean, and with {@code zerofill}, where the width is significant and defaults
 *       to the type's unsigned width ({@code int zerofill} ≡ {@code int(10) unsigned zerofill});</li>
 *   <li>{@code zerofill} implies {@code unsigned}, written in that order after the arguments;</li>
 *   <li>default arguments are spelled out or dropped as the server does: {@code decimal} →
 *       {@code decimal(10,0)}, {@code decimal(5)} → {@code decimal(5,0)}, {@code char} → {@code char(1)},
 *       {@code binary} → {@code binary(1)}, {@code bit} → {@code bit(1)}, {@code float(p)} →
 *       {@code float} for p ≤ 24 and {@code double} above, {@code datetime(0)} → {@code datetime},
 *       {@code year(4)} → {@code year};</li>
 *   <li>{@code enum} and {@code set} members keep their order and are written {@code 'a','b'}: single
 *       quotes, a quote doubled, a backslash doubled, no spaces.</li>
 * </ul>
 * Types this class does not know ({@code json}, {@code geometry}, MariaDB's {@code inet6}, …) are
 * lower-cased with their arguments kept. A character set or collation is not part of the type but a
 * column attribute ({@link MySqlAttributes#CHARSET}, {@link dev.atlasj.schema.Column#collation()}),
 * and a type that carries one is refused. Canonicalizing a canonical form returns it unchanged.
 */
public final class MySqlTypes {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int1", "tinyint"),
            Map.entry("int2", "smallint"), Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"),
            Map.entry("int8", "bigint"), Map.entry("dec", "decimal"), Map.entry("numeric", "decimal"),
            Map.entry("fixed", "decimal"), Map.entry("real", "double"), Map.entry("double precision", "double"),
            Map.entry("float8", "double"), Map.entry("float4", "float"), Map.entry("character", "char"),
            Map.entry("nchar", "char"), Map.entry("national char", "char"), Map.entry("national character", "char"),
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("nvarchar", "varchar"), Map.entry("national varchar", "varchar"),
            Map.entry("nchar varchar", "varchar"), Map.entry("nchar varying", "varchar"),
            Map.entry("national char varying", "varchar"), Map.entry("national character varying", "varchar"),
            Map.entry("long", "mediumtext"), Map.entry("long varchar", "mediumtext"),
            Map.entry("long varbinary", "mediumblob"), Map.entry("char byte", "binary"));

    /** The display width each integer type gets with {@code zerofill} when none is given (its unsigned width). */
    private static final Map<String, Integer> ZEROFILL_WIDTHS = Map.of(
            "tinyint", 3, "smallint", 5, "mediumint", 8, "int", 10, "bigint", 20);

    private MySqlTypes() {
    }

    /**
     * The canonical spelling of {@code type}.
     *
     * @throws IllegalArgumentException when {@code type} is not a column type MySQL could read, or
     *     carries a character set or collation
     */
    public static String canonical(String type) {
        Parsed parsed = Parsed.of(type);
        String name = SYNONYMS.getOrDefault(parsed.name, parsed.name);
        boolean unsigned = parsed.unsigned || parsed.zerofill;
        List<String> arguments = parsed.arguments;
        switch (name) {
            case "bool", "boolean" -> {
                name = "tinyint";
                arguments = List.of("1");
            }
            case "serial" -> {
                name = "bigint";
                unsigned = true;
            }
            case "tinyint", "smallint", "mediumint", "int", "bigint" -> {
                if (parsed.zerofill) {
                    arguments = arguments == null ? List.of(String.valueOf(ZEROFILL_WIDTHS.get(name))) : arguments;
                } else if (!(name.equals("tinyint") && List.of("1").equals(arguments))) {
                    arguments = null;
                }
            }
            case "decimal" -> arguments = arguments == null ? List.of("10", "0")
                    : arguments.size() == 1 ? List.of(arguments.get(0), "0") : arguments;
            case "float" -> {
                if (arguments != null && arguments.size() == 1) {
                    name = Integer.parseInt(arguments.get(0)) > 24 ? "double" : "float";
                    arguments = null;
                }
            }
            case "char", "binary", "bit" -> arguments = arguments == null ? List.of("1") : arguments;
            case "datetime", "timestamp", "time" -> arguments = List.of("0").equals(arguments) ? null : arguments;
            case "year" -> arguments = List.of("4").equals(arguments) ? null : arguments;
            case "enum", "set" -> arguments = parsed.members.stream().map(MySqlTypes::quote).toList();
            default -> {
            }
        }
        StringBuilder out = new StringBuilder(name);
        if (arguments != null) {
            out.append('(').append(String.join(",", arguments)).append(')');
        }
        if (unsigned) {
            out.append(" unsigned");
        }
        if (parsed.zerofill) {
            out.append(" zerofill");
        }
        return out.toString();
    }

    /**
     * The members of an {@code enum} or {@code set} type, unquoted, in their order.
     *
     * @throws IllegalArgumentException when {@code type} is not an enum or set type
     */
    public static List<String> members(String type) {
        Parsed parsed = Parsed.of(type);
        if (!parsed.name.equals("enum") && !parsed.name.equals("set")) {
            throw new IllegalArgumentException("not an enum or set type: \"" + type + "\"");
        }
        return parsed.members;
    }

    /**
     * {@code value} as a MySQL string literal, as MariaDB prints one: single quotes, a quote doubled, a
     * backslash doubled, and newline, carriage return, tab, NUL and Ctrl-Z as {@code \n}, {@code \r},
     * {@code \t}, {@code \0} and {@code \Z}.
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> out.append("''");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> out.append("\\0");
                case '\u001a' -> out.append("\\Z");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    private static IllegalArgumentException unreadable(String type, String why) {
        return new IllegalArgumentException("not a MySQL column type: \"" + type + "\" (" + why + ")");
    }

    /** A type split into its name, its arguments (or enum/set members) and its modifiers. */
    private static final class Parsed {
        String name;
        List<String> arguments;
        List<String> members = List.of();
        boolean unsigned;
        boolean zerofill;

        static Parsed of(String type) {
            Parsed parsed = new Parsed();
            String text = type.strip();
            int pos = 0;
            List<String> words = new ArrayList<>();
            String inside = null;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '(') {
                    if (inside != null || words.isEmpty() || parsed.name != null) {
                        throw unreadable(type, "arguments in the wrong place");
                    }
                    int close = closingParenthesis(type, text, pos);
                    inside = text.substring(pos + 1, close);
                    parsed.name = String.join(" ", words);
                    words.clear();
                    pos = close + 1;
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    int start = pos;
                    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                        pos++;
                    }
                    words.add(text.substring(start, pos).toLowerCase(Locale.ROOT));
                } else {
                    throw unreadable(type, "unexpected '" + c + "'");
                }
            }
            int modifiersStart = parsed.name == null ? firstModifier(words) : 0;
            if (parsed.name == null) {
                parsed.name = String.join(" ", words.subList(0, modifiersStart));
            }
            if (parsed.name.isEmpty()) {
                throw unreadable(type, "no type name");
            }
            for (String modifier : words.subList(modifiersStart, words.size())) {
                switch (modifier) {
                    case "unsigned" -> parsed.unsigned = true;
                    case "zerofill" -> parsed.zerofill = true;
                    case "signed" -> {
                    }
                    case "character", "charset", "collate", "set", "binary", "ascii", "unicode" -> throw unreadable(type,
                            "a character set or collation is a column attribute, not part of the type");
                    default -> throw unreadable(type, "unknown modifier \"" + modifier + "\"");
                }
            }
            if (inside != null) {
                if (parsed.name.equals("enum") || parsed.name.equals("set")) {
                    parsed.members = members(type, inside);
                } else {
                    parsed.arguments = arguments(type, inside);
                }
            } else if (parsed.name.equals("enum") || parsed.name.equals("set")) {
                throw unreadable(type, "an " + parsed.name + " needs its members");
            }
            return parsed;
        }

        /** Where the type name ends and its modifiers begin, in words read without arguments. */
        private static int firstModifier(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean characterSet = word.equals("character") && i + 1 < words.size() && words.get(i + 1).equals("set");
                if (i > 0 && (characterSet || List.of("unsigned", "signed", "zerofill", "charset", "collate").contains(word))) {
                    return i;
                }
            }
            return words.size();
        }

        private static int closingParenthesis(String type, String text, int open) {
            char quote = 0;
            for (int i = open + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == ')') {
                    return i;
                }
            }
            throw unreadable(type, "unclosed parenthesis or quote");
        }

        private static List<String> arguments(String type, String inside) {
            List<String> arguments = new ArrayList<>();
            for (String argument : inside.split(",", -1)) {
                String trimmed = argument.strip();
                if (!trimmed.chars().allMatch(Character::isDigit) || trimmed.isEmpty()) {
                    throw unreadable(type, "arguments must be numbers");
                }
                arguments.add(String.valueOf(Long.parseLong(trimmed)));
            }
            return List.copyOf(arguments);
        }

        /** The quoted members of an enum or set: {@code 'a', "b", 'it''s', 'back\\slash'}. */
        private static List<String> members(String type, String inside) {
            List<String> members = new ArrayList<>();
            int pos = 0;
            while (true) {
                while (pos < inside.length() && Character.isWhitespace(inside.charAt(pos))) {
                    pos++;
                }
                if (pos == inside.length() || (inside.charAt(pos) != '\'' && inside.charAt(pos) != '"')) {
                    throw unreadable(type, "members must be quoted strings");
                }
                char quote = inside.charAt(pos++);
                StringBuilder member = new StringBuilder();
                while (true) {
                    if (pos >= inside.length()) {
                        throw unreadable(type, "unclosed quote");
                    }
                    char c = inside.charAt(pos++);
                    if (c == '\\' && pos < inside.length()) {
                        member.append(unescape(inside.charAt(pos++)));
                    } else if (c == quote && pos < inside.length() && inside.charAt(pos) == quote) {
                        member.append(quote);
                        pos++;
                    } else if (c == quote) {
                        break;
                    } else {
                        member.append(c);
                    }
                }
                members.add(member.toString());
                while (pos < inside.length() && Character.isWhitespace(inside.charAt(pos))) {
                    pos++;
                }
                if (pos == inside.length()) {
                    return List.copyOf(members);
                }
                if (inside.charAt(pos++) != ',') {
                    throw unreadable(type, "members must be separated by commas");
                }
            }
        }

        private static char unescape(char c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case '0' -> '\0';
                case 'Z' -> '\u001a';
                default -> c;
            };
        }
    }
}
