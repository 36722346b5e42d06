package dev.atlasj.postgres.internal.diff;

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
import dev.atlasj.postgres.internal.diff.Expr.Str;
import dev.atlasj.postgres.internal.diff.Expr.Test;
import dev.atlasj.postgres.internal.diff.Expr.When;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a parsed expression into its canonical form, bottom up. Every rewrite keeps the meaning;
 * each undoes a difference between how a person writes an expression and how PostgreSQL prints it:
 *
 * <ul>
 *   <li>type names in casts are canonical and qualified ({@code 'ok'::mood} → {@code 'ok'::public.mood});
 *   <li>a cast constant PostgreSQL would print bare is bare ({@code '-1'::integer} → {@code -1},
 *       {@code 't'::boolean} → {@code true}, {@code 1::integer} → {@code 1});
 *   <li>the cast of a {@code varchar} column to {@code text}, which PostgreSQL adds wherever such a
 *       column meets a text operator or function, is dropped ({@code (name)::text} → {@code name});
 *   <li>in a comparison ({@code =}, {@code <>}, {@code <}, …, {@code LIKE}'s {@code ~~}, regular
 *       expression matches, {@code IS DISTINCT FROM}, {@code = ANY}) and among the arguments of
 *       {@code COALESCE}, {@code NULLIF}, {@code GREATEST} and {@code LEAST}, a constant cast to the
 *       type of the column (or cast) it meets loses the cast ({@code email <> ''::text} → {@code email <> ''}),
 *       because PostgreSQL gives an untyped constant exactly that type there;
 *   <li>{@code nextval}'s argument is a qualified {@code regclass} constant.
 * </ul>
 *
 * <p>It does not resolve function names, operators or implicit casts between different types
 * ({@code (qty)::numeric}); those are compared as written.
 */
