package dev.atlasj.mysql.internal;

/** Reads MySQL string literals: {@code 'it''s'}, {@code "it's"}, {@code 'it\'s'}. */
public final class StringLiterals {

    private StringLiterals() {
    }

    /** Whether {@code v} is one string literal in single or double quotes, and nothing else. */
    public static boolean isQuoted(String v) {
        if (v.length() < 2 || (v.charAt(0) != '\'' && v.charAt(0) != '"') || v.charAt(v.length() - 1) != v.charAt(0)) {
            return false;
        }
        char quote = v.charAt(0);
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                if (v.charAt(i + 1) != quote || i + 1 == v.length() - 1) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** The value of the string literal {@code literal}: quotes removed, a doubled quote single, backslash escapes read. */
    public static String value(String literal) {
        char quote = literal.charAt(0);
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() - 1) {
                char e = literal.charAt(++i);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'Z' -> '\u001a';
                    default -> e;
                });
            } else if (c == quote) {
                out.append(quote);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
