package dev.atlasj.postgres.internal.diff;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The canonical text of expressions: parsed, {@link Canonicalizer canonicalized} and printed when the
 * parser reads them; otherwise {@link TokenPrinter re-spelled token by token}; left exactly as written
 * when not even the lexer can read them (an unterminated quote).
 */
public final class Expressions {

    private Expressions() {
    }

    /** The canonical text of a check, index expression, index predicate or generation expression. */
    static String expression(String sql, Canonicalizer rules) {
        return canonical(sql, rules::canonical);
    }

    /**
     * The canonical text of the default of a column of type {@code columnType}, or {@code null} for
     * a default PostgreSQL does not keep ({@code NULL}, also cast to the column's type). A constant
     * given to the column loses a cast to its type, and a string holding a number or boolean of the
     * column's type becomes that constant: {@code 'a'::text} and {@code 'a'} on a text column are
     * {@code 'a'}, {@code '0'::bigint} on a bigint column is {@code 0}, {@code 't'} on a boolean column
     * is {@code true}.
     */
    static String defaultValue(String sql, String columnType, Canonicalizer rules) {
        String value = canonical(sql, e -> rules.untyped(rules.canonical(e), columnType));
        return value.equals("NULL") ? null : value;
    }

    private static String canonical(String sql, UnaryOperator<Expr> rewrite) {
        List<Token> tokens;
        try {
            tokens = ExpressionLexer.tokens(sql);
        } catch (UnreadableExpression e) {
            return sql;
        }
        try {
            return ExpressionPrinter.print(rewrite.apply(ExpressionParser.parse(tokens)));
        } catch (UnreadableExpression e) {
            return TokenPrinter.print(tokens);
        }
    }

    /**
     * {@code sql} with every reference to column {@code from} naming {@code to} instead: unqualified
     * names that are not function names, outside string constants; printed like a canonical expression.
     */
    public static String rename(String sql, String from, String to) {
        List<Token> tokens;
        try {
            tokens = new java.util.ArrayList<>(ExpressionLexer.tokens(sql));
        } catch (UnreadableExpression e) {
            return sql;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean name = (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.QUOTED) && t.text().equals(from);
            boolean qualified = i > 0 && tokens.get(i - 1).isPunctuation(".");
            boolean function = i + 1 < tokens.size() && tokens.get(i + 1).isPunctuation("(");
            if (name && !qualified && !function) {
                tokens.set(i, new Token(Token.Kind.QUOTED, to));
            }
        }
        try {
            return ExpressionPrinter.print(ExpressionParser.parse(tokens));
        } catch (UnreadableExpression e) {
            return TokenPrinter.print(tokens);
        }
    }

    /** The parsed canonical tree of {@code sql}, or {@code null} when the parser does not read it. */
    static Expr tree(String sql, Canonicalizer rules) {
        try {
            return rules.canonical(ExpressionParser.parse(ExpressionLexer.tokens(sql)));
        } catch (UnreadableExpression e) {
            return null;
        }
    }
}
