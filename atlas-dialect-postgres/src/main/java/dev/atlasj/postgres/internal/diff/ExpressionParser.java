package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.postgres.PostgresTypes;
import dev.atlasj.postgres.internal.diff.Expr.ArrayOf;
import dev.atlasj.postgres.internal.diff.Expr.Binary;
import dev.atlasj.postgres.internal.diff.Expr.Bool;
import dev.atlasj.postgres.internal.diff.Expr.Call;
import dev.atlasj.postgres.internal.diff.Expr.Case;
import dev.atlasj.postgres.internal.diff.Expr.Cast;
import dev.atlasj.postgres.internal.diff.Expr.Collate;
import dev.atlasj.postgres.internal.diff.Expr.In;
import dev.atlasj.postgres.internal.diff.Expr.Junction;
import dev.atlasj.postgres.internal.diff.Expr.Null;
import dev.atlasj.postgres.internal.diff.Expr.Num;
import dev.atlasj.postgres.internal.diff.Expr.Prefix;
import dev.atlasj.postgres.internal.diff.Expr.Quantified;
import dev.atlasj.postgres.internal.diff.Expr.Ref;
import dev.atlasj.postgres.internal.diff.Expr.SqlValue;
import dev.atlasj.postgres.internal.diff.Expr.Str;
import dev.atlasj.postgres.internal.diff.Expr.Test;
import dev.atlasj.postgres.internal.diff.Expr.When;
import dev.atlasj.postgres.internal.diff.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the tokens of an expression into an {@link Expr} by PostgreSQL's operator precedence, making
 * the rewrites PostgreSQL's own parser makes ({@code !=} is {@code <>}, {@code LIKE} is {@code ~~},
 * {@code BETWEEN} two comparisons, {@code IN} over constants {@code = ANY (ARRAY[…])}, a negated
 * number one constant). Syntax outside the subset it knows (subqueries, subscripts, {@code AT TIME
 * ZONE}, window functions, {@code SIMILAR TO}, special-syntax functions such as {@code EXTRACT(… FROM …)},
 * …) throws {@link UnreadableExpression}: an expression is either understood whole or not at all.
 */
final class ExpressionParser {

    /** Words that cannot start an operand here: keywords of syntax this parser does not read. */
    private static final Set<String> UNREAD_KEYWORDS = Set.of("select", "exists", "row", "any", "all", "some",
            "distinct", "and", "or", "is", "in", "like", "ilike", "similar", "between", "as", "when", "then", "else",
            "end", "from", "where", "order", "group", "having", "limit", "overlaps", "at", "collate", "escape",
            "values", "with", "default", "grouping", "variadic", "extract", "overlay", "position", "substring", "trim",
            "treat", "xmlelement", "xmlforest", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmlconcat",
            "xmlexists", "xmlattributes", "normalize", "json", "json_object", "json_array");

    private static final Set<String> SQL_VALUES = Set.of("current_date", "current_time", "current_timestamp",
            "localtime", "localtimestamp", "current_role", "current_user", "session_user", "user", "current_catalog",
            "current_schema");

    private static final Set<String> SQL_VALUES_WITH_PRECISION = Set.of("current_time", "current_timestamp",
            "localtime", "localtimestamp");

    /** First words of type names spelled in several words, and the words that may follow them. */
    private static final Set<String> MULTIWORD_TYPE_STARTS = Set.of("double", "character", "char", "national",
            "nchar", "bit", "time", "timestamp");
    private static final Set<String> MULTIWORD_TYPE_WORDS = Set.of("precision", "varying", "character", "char",
            "with", "without", "time", "zone");

    private final List<Token> tokens;
    private int pos;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * The tree of the whole token list.
     *
     * @throws UnreadableExpression when the expression uses syntax outside the subset this parser reads
     */
    static Expr parse(List<Token> tokens) {
        ExpressionParser parser = new ExpressionParser(tokens);
        Expr expr = parser.expression(0);
        if (parser.pos != tokens.size()) {
            throw new UnreadableExpression("unexpected " + tokens.get(parser.pos).text());
        }
        return expr;
    }

