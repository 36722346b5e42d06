package dev.atlasj.sql;

/**
 * Finds and replaces one identifier in a SQL expression, telling it apart from string literals, other
 * words and qualified members ({@code t.name}); understands single-quoted literals and double-quoted
 * identifiers.
 */
public final class SqlIdentifiers {

    private SqlIdentifiers() {
    }

    /** Whether {@code expression} refers to the identifier {@code name}. */
    public static boolean mentions(String expression, String name) {
        boolean[] found = new boolean[1];
        rewrite(expression, name, name, found);
        return found[0];
    }

    /** {@code expression} with every reference to the identifier {@code from} replaced by {@code to}, quoted as needed. */
    public static String rename(String expression, String from, String to) {
        return rewrite(expression, from, to, new boolean[1]);
    }

    private static String rewrite(String expression, String from, String to, boolean[] found) {
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int end = skipQuoted(expression, i, '\'');
                out.append(expression, i, end);
                i = end;
            } else if (c == '"') {
                int end = skipQuoted(expression, i, '"');
                String name = expression.substring(i + 1, end - 1).replace("\"\"", "\"");
                found[0] |= name.equals(from);
                out.append(name.equals(from) ? quote(to) : expression.substring(i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
                        || expression.charAt(end) == '$')) {
                    end++;
                }
                String word = expression.substring(i, end);
                boolean qualifiedMember = i > 0 && expression.charAt(i - 1) == '.';
                boolean match = word.equals(from) && !qualifiedMember;
                found[0] |= match;
                out.append(match ? quote(to) : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
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

    private static String quote(String name) {
        if (name.matches("[a-z_][a-z0-9_$]*")) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
