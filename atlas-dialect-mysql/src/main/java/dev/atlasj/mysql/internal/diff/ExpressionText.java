package dev.atlasj.mysql.internal.diff;

import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.mysql.internal.Parentheses;
import dev.atlasj.mysql.internal.StringLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQL expressions of a table (checks, generated columns, functional index parts) in one spelling, so
 * that {@code CHECK (Price>0)} written by hand and {@code `price` > 0} as MariaDB prints it compare
 * equal. The expression is read token by token, not parsed:
 * <ul>
 *   <li>parentheses around the whole are dropped (MySQL prints {@code (`a` > 0)});</li>
 *   <li>a name of one of the table's columns, bare or in backticks, in any case, is the column's name
 *       in backticks; not where it cannot be a column: after {@code AS}, {@code COLLATE},
 *       {@code USING}, {@code CHARSET}, {@code SET}, {@code INTERVAL} or a literal, before {@code (} or
 *       {@code FROM}, or after a dot;</li>
 *   <li>other words are lower case (keywords and function names ignore case);</li>
 *   <li>strings are in single quotes as MariaDB writes them, without the character set introducer
 *       MySQL 8 adds ({@code _utf8mb4'a'} is {@code 'a'});</li>
 *   <li>{@code !=} is {@code <>};</li>
 *   <li>tokens are separated by one space, but for none inside parentheses, around a dot, before a
 *       comma or after it, and between a function's name and its parenthesis ({@code lower(`a`)}, but
 *       {@code in ('a','b')}).</li>
 * </ul>
 * Differences this does not see through (redundant inner parentheses, function synonyms like
 * {@code lower} and {@code lcase}) still show as changes; a dev database spells both sides alike.
 */
final class ExpressionText {

    private static final Set<String> NOT_BEFORE_A_COLUMN = Set.of("as", "collate", "using", "charset", "set", "interval",
            ".");
    /** Words that take a parenthesis as an operand, not as a function's arguments: a space stays between them. */
    private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "not", "xor", "in", "is", "like", "between",
            "regexp", "rlike", "exists", "when", "then", "else", "case", "div", "mod", "as", "interval");
    private static final Map<String, String> OPERATORS = Map.of("!=", "<>");
    private static final List<String> MULTI_CHAR_OPERATORS = List.of("<=>", "->>", "<=", ">=", "<>", "!=", "||", "&&",
            "<<", ">>", ":=", "->");

    private enum Kind { WORD, IDENTIFIER, STRING, NUMBER, OPERATOR, OPEN, CLOSE, COMMA, DOT }

    private record Token(Kind kind, String text) {
    }

    private ExpressionText() {
    }

    /** {@code expression} spelled as described above, for a table with {@code columns}. */
    static String canonical(String expression, List<String> columns) {
        List<Token> tokens = tokens(Parentheses.unwrap(expression));
        if (tokens == null) {
            return Parentheses.unwrap(expression);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token previous = i == 0 ? null : tokens.get(i - 1);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (previous != null && spaced(previous, t)) {
                out.append(' ');
            }
            out.append(spell(t, previous, next, columns));
        }
        return out.toString();
    }

    private static String spell(Token t, Token previous, Token next, List<String> columns) {
        if (t.kind() != Kind.WORD && t.kind() != Kind.IDENTIFIER) {
            return t.text();
        }
        String column = column(t.text(), columns);
        boolean mayBeColumn = column != null
                && (previous == null || !(NOT_BEFORE_A_COLUMN.contains(previous.text().toLowerCase(Locale.ROOT))
                        || previous.kind() == Kind.STRING || previous.kind() == Kind.NUMBER))
                && (next == null || next.kind() != Kind.OPEN && !next.text().equalsIgnoreCase("from"));
        if (mayBeColumn) {
            return MySqlIdentifiers.quote(column);
        }
        return t.kind() == Kind.IDENTIFIER ? MySqlIdentifiers.quote(t.text()) : t.text().toLowerCase(Locale.ROOT);
    }

    private static String column(String name, List<String> columns) {
        return columns.stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
    }

    private static boolean spaced(Token previous, Token t) {
        return previous.kind() != Kind.OPEN && previous.kind() != Kind.DOT && previous.kind() != Kind.COMMA
                && t.kind() != Kind.CLOSE && t.kind() != Kind.DOT && t.kind() != Kind.COMMA
                && !(t.kind() == Kind.OPEN && (previous.kind() == Kind.IDENTIFIER
                        || previous.kind() == Kind.WORD && !OPERATOR_WORDS.contains(previous.text().toLowerCase(Locale.ROOT))));
    }

    /** The tokens of {@code text}, or {@code null} when it holds something this reader does not know. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = quoted(text, i, c);
                if (end < 0) {
                    return null;
                }
                tokens.add(new Token(Kind.STRING, MySqlTypes.quote(StringLiterals.value(text.substring(i, end)))));
                i = end;
            } else if (c == '`') {
                int end = quoted(text, i, '`');
                if (end < 0) {
                    return null;
                }
                tokens.add(new Token(Kind.IDENTIFIER, text.substring(i + 1, end - 1).replace("``", "`")));
                i = end;
            } else if (c == '_' && i + 1 < text.length() && introducer(text, i) > 0) {
                i = introducer(text, i);
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end).toLowerCase(Locale.ROOT)));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c == '$' || c == '@') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "_$@".indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, end)));
                i = end;
            } else if (c == '(' || c == ')' || c == ',' || c == '.') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : c == ',' ? Kind.COMMA : Kind.DOT,
                        String.valueOf(c)));
                i++;
            } else {
                int at = i;
                String operator = MULTI_CHAR_OPERATORS.stream().filter(o -> text.startsWith(o, at)).findFirst()
                        .orElse(String.valueOf(c));
                tokens.add(new Token(Kind.OPERATOR, OPERATORS.getOrDefault(operator, operator)));
                i += operator.length();
            }
        }
        return tokens;
    }

    /** Where the string after a character set introducer ({@code _utf8mb4'a'}) starts, or 0 when there is none. */
    private static int introducer(String text, int start) {
        int end = start + 1;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end > start + 1 && end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '"') ? end : 0;
    }

    /** The index after the quote that closes the one at {@code start}, or -1. */
    private static int quoted(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }
}