    private Expr expression(int minPrecedence) {
        Expr left = operand();
        while (pos < tokens.size()) {
            int precedence = infixPrecedence(tokens.get(pos));
            if (precedence < minPrecedence) {
                return left;
            }
            left = infix(left, precedence);
        }
        return left;
    }

    /** The precedence of the infix construct starting at {@code t}, or -1 when {@code t} ends the operand. */
    private int infixPrecedence(Token t) {
        return switch (t.kind()) {
            case CAST -> Expr.CAST;
            case OPERATOR -> Expr.operatorPrecedence(t.text().equals("!=") ? "<>" : t.text());
            case WORD -> switch (t.text()) {
                case "or" -> Expr.OR;
                case "and" -> Expr.AND;
                case "is", "isnull", "notnull" -> Expr.IS;
                case "not", "like", "ilike", "in", "between", "similar" -> Expr.IN;
                case "collate" -> Expr.COLLATE;
                case "at" -> throw new UnreadableExpression("AT TIME ZONE is not interpreted");
                default -> -1;
            };
            case PUNCTUATION -> {
                if (t.text().equals("[") || t.text().equals(".")) {
                    throw new UnreadableExpression("subscripts and field selection are not interpreted");
                }
                yield -1;
            }
            default -> -1;
        };
    }

    private Expr infix(Expr left, int precedence) {
        Token t = tokens.get(pos++);
        if (t.kind() == Kind.CAST) {
            return new Cast(left, typeName());
        }
        if (t.kind() == Kind.OPERATOR) {
            String operator = t.text().equals("!=") ? "<>" : t.text();
            if (peekWord("any") || peekWord("all") || peekWord("some")) {
                String quantifier = tokens.get(pos++).text().equals("all") ? "ALL" : "ANY";
                expect("(");
                Expr array = expression(0);
                expect(")");
                return new Quantified(operator, quantifier, left, array);
            }
            return new Binary(operator, left, expression(precedence + 1));
        }
        switch (t.text()) {
            case "or", "and" -> {
                return junction(t.text().toUpperCase(Locale.ROOT), left, expression(precedence + 1));
            }
            case "isnull" -> {
                return new Test(left, "NULL");
            }
            case "notnull" -> {
                return new Test(left, "NOT NULL");
            }
            case "is" -> {
                return isTest(left);
            }
            case "collate" -> {
                return new Collate(left, collationName());
            }
            case "not" -> {
                return negatedPredicate(left);
            }
            default -> {
                return predicate(left, t.text(), false);
            }
        }
    }

    private Expr isTest(Expr left) {
        boolean not = acceptWord("not");
        Token t = next();
        String prefix = not ? "NOT " : "";
        if (t.kind() == Kind.WORD) {
            switch (t.text()) {
                case "null", "true", "false", "unknown" -> {
                    return new Test(left, prefix + t.text().toUpperCase(Locale.ROOT));
                }
                case "distinct" -> {
                    expectWord("from");
                    return new Binary("IS " + prefix + "DISTINCT FROM", left, expression(Expr.IS + 1));
                }
                default -> {
                }
            }
        }
        throw new UnreadableExpression("IS " + prefix + t.text() + " is not interpreted");
    }

    private Expr negatedPredicate(Expr left) {
        Token t = next();
        if (t.kind() != Kind.WORD) {
            throw new UnreadableExpression("NOT " + t.text() + " is not interpreted");
        }
        return predicate(left, t.text(), true);
    }

