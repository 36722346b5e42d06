package dev.atlasj.mysql.internal;

/** Reads parentheses in SQL text, quotes and backticks taken into account. */
public final class Parentheses {

    private Parentheses() {
    }

    /** Whether the parenthesis that opens {@code text} closes at its last character. */
    public static boolean enclosed(String text) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote != '`') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    /** {@code text} without surrounding whitespace and without parentheses that enclose all of it. */
    public static String unwrap(String text) {
        String e = text.strip();
        while (e.length() >= 2 && e.charAt(0) == '(' && enclosed(e)) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }
}
