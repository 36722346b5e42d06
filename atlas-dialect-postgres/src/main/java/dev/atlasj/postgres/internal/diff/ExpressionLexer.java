package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.internal.diff.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL expression into tokens the way PostgreSQL's scanner does: comments and
 * whitespace dropped, unquoted identifiers folded to lower case, string constants (standard with
 * {@code standard_conforming_strings} on, {@code E'…'}, dollar-quoted, and continued across a newline)
 * resolved to their value, multi-character operators split by PostgreSQL's rule about a trailing
 * {@code +} or {@code -}.
 */
final class ExpressionLexer {

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    /** A multi-character operator may end in + or - only when it contains one of these. */
    private static final String SIGN_ENDING_ALLOWED = "~!@#%^&|`?";

    private final String text;
    private int pos;

    private ExpressionLexer(String text) {
        this.text = text;
    }

    /**
     * The tokens of {@code expression}.
     *
     * @throws UnreadableExpression when a quote or comment is not closed
     */
    static List<Token> tokens(String expression) {
        ExpressionLexer lexer = new ExpressionLexer(expression);
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            tokens.add(t);
        }
        return tokens;
    }

    private Token next() {
        skipSpaceAndComments();
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        char after = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        if (c == '\'') {
            return string(standardString());
        }
        if ((c == 'e' || c == 'E') && after == '\'') {
            pos++;
            return string(escapeString());
        }
        if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && after == '\'') {
            pos++;
            String body = standardString();
            return new Token(Kind.OTHER, Character.toUpperCase(c) + "'" + body.replace("'", "''") + "'");
        }
        if ((c == 'u' || c == 'U') && after == '&') {
            throw new UnreadableExpression("Unicode escapes are not interpreted");
        }
        if (c == '"') {
            return new Token(Kind.QUOTED, delimited('"', "quoted identifier"));
        }
        if (c == '$') {
            return dollar();
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(after))) {
            return number();
        }
        if (isIdentifierStart(c)) {
            int start = pos;
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.WORD, foldAscii(text.substring(start, pos)));
        }
        if (c == ':' && after == ':') {
            pos += 2;
            return new Token(Kind.CAST, "::");
        }
        if ("()[],.".indexOf(c) >= 0) {
            pos++;
            return new Token(Kind.PUNCTUATION, String.valueOf(c));
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator();
        }
        pos++;
        return new Token(Kind.OTHER, String.valueOf(c));
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("--", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", pos)) {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < text.length()) {
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        throw new UnreadableExpression("unterminated comment");
    }

    /** A string token, joined with the constants that continue it on the following lines. */
    private Token string(String first) {
        StringBuilder value = new StringBuilder(first);
        while (true) {
            int save = pos;
            boolean newline = false;
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                newline |= text.charAt(pos) == '\n' || text.charAt(pos) == '\r';
                pos++;
            }
            if (newline && pos < text.length() && text.charAt(pos) == '\'') {
                value.append(standardString());
            } else {
                pos = save;
                return new Token(Kind.STRING, value.toString());
            }
        }
    }

    /** {@code '…'} at {@code pos}, with doubled quotes; backslashes are ordinary characters. */
    private String standardString() {
        return delimited('\'', "string constant");
    }

    /** The text between the {@code quote} at {@code pos} and the one that closes it, a doubled quote standing for one. */
    private String delimited(char quote, String what) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c != quote) {
                value.append(c);
            } else if (pos < text.length() && text.charAt(pos) == quote) {
                value.append(quote);
                pos++;
            } else {
                return value.toString();
            }
        }
        throw new UnreadableExpression("unterminated " + what);
    }

    /** {@code '…'} at {@code pos} with C-style backslash escapes. */
    private String escapeString() {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    value.append('\'');
                    pos++;
                    continue;
                }
                return value.toString();
            }
            if (c != '\\' || pos >= text.length()) {
                value.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'x' -> value.append((char) digits(16, 2, 1));
                case 'u' -> value.appendCodePoint(digits(16, 4, 4));
                case 'U' -> value.appendCodePoint(digits(16, 8, 8));
                default -> {
                    if (e >= '0' && e <= '7') {
                        pos--;
                        value.append((char) digits(8, 3, 1));
                    } else {
                        value.append(e);
                    }
                }
            }
        }
        throw new UnreadableExpression("unterminated string constant");
    }

    private int digits(int radix, int max, int min) {
        int start = pos;
        while (pos < text.length() && pos - start < max && Character.digit(text.charAt(pos), radix) >= 0) {
            pos++;
        }
        if (pos - start < min) {
            throw new UnreadableExpression("invalid escape in string constant");
        }
        return Integer.parseInt(text.substring(start, pos), radix);
    }

    /** A dollar-quoted string ({@code $$…$$}, {@code $tag$…$tag$}) or a parameter ({@code $1}). */
    private Token dollar() {
        int start = pos;
        int end = pos + 1;
        if (end < text.length() && Character.isDigit(text.charAt(end))) {
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            pos = end;
            return new Token(Kind.OTHER, text.substring(start, end));
        }
        while (end < text.length() && text.charAt(end) != '$' && isIdentifierPart(text.charAt(end))) {
            end++;
        }
        if (end >= text.length() || text.charAt(end) != '$') {
            pos++;
            return new Token(Kind.OTHER, "$");
        }
        String delimiter = text.substring(start, end + 1);
        int close = text.indexOf(delimiter, end + 1);
        if (close < 0) {
            throw new UnreadableExpression("unterminated dollar-quoted string");
        }
        pos = close + delimiter.length();
        return string(text.substring(end + 1, close));
    }

    private Token number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.' && !text.startsWith("..", pos)) {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        return new Token(Kind.NUMBER, text.substring(start, pos));
    }

    private Token operator() {
        int start = pos;
        int end = pos;
        while (end < text.length() && OPERATOR_CHARS.indexOf(text.charAt(end)) >= 0) {
            if (end > start && (text.startsWith("--", end) || text.startsWith("/*", end))) {
                break;
            }
            end++;
        }
        String op = text.substring(start, end);
        if (op.length() > 1 && (op.endsWith("+") || op.endsWith("-")) && !containsAny(op, SIGN_ENDING_ALLOWED)) {
            while (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) {
                op = op.substring(0, op.length() - 1);
            }
        }
        pos = start + op.length();
        return new Token(Kind.OPERATOR, op);
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    /** PostgreSQL folds only ASCII letters of unquoted identifiers. */
    static String foldAscii(String word) {
        char[] chars = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                chars = chars == null ? word.toCharArray() : chars;
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? word : new String(chars);
    }
}
