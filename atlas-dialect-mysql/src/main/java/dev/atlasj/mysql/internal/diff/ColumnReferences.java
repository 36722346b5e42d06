package dev.atlasj.mysql.internal.diff;

import dev.atlasj.mysql.MySqlIdentifiers;

/**
 * Renames a column in a MySQL expression: a reference is the name in backticks or bare, in any case
 * (column names are case-insensitive), and not a qualified member ({@code t.name}) or a function
 * ({@code name(}); strings in single or double quotes are left alone. The new name is written in
 * backticks.
 */
public final class ColumnReferences {

    private ColumnReferences() {
    }

    public static String rename(String expression, String from, String to) {
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = skipQuoted(expression, i, c, true);
                out.append(expression, i, end);
                i = end;
            } else if (c == '`') {
                int end = skipQuoted(expression, i, '`', false);
                String name = expression.substring(i + 1, end - 1).replace("``", "`");
                out.append(isReference(expression, i, end) && name.equalsIgnoreCase(from)
                        ? MySqlIdentifiers.quote(to) : expression.substring(i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
                        || expression.charAt(end) == '$')) {
                    end++;
                }
                String word = expression.substring(i, end);
                out.append(isReference(expression, i, end) && word.equalsIgnoreCase(from)
                        ? MySqlIdentifiers.quote(to) : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether the name between {@code start} and {@code end} is neither after a dot nor before a parenthesis. */
    private static boolean isReference(String s, int start, int end) {
        int after = end;
        while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
            after++;
        }
        return !(start > 0 && s.charAt(start - 1) == '.') && !(after < s.length() && s.charAt(after) == '(');
    }

    private static int skipQuoted(String s, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
