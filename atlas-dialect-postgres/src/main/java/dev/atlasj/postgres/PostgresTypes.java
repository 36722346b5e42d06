package dev.atlasj.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical spelling of PostgreSQL data types, so that two spellings of one type compare equal.
 *
 * <p>The canonical form is the one {@code format_type} prints: {@code int4} and {@code int} become
 * {@code integer}, {@code varchar(20)} becomes {@code character varying(20)}, {@code timestamptz(3)}
 * becomes {@code timestamp(3) with time zone}, {@code int[][]} becomes {@code integer[]}. Unquoted
 * words are folded to lower case and spaces are normalized; user-defined type names keep their
 * schema and are quoted only where needed. Serial pseudo-types stand for their integer type.
 * Canonicalizing a canonical form returns it unchanged.
 */
public final class PostgresTypes {

    /** Keyword spellings (unquoted, lower case) and their canonical name. */
    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("int", "integer"),
            Map.entry("integer", "integer"),
            Map.entry("smallint", "smallint"),
            Map.entry("bigint", "bigint"),
            Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"),
            Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("real", "real"),
            Map.entry("double precision", "double precision"),
            Map.entry("boolean", "boolean"),
            Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"),
            Map.entry("character varying", "character varying"),
            Map.entry("char varying", "character varying"),
            Map.entry("national character varying", "character varying"),
            Map.entry("national char varying", "character varying"),
            Map.entry("nchar varying", "character varying"),
            Map.entry("character", "character"),
            Map.entry("char", "character"),
            Map.entry("national character", "character"),
            Map.entry("national char", "character"),
            Map.entry("nchar", "character"),
            Map.entry("bit varying", "bit varying"),
            Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("time without time zone", "time without time zone"),
            Map.entry("time with time zone", "time with time zone"));

    /** Names of built-in types in {@code pg_type} whose canonical spelling differs from the name. */
    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("int2", "smallint"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"),
            Map.entry("varbit", "bit varying"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"),
            Map.entry("timetz", "time with time zone"),
            Map.entry("char", "\"char\""));

    private PostgresTypes() {
    }

    /**
     * The canonical spelling of {@code type}.
     *
     * @throws IllegalArgumentException when {@code type} is not a type name PostgreSQL could read
     */
    public static String canonical(String type) {
        List<Token> tokens = Lexer.tokens(type);
        boolean array = false;
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind == Kind.ARRAY) {
            tokens.remove(tokens.size() - 1);
            array = true;
        }
        String base;
        try {
            base = base(type, tokens);
        } catch (NumberFormatException e) {
            throw unreadable(type);
        }
        return array ? base + "[]" : base;
    }

    private static String base(String type, List<Token> tokens) {
        String modifier = null;
        int modifierAt = -1;
        List<Token> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind == Kind.MODIFIER) {
                if (modifier != null) {
                    throw unreadable(type);
                }
                modifier = t.text;
                modifierAt = words.size();
            } else {
                words.add(t);
            }
        }
        if (words.isEmpty() || modifierAt == 0) {
            throw unreadable(type);
        }
        if (words.size() == 3 && words.get(1).kind == Kind.DOT) {
            Token schema = words.get(0);
            Token name = words.get(2);
            if (schema.kind == Kind.DOT || name.kind == Kind.DOT || (modifier != null && modifierAt != 3)) {
                throw unreadable(type);
            }
            if (schema.text.equals("pg_catalog")) {
                return builtin(TYPE_NAMES.getOrDefault(name.text, name.text), modifier);
            }
            return PostgresIdentifiers.qualify(schema.text, name.text) + (modifier == null ? "" : "(" + modifier + ")");
        }
        if (words.size() == 1 && words.get(0).kind == Kind.QUOTED) {
            String name = words.get(0).text;
            if (name.equals("bit") && modifier == null) {
                return "\"bit\"";
            }
            boolean bare = name.indexOf(' ') < 0 && isBareWords(name);
            return bare ? builtin(TYPE_NAMES.getOrDefault(name, name), modifier) : withModifier(quoted(name), modifier);
        }
        StringBuilder phrase = new StringBuilder();
        for (Token w : words) {
            if (w.kind != Kind.WORD) {
                throw unreadable(type);
            }
            phrase.append(phrase.length() == 0 ? "" : " ").append(w.text);
        }
        String spelled = phrase.toString();
        String name = KEYWORDS.getOrDefault(spelled, words.size() == 1 ? TYPE_NAMES.getOrDefault(spelled, spelled) : spelled);
        boolean modifierInside = modifierAt == 1 && (name.startsWith("time ") || name.startsWith("timestamp "));
        if (modifierAt != -1 && modifierAt != words.size() && !modifierInside) {
            throw unreadable(type);
        }
        return builtin(name, modifier);
    }

    /** Places the modifier and applies the defaults PostgreSQL applies to a built-in or unknown type. */
    private static String builtin(String name, String modifier) {
        switch (name) {
            case "float":
                return modifier == null || Integer.parseInt(modifier) > 24 ? "double precision" : "real";
            case "numeric":
                return modifier == null ? name : "numeric(" + (modifier.contains(",") ? modifier : modifier + ",0") + ")";
            case "character", "bit":
                return name + "(" + (modifier == null ? "1" : modifier) + ")";
            case "bpchar":
                return modifier == null ? name : "character(" + modifier + ")";
            case "time without time zone", "time with time zone", "timestamp without time zone",
                    "timestamp with time zone": {
                int space = name.indexOf(' ');
                return name.substring(0, space) + (modifier == null ? "" : "(" + modifier + ")") + name.substring(space);
            }
            default:
                return withModifier(isBareWords(name) ? name : quoted(name), modifier);
        }
    }

    /** Whether {@code name} reads as itself without quotes: lower-case words, or the quoted {@code "char"}. */
    private static boolean isBareWords(String name) {
        if (name.equals("\"char\"")) {
            return true;
        }
        if (name.isEmpty() || !(isLowerLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isLowerLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '$' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String withModifier(String name, String modifier) {
        return modifier == null ? name : name + "(" + modifier + ")";
    }

    private static IllegalArgumentException unreadable(String type) {
        return new IllegalArgumentException("not a PostgreSQL type name: \"" + type + "\"");
    }

    private enum Kind { WORD, QUOTED, DOT, MODIFIER, ARRAY }

    private record Token(Kind kind, String text) {
    }

    /** Splits a type name into words, quoted names, dots, one parenthesized modifier and array brackets. */
    private static final class Lexer {

        private final String text;
        private int pos;

        private Lexer(String text) {
            this.text = text;
        }

        static List<Token> tokens(String type) {
            Lexer lexer = new Lexer(type);
            List<Token> tokens = new ArrayList<>();
            Token t;
            while ((t = lexer.next()) != null) {
                tokens.add(t);
            }
            return tokens;
        }

        private Token next() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos == text.length()) {
                return null;
            }
            char c = text.charAt(pos);
            if (c == '"') {
                return quoted();
            }
            if (c == '.') {
                pos++;
                return new Token(Kind.DOT, ".");
            }
            if (c == '(') {
                return enclosed(')', Kind.MODIFIER);
            }
            if (c == '[') {
                return enclosed(']', Kind.ARRAY);
            }
            if (isWordChar(c)) {
                int start = pos;
                while (pos < text.length() && isWordChar(text.charAt(pos))) {
                    pos++;
                }
                String word = foldAscii(text.substring(start, pos));
                return word.equals("array") ? new Token(Kind.ARRAY, word) : new Token(Kind.WORD, word);
            }
            throw unreadable(text);
        }

        private Token quoted() {
            StringBuilder name = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c != '"') {
                    name.append(c);
                } else if (pos < text.length() && text.charAt(pos) == '"') {
                    name.append('"');
                    pos++;
                } else {
                    return new Token(Kind.QUOTED, name.toString());
                }
            }
            throw unreadable(text);
        }

        /** A parenthesized modifier or an array bound, with the whitespace inside removed. */
        private Token enclosed(char close, Kind kind) {
            int end = text.indexOf(close, pos);
            if (end < 0) {
                throw unreadable(text);
            }
            StringBuilder inside = new StringBuilder();
            for (int i = pos + 1; i < end; i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    inside.append(c);
                }
            }
            pos = end + 1;
            return new Token(kind, inside.toString());
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }

        /** PostgreSQL folds only ASCII letters of unquoted identifiers. */
        private static String foldAscii(String word) {
            char[] chars = word.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] >= 'A' && chars[i] <= 'Z') {
                    chars[i] = (char) (chars[i] + ('a' - 'A'));
                }
            }
            return new String(chars);
        }
    }
}
