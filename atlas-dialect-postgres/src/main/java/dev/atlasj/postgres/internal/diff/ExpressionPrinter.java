package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.PostgresIdentifiers;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints an {@link Expr} as SQL with the fewest parentheses that keep its meaning: an operand is
 * parenthesized only when it binds less tightly than its place requires, so that reading the output
 * back gives the same tree. Keywords are upper case, names quoted only where needed, string
 * constants in standard syntax.
 */
final class ExpressionPrinter {

    /** Grammar constructs that read like function calls but must not be quoted. */
    private static final Set<String> KEYWORD_FUNCTIONS = Set.of("coalesce", "nullif", "greatest", "least");

    private ExpressionPrinter() {
    }

    static String print(Expr e) {
        StringBuilder out = new StringBuilder();
        print(e, out);
        return out.toString();
    }

    private static void print(Expr e, StringBuilder out) {
        if (e instanceof Str s) {
            out.append(literal(s.value()));
        } else if (e instanceof Num n) {
            out.append(n.text());
        } else if (e instanceof Bool b) {
            out.append(b.value());
        } else if (e instanceof Null) {
            out.append("NULL");
        } else if (e instanceof Ref r) {
            out.append(r.parts().stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(".")));
        } else if (e instanceof SqlValue v) {
            out.append(v.keyword()).append(v.precision() == null ? "" : "(" + v.precision() + ")");
        } else if (e instanceof Call c) {
            call(c, out);
        } else if (e instanceof Cast c) {
            operand(c.operand(), Expr.CAST, out);
            out.append("::").append(c.type());
        } else if (e instanceof Prefix p) {
            StringBuilder operand = new StringBuilder();
            operand(p.operand(), p.precedence(), operand);
            boolean glued = !p.operator().equals("NOT") && operand.charAt(0) != '-' && operand.charAt(0) != '+';
            out.append(p.operator()).append(glued ? "" : " ").append(operand);
        } else if (e instanceof Binary b) {
            boolean leftAssociative = b.precedence() >= Expr.OTHER_OPERATOR;
            operand(b.left(), leftAssociative ? b.precedence() : b.precedence() + 1, out);
            out.append(' ').append(b.operator()).append(' ');
            operand(b.right(), b.precedence() + 1, out);
        } else if (e instanceof Junction j) {
            for (int i = 0; i < j.operands().size(); i++) {
                out.append(i == 0 ? "" : " " + j.operator() + " ");
                operand(j.operands().get(i), j.precedence() + 1, out);
            }
        } else if (e instanceof Quantified q && q.isInList()) {
            print(new In(q.left(), ((ArrayOf) q.right()).elements(), q.quantifier().equals("ALL")), out);
        } else if (e instanceof Quantified q) {
            boolean leftAssociative = q.precedence() >= Expr.OTHER_OPERATOR;
            operand(q.left(), leftAssociative ? q.precedence() : q.precedence() + 1, out);
            out.append(' ').append(q.operator()).append(' ').append(q.quantifier()).append(" (");
            print(q.right(), out);
            out.append(')');
        } else if (e instanceof Test t) {
            operand(t.operand(), Expr.IS + 1, out);
            out.append(" IS ").append(t.test());
        } else if (e instanceof In in) {
            operand(in.operand(), Expr.IN + 1, out);
            out.append(in.not() ? " NOT IN (" : " IN (");
            list(in.list(), out);
            out.append(')');
        } else if (e instanceof ArrayOf a) {
            out.append("ARRAY[");
            list(a.elements(), out);
            out.append(']');
        } else if (e instanceof Case c) {
            caseExpression(c, out);
        } else if (e instanceof Collate c) {
            operand(c.operand(), Expr.COLLATE, out);
            out.append(" COLLATE ").append(c.collation());
        }
    }

    /** Prints {@code e} in a place that requires at least {@code precedence}, in parentheses when it binds less. */
    private static void operand(Expr e, int precedence, StringBuilder out) {
        if (e.precedence() < precedence) {
            out.append('(');
            print(e, out);
            out.append(')');
        } else {
            print(e, out);
        }
    }

    private static void call(Call c, StringBuilder out) {
        if (c.name().size() == 1 && KEYWORD_FUNCTIONS.contains(c.name().get(0))) {
            out.append(c.name().get(0).toUpperCase(java.util.Locale.ROOT));
        } else {
            out.append(c.name().stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(".")));
        }
        out.append('(');
        if (c.star()) {
            out.append('*');
        } else {
            list(c.args(), out);
        }
        out.append(')');
    }

    private static void caseExpression(Case c, StringBuilder out) {
        out.append("CASE");
        if (c.subject() != null) {
            out.append(' ');
            print(c.subject(), out);
        }
        for (When w : c.whens()) {
            out.append(" WHEN ");
            print(w.condition(), out);
            out.append(" THEN ");
            print(w.result(), out);
        }
        if (c.otherwise() != null) {
            out.append(" ELSE ");
            print(c.otherwise(), out);
        }
        out.append(" END");
    }

    private static void list(List<Expr> items, StringBuilder out) {
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            print(items.get(i), out);
        }
    }

    /** A string constant in standard syntax; backslashes are plain characters with {@code standard_conforming_strings} on. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
