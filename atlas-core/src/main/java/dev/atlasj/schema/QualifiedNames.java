package dev.atlasj.schema;

import java.util.regex.Pattern;

/**
 * Renames the schema qualifier of names in SQL text, for {@link SchemaRename}. The text is scanned, not
 * parsed: string literals and comments are skipped, and an identifier (bare, in double quotes or in
 * backticks) that is followed by a dot and not preceded by one is a qualifier.
 */
final class QualifiedNames {

    private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern REGCLASS = Pattern.compile("(?i)\\s*::\\s*regclass\\b.*", Pattern.DOTALL);

    private QualifiedNames() {
    }

    /**
     * {@code sql} with every name qualified by schema {@code from} qualified by {@code to} instead, or
     * written without a qualifier when {@code to} is {@code null}.
     */
    static String rename(String sql, String from, String to) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'') {
                end = closing(sql, i, '\'');
                String literal = sql.substring(i, end);
                boolean regclass = REGCLASS.matcher(sql.substring(end)).matches() && literal.length() > 2;
                out.append(regclass ? "'" + rename(literal.substring(1, literal.length() - 1), from, to) + "'" : literal);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql, i, end);
            } else if (c == '"' || c == '`') {
                end = closing(sql, i, c);
                String quoted = sql.substring(i, end);
                String name = quoted.length() < 2 ? "" : quoted.substring(1, quoted.length() - 1)
                        .replace(String.valueOf(c) + c, String.valueOf(c));
                boolean renamed = isQualifier(sql, i, end) && name.equals(from);
                if (renamed && to == null) {
                    end = afterDot(sql, end);
                } else {
                    out.append(renamed ? quote(to, c) : quoted);
                }
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                boolean matches = word.equals(from) || word.toLowerCase(java.util.Locale.ROOT).equals(from);
                boolean renamed = isQualifier(sql, i, end) && matches;
                if (renamed && to == null) {
                    end = afterDot(sql, end);
                } else {
                    out.append(renamed ? bare(to, sql) : word);
                }
            } else {
                end = i + 1;
                out.append(c);
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the literal or quoted name that starts at {@code start}, doubled quotes and backslashes escaping. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote == '\'') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** Whether the identifier at {@code start}..{@code end} is followed by a dot and not preceded by one. */
    private static boolean isQualifier(String sql, int start, int end) {
        int after = end;
        while (after < sql.length() && Character.isWhitespace(sql.charAt(after))) {
            after++;
        }
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(sql.charAt(before))) {
            before--;
        }
        return after < sql.length() && sql.charAt(after) == '.' && (before < 0 || sql.charAt(before) != '.');
    }

    /** The index after the dot that follows the qualifier ending at {@code end}, and the blanks after it. */
    private static int afterDot(String sql, int end) {
        int i = sql.indexOf('.', end) + 1;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String quote(String name, char quote) {
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }

    /** {@code name} where a bare name stood: bare when it can be, else quoted as the text quotes names. */
    private static String bare(String name, String sql) {
        return BARE.matcher(name).matches() ? name : quote(name, sql.indexOf('`') >= 0 ? '`' : '"');
    }
}