final class Canonicalizer {

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=", "~~", "!~~", "~~*",
            "!~~*", "~", "~*", "!~", "!~*", "IS DISTINCT FROM", "IS NOT DISTINCT FROM");
    private static final Set<String> COMMON_TYPE_FUNCTIONS = Set.of("coalesce", "nullif", "greatest", "least");
    /** Built-in functions that return {@code text} for text arguments, as unqualified names in PostgreSQL's output are. */
    private static final Set<String> TEXT_FUNCTIONS = Set.of("lower", "upper", "initcap", "btrim", "ltrim", "rtrim",
            "left", "right", "substr", "replace", "translate", "reverse", "repeat", "lpad", "rpad", "md5", "concat",
            "concat_ws", "format", "to_char", "quote_ident", "quote_literal", "split_part", "regexp_replace");

    private final ModelTypes types;
    private final Map<String, String> columnTypes;

    /**
     * @param types resolves type and sequence names
     * @param columnTypes the canonical type of each column the expression may mention, by name
     */
    Canonicalizer(ModelTypes types, Map<String, String> columnTypes) {
        this.types = types;
        this.columnTypes = columnTypes;
    }

    Expr canonical(Expr e) {
        if (e instanceof Cast c) {
            return cast(canonical(c.operand()), types.type(c.type()));
        }
        if (e instanceof Prefix p) {
            return new Prefix(p.operator(), canonical(p.operand()));
        }
        if (e instanceof Binary b) {
            return binary(b.operator(), canonical(b.left()), canonical(b.right()));
        }
        if (e instanceof Junction j) {
            return new Junction(j.operator(), j.operands().stream().map(this::canonical).toList());
        }
        if (e instanceof Quantified q) {
            return quantified(q.operator(), q.quantifier(), canonical(q.left()), canonical(q.right()));
        }
        if (e instanceof Test t) {
            return new Test(canonical(t.operand()), t.test());
        }
        if (e instanceof In in) {
            return new In(canonical(in.operand()), in.list().stream().map(this::canonical).toList(), in.not());
        }
        if (e instanceof ArrayOf a) {
            return new ArrayOf(a.elements().stream().map(this::canonical).toList());
        }
        if (e instanceof Case c) {
            return new Case(c.subject() == null ? null : canonical(c.subject()),
                    c.whens().stream().map(w -> new When(canonical(w.condition()), canonical(w.result()))).toList(),
                    c.otherwise() == null ? null : canonical(c.otherwise()));
        }
        if (e instanceof Collate c) {
            return new Collate(canonical(c.operand()), c.collation());
        }
        if (e instanceof Call c) {
            return call(c);
        }
        return e;
    }

    /**
     * {@code literal} as an untyped constant given to a place of type {@code type} (a column default,
     * the other side of a comparison): when it was cast to a {@link TypeNames#compatible compatible}
     * type, without the cast; a string holding a number of a numeric type, or a boolean word, as that
     * constant. Anything else unchanged.
     */
    Expr untyped(Expr literal, String type) {
        if (type == null) {
            return literal;
        }
        if (literal instanceof Collate c) {
            return new Collate(untyped(c.operand(), type), c.collation());
        }
        Expr value = literal;
        if (literal instanceof Cast c && isBareConstant(c.operand()) && TypeNames.compatible(c.type(), type)) {
            value = c.operand();
        }
        if (value instanceof Str s) {
            if (TypeNames.isNumber(type) && TypeNames.isNumberOf(s.value(), type)) {
                return new Num(ExpressionParser.number(s.value()));
            }
            Boolean b = TypeNames.isBoolean(type) ? TypeNames.booleanValue(s.value()) : null;
            if (b != null) {
                return new Bool(b);
            }
        }
        return value;
    }

    private Expr cast(Expr operand, String type) {
        if (operand instanceof Str s) {
            Boolean b = TypeNames.isBoolean(type) ? TypeNames.booleanValue(s.value()) : null;
            if (b != null) {
                return new Bool(b);
            }
            if (type.equals(TypeNames.naturalType(s.value()))) {
                return new Num(ExpressionParser.number(s.value()));
            }
        }
        if (operand instanceof Num n && type.equals(TypeNames.naturalType(n.text()))) {
            return n;
        }
        if (type.equals("text") && operand instanceof Ref r && r.column() != null
                && TypeNames.isVarchar(columnTypes.getOrDefault(r.column(), ""))) {
            return r;
        }
        if (type.equals("text") && operand instanceof Cast inner && inner.operand() instanceof Str
                && inner.type().equals("character varying")) {
            return new Cast(inner.operand(), type);
        }
        return new Cast(operand, type);
    }

    private Expr binary(String operator, Expr left, Expr right) {
        if (COMPARISONS.contains(operator)) {
            return new Binary(operator, untyped(left, typeOf(right)), untyped(right, typeOf(left)));
        }
        if (operator.equals("||")) {
            return new Binary(operator, untyped(left, textType(right)), untyped(right, textType(left)));
        }
        return new Binary(operator, left, right);
    }

    /** The type of {@code e} when it is {@code text} or {@code character varying}, else {@code null}. */
    private String textType(Expr e) {
        String type = typeOf(e);
        return type != null && (type.equals("text") || TypeNames.isVarchar(type)) ? type : null;
    }

    /** Whether {@code e} is text for {@code ||}: a text or varchar column, cast or function, or a string constant. */
    private boolean isText(Expr e) {
        return textType(e) != null || e instanceof Str || (e instanceof Cast c && c.operand() instanceof Str
                && c.type().equals("text"));
    }

    private Expr quantified(String operator, String quantifier, Expr left, Expr right) {
        String element = typeOf(left);
        if (!COMPARISONS.contains(operator) || element == null) {
            return new Quantified(operator, quantifier, left, right);
        }
        Expr array = right;
        if (array instanceof Cast c && TypeNames.compatible(c.type(), element + "[]")
                && (c.operand() instanceof Str || (c.operand() instanceof ArrayOf a && !a.elements().isEmpty()))) {
            array = c.operand();
        }
        if (array instanceof ArrayOf a) {
            array = new ArrayOf(a.elements().stream().map(x -> untyped(x, element)).toList());
        }
        return new Quantified(operator, quantifier, left, array);
    }

    private Expr call(Call c) {
        List<Expr> args = c.args().stream().map(this::canonical).toList();
        if (c.named("nextval") && args.size() == 1) {
            Expr arg = args.get(0);
            if (arg instanceof Cast cast && cast.type().equals("regclass")) {
                arg = cast.operand();
            }
            String sequence = arg instanceof Str s ? types.names().sequence(s.value()) : null;
            if (sequence != null) {
                return new Call(c.name(), List.of(new Cast(new Str(sequence), "regclass")), false);
            }
        }
        if (c.name().size() == 1 && COMMON_TYPE_FUNCTIONS.contains(c.name().get(0))) {
            String common = args.stream().map(this::typeOf).filter(t -> t != null).findFirst().orElse(null);
            args = args.stream().map(a -> untyped(a, common)).toList();
        }
        return new Call(c.name(), args, c.star());
    }

    /**
     * The type of {@code e} when certain: a column's; a cast's that is not of a constant (those are
     * what the rules strip); {@code text} for the concatenation of texts and for the built-in text
     * functions; the type of {@code COALESCE} and its kin from their arguments. Otherwise {@code null}.
     */
    private String typeOf(Expr e) {
        if (e instanceof Ref r && r.column() != null) {
            return columnTypes.get(r.column());
        }
        if (e instanceof Cast c && !isBareConstant(c.operand())) {
            return c.type();
        }
        if (e instanceof Collate c) {
            return typeOf(c.operand());
        }
        if (e instanceof Binary b && b.operator().equals("||") && isText(b.left()) && isText(b.right())) {
            return "text";
        }
        if (e instanceof Call c && c.name().size() == 1) {
            if (TEXT_FUNCTIONS.contains(c.name().get(0))) {
                return "text";
            }
            if (COMMON_TYPE_FUNCTIONS.contains(c.name().get(0))) {
                return c.args().stream().map(this::typeOf).filter(t -> t != null).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** Whether {@code e} is a constant with no cast. */
    private static boolean isBareConstant(Expr e) {
        return e instanceof Str || e instanceof Num || e instanceof Bool || e instanceof Null;
    }
}