    /** {@code LIKE}, {@code ILIKE}, {@code IN} or {@code BETWEEN} after {@code left}, negated or not. */
    private Expr predicate(Expr left, String keyword, boolean not) {
        switch (keyword) {
            case "like", "ilike" -> {
                Expr pattern = expression(Expr.IN + 1);
                if (peekWord("escape")) {
                    throw new UnreadableExpression("LIKE … ESCAPE is not interpreted");
                }
                String operator = (not ? "!" : "") + "~~" + (keyword.equals("ilike") ? "*" : "");
                return new Binary(operator, left, pattern);
            }
            case "in" -> {
                return in(left, not);
            }
            case "between" -> {
                if (peekWord("symmetric") || peekWord("asymmetric")) {
                    throw new UnreadableExpression("BETWEEN SYMMETRIC is not interpreted");
                }
                Expr low = expression(Expr.COMPARISON);
                expectWord("and");
                Expr high = expression(Expr.COMPARISON);
                return not
                        ? new Junction("OR", List.of(new Binary("<", left, low), new Binary(">", left, high)))
                        : new Junction("AND", List.of(new Binary(">=", left, low), new Binary("<=", left, high)));
            }
            default -> throw new UnreadableExpression(keyword.toUpperCase(Locale.ROOT) + " is not interpreted");
        }
    }

    /**
     * {@code x [NOT] IN (list)}: over two constants or more, PostgreSQL makes it {@code x = ANY (ARRAY[…])}
     * ({@code x <> ALL} when negated); over one, a plain comparison.
     */
    private Expr in(Expr left, boolean not) {
        expect("(");
        List<Expr> list = list(")");
        String operator = not ? "<>" : "=";
        if (list.size() == 1) {
            return new Binary(operator, left, list.get(0));
        }
        if (list.stream().allMatch(Expr::isConstant)) {
            return new Quantified(operator, not ? "ALL" : "ANY", left, new ArrayOf(list));
        }
        return new In(left, list, not);
    }

    private Expr operand() {
        Token t = next();
        switch (t.kind()) {
            case STRING -> {
                return new Str(t.text());
            }
            case NUMBER -> {
                return new Num(number(t.text()));
            }
            case OPERATOR -> {
                return prefixOperator(t.text());
            }
            case PUNCTUATION -> {
                if (t.text().equals("(")) {
                    Expr inner = expression(0);
                    expect(")");
                    return inner;
                }
                throw new UnreadableExpression("unexpected " + t.text());
            }
            case WORD -> {
                return word(t.text());
            }
            case QUOTED -> {
                pos--;
                return nameOrCall();
            }
            default -> throw new UnreadableExpression("unexpected " + t.text());
        }
    }

    private Expr prefixOperator(String operator) {
        if (operator.equals("-")) {
            Expr operand = expression(Expr.UNARY);
            if (operand instanceof Num n) {
                return new Num(n.text().startsWith("-") ? n.text().substring(1) : "-" + n.text());
            }
            return new Prefix("-", operand);
        }
        if (operator.equals("+")) {
            return new Prefix("+", expression(Expr.UNARY));
        }
        throw new UnreadableExpression("prefix operator " + operator + " is not interpreted");
    }

    private Expr word(String word) {
        switch (word) {
            case "true", "false" -> {
                return new Bool(word.equals("true"));
            }
            case "null" -> {
                return new Null();
            }
            case "not" -> {
                return new Prefix("NOT", expression(Expr.NOT));
            }
            case "case" -> {
                return caseExpression();
            }
            case "array" -> {
                expect("[");
                return new ArrayOf(list("]"));
            }
            case "cast" -> {
                expect("(");
                Expr operand = expression(0);
                expectWord("as");
                String type = typeName();
                expect(")");
                return new Cast(operand, type);
            }
            default -> {
            }
        }
        if (SQL_VALUES.contains(word) && !peekPunctuation("(")) {
            return new SqlValue(word.toUpperCase(Locale.ROOT), null);
        }
        if (SQL_VALUES_WITH_PRECISION.contains(word)) {
            expect("(");
            Token precision = next();
            expect(")");
            if (precision.kind() != Kind.NUMBER) {
                throw new UnreadableExpression("precision " + precision.text());
            }
            return new SqlValue(word.toUpperCase(Locale.ROOT), precision.text());
        }
        if (UNREAD_KEYWORDS.contains(word)) {
            throw new UnreadableExpression(word.toUpperCase(Locale.ROOT) + " is not interpreted");
        }
        pos--;
        Expr typed = typedLiteral();
        return typed != null ? typed : nameOrCall();
    }

