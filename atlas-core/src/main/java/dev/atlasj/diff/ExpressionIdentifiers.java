package dev.atlasj.diff;

/** Replaces one identifier in a SQL expression, leaving string literals and other words alone. */
final class ExpressionIdentifiers {

    private ExpressionIdentifiers() {
    }

    static String rename(String expression, String from, String to) {
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
                out.append(word.equals(from) && !qualifiedMember ? quote(to) : word);
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
