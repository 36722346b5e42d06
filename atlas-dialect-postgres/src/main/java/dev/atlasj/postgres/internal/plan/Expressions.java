package dev.atlasj.postgres.internal.plan;

import java.util.Locale;

/** Reads SQL expressions as far as the planner needs: which identifiers they mention. */
final class Expressions {

    private Expressions() {
    }

    /**
     * Whether {@code expression} mentions the identifier {@code name}, bare (folded to lower case, as
     * PostgreSQL reads it) or double-quoted. String constants are skipped. Any word that spells the
     * name counts, a function's name included: the planner uses this to find what depends on a
     * column, where counting too much costs a statement and counting too little loses an object.
     */
    static boolean mentions(String expression, String name) {
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = skipQuoted(expression, i, '\'');
            } else if (c == '"') {
                int end = skipQuoted(expression, i, '"');
                if (expression.substring(i + 1, end - 1).replace("\"\"", "\"").equals(name)) {
                    return true;
                }
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
                        || expression.charAt(end) == '$')) {
                    end++;
                }
                if (expression.substring(i, end).toLowerCase(Locale.ROOT).equals(name)) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
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
}