    /** {@code type 'string'}, as in {@code interval '1 day'} or {@code date '2020-01-01'}; {@code null} when not there. */
    private Expr typedLiteral() {
        if (!stringFollowsTypeName()) {
            return null;
        }
        int start = pos;
        try {
            String type = typeName();
            if (pos < tokens.size() && tokens.get(pos).kind() == Kind.STRING) {
                return new Cast(new Str(tokens.get(pos++).text()), type);
            }
        } catch (UnreadableExpression e) {
            // not a type name: read it as a name or call
        }
        pos = start;
        return null;
    }

    /**
     * Whether the tokens from the current position read as names, dots, numeric modifiers and array
     * brackets up to a string constant: the only shape a typed literal can have, checked before the
     * costlier reading of the type name.
     */
    private boolean stringFollowsTypeName() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.STRING) {
                return i > pos && depth == 0;
            }
            boolean fits = switch (t.kind()) {
                case WORD, QUOTED -> depth == 0;
                case NUMBER -> depth > 0;
                case PUNCTUATION -> switch (t.text()) {
                    case "(" -> depth++ == 0;
                    case ")" -> depth-- == 1;
                    case "," -> depth > 0;
                    default -> depth == 0;
                };
                default -> false;
            };
            if (!fits) {
                return false;
            }
        }
        return false;
    }

    private Expr nameOrCall() {
        List<String> name = new ArrayList<>();
        name.add(identifier());
        while (peekPunctuation(".")) {
            pos++;
            name.add(identifier());
        }
        if (!peekPunctuation("(")) {
            return new Ref(name);
        }
        pos++;
        if (name.size() == 2 && name.get(0).equals("pg_catalog")) {
            name.remove(0);
        }
        if (pos < tokens.size() && tokens.get(pos).is(Kind.OPERATOR, "*")) {
            pos++;
            expect(")");
            return new Call(List.copyOf(name), List.of(), true);
        }
        if (peekPunctuation(")")) {
            pos++;
            return new Call(List.copyOf(name), List.of(), false);
        }
        return new Call(List.copyOf(name), list(")"), false);
    }

    private Expr caseExpression() {
        Expr subject = peekWord("when") ? null : expression(0);
        List<When> whens = new ArrayList<>();
        while (acceptWord("when")) {
            Expr condition = expression(0);
            expectWord("then");
            whens.add(new When(condition, expression(0)));
        }
        if (whens.isEmpty()) {
            throw new UnreadableExpression("CASE without WHEN");
        }
        Expr otherwise = acceptWord("else") ? expression(0) : null;
        expectWord("end");
        return new Case(subject, whens, otherwise);
    }

    /** Expressions separated by commas up to {@code close}, which is consumed. */
    private List<Expr> list(String close) {
        List<Expr> items = new ArrayList<>();
        if (peekPunctuation(close)) {
            pos++;
            return items;
        }
        do {
            items.add(expression(0));
        } while (acceptPunctuation(","));
        expect(close);
        return items;
    }

    /**
     * A type name at the current position, in {@link PostgresTypes#canonical canonical} spelling:
     * qualified names, names of several words ({@code double precision}, {@code timestamp(3) with time
     * zone}), modifiers and array brackets.
     */
    private String typeName() {
        StringBuilder text = new StringBuilder();
        Token first = next();
        if (first.kind() != Kind.WORD && first.kind() != Kind.QUOTED) {
            throw new UnreadableExpression("expected a type name, not " + first.text());
        }
        text.append(typeWord(first));
        if (first.kind() == Kind.WORD && MULTIWORD_TYPE_STARTS.contains(first.text())) {
            modifier(text);
            while (pos < tokens.size() && tokens.get(pos).kind() == Kind.WORD
                    && MULTIWORD_TYPE_WORDS.contains(tokens.get(pos).text())) {
                text.append(' ').append(tokens.get(pos++).text());
            }
        } else if (peekPunctuation(".")) {
            pos++;
            text.append('.').append(typeWord(next()));
        }
        modifier(text);
        while (peekPunctuation("[")) {
            pos++;
            if (pos < tokens.size() && tokens.get(pos).kind() == Kind.NUMBER) {
                pos++;
            }
            expect("]");
            text.append("[]");
        }
        try {
            return PostgresTypes.canonical(text.toString());
        } catch (IllegalArgumentException e) {
            throw new UnreadableExpression(e.getMessage());
        }
    }

    private static String typeWord(Token t) {
        if (t.kind() == Kind.WORD) {
            return t.text();
        }
        if (t.kind() == Kind.QUOTED) {
            return "\"" + t.text().replace("\"", "\"\"") + "\"";
        }
        throw new UnreadableExpression("expected a type name, not " + t.text());
    }

    private void modifier(StringBuilder text) {
        if (!peekPunctuation("(")) {
            return;
        }
        pos++;
        text.append('(');
        do {
            Token n = next();
            if (n.kind() != Kind.NUMBER) {
                throw new UnreadableExpression("type modifier " + n.text());
            }
            text.append(n.text()).append(',');
        } while (acceptPunctuation(","));
        expect(")");
        text.setCharAt(text.length() - 1, ')');
    }

    private String collationName() {
        String name = identifier();
        if (peekPunctuation(".")) {
            pos++;
            String inSchema = identifier();
            return name.equals("pg_catalog") ? PostgresIdentifiers.quote(inSchema)
                    : PostgresIdentifiers.qualify(name, inSchema);
        }
        return PostgresIdentifiers.quote(name);
    }

    private String identifier() {
        Token t = next();
        if (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) {
            return t.text();
        }
        throw new UnreadableExpression("expected a name, not " + t.text());
    }

    private static Expr junction(String operator, Expr left, Expr right) {
        List<Expr> operands = new ArrayList<>();
        for (Expr e : List.of(left, right)) {
            if (e instanceof Junction j && j.operator().equals(operator)) {
                operands.addAll(j.operands());
            } else {
                operands.add(e);
            }
        }
        return new Junction(operator, List.copyOf(operands));
    }

    /** A numeric constant as PostgreSQL prints it: no leading zeros, a zero before a leading point, lower-case exponent. */
    static String number(String text) {
        if (text.startsWith("-")) {
            return "-" + number(text.substring(1));
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith(".")) {
            return "0" + t;
        }
        int end = 0;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
            end++;
        }
        int zeros = 0;
        while (zeros < end - 1 && t.charAt(zeros) == '0') {
            zeros++;
        }
        return t.substring(zeros);
    }

    private Token next() {
        if (pos >= tokens.size()) {
            throw new UnreadableExpression("unexpected end of expression");
        }
        return tokens.get(pos++);
    }

    private void expect(String punctuation) {
        if (!acceptPunctuation(punctuation)) {
            throw new UnreadableExpression("expected " + punctuation);
        }
    }

    private void expectWord(String word) {
        if (!acceptWord(word)) {
            throw new UnreadableExpression("expected " + word.toUpperCase(Locale.ROOT));
        }
    }

    private boolean acceptPunctuation(String punctuation) {
        if (peekPunctuation(punctuation)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (peekWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peekPunctuation(String punctuation) {
        return pos < tokens.size() && tokens.get(pos).isPunctuation(punctuation);
    }

    private boolean peekWord(String word) {
        return pos < tokens.size() && tokens.get(pos).isWord(word);
    }
}
