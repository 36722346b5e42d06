package dev.atlasj.postgres.internal.diff;

import java.util.List;

/**
 * The syntax tree of the PostgreSQL expressions this package understands, in the shape PostgreSQL's
 * parser gives them: {@code LIKE} is the operator {@code ~~}, {@code BETWEEN} two comparisons,
 * {@code IN} over constants {@code = ANY (ARRAY[…])}, {@code -1} one constant.
 */
sealed interface Expr {

    /** How tightly the expression binds, following PostgreSQL's grammar; higher binds tighter. */
    int precedence();

    int OR = 1;
    int AND = 2;
    int NOT = 3;
    int IS = 4;
    int COMPARISON = 5;
    int IN = 6;
    int OTHER_OPERATOR = 7;
    int ADDITIVE = 8;
    int MULTIPLICATIVE = 9;
    int EXPONENT = 10;
    int COLLATE = 12;
    int UNARY = 13;
    int CAST = 14;
    int ATOM = 15;

    /** A string constant with no type given. */
    record Str(String value) implements Expr {
        public int precedence() {
            return ATOM;
        }
    }

    /** A numeric constant, sign included: {@code 0}, {@code -1}, {@code 1.50}. */
    record Num(String text) implements Expr {
        public int precedence() {
            return text.startsWith("-") ? UNARY : ATOM;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Expr {
        public int precedence() {
            return ATOM;
        }
    }

    /** {@code NULL}. */
    record Null() implements Expr {
        public int precedence() {
            return ATOM;
        }
    }

    /** A column reference, possibly qualified; parts are exact names. */
    record Ref(List<String> parts) implements Expr {
        public int precedence() {
            return ATOM;
        }

        /** The column name when the reference is a bare one, else {@code null}. */
        String column() {
            return parts.size() == 1 ? parts.get(0) : null;
        }
    }

    /** A function call; {@code star} for {@code count(*)}. */
    record Call(List<String> name, List<Expr> args, boolean star) implements Expr {
        public int precedence() {
            return ATOM;
        }

        boolean named(String function) {
            return name.size() == 1 && name.get(0).equals(function);
        }
    }

    /** A parameterless SQL function written as a keyword: {@code CURRENT_TIMESTAMP}, {@code CURRENT_USER}, … */
    record SqlValue(String keyword, String precision) implements Expr {
        public int precedence() {
            return ATOM;
        }
    }

    /** {@code operand::type}, the type in its canonical spelling. */
    record Cast(Expr operand, String type) implements Expr {
        public int precedence() {
            return CAST;
        }
    }

    /** {@code NOT x}, {@code -x}, {@code +x}. */
    record Prefix(String operator, Expr operand) implements Expr {
        public int precedence() {
            return operator.equals("NOT") ? NOT : UNARY;
        }
    }

    /** {@code left operator right} for every binary operator but AND and OR. */
    record Binary(String operator, Expr left, Expr right) implements Expr {
        public int precedence() {
            return operatorPrecedence(operator);
        }
    }

    /** {@code a AND b AND …} or {@code a OR b OR …}, flattened. */
    record Junction(String operator, List<Expr> operands) implements Expr {
        public int precedence() {
            return operator.equals("AND") ? AND : OR;
        }
    }

    /** {@code left operator ANY|ALL (right)}. */
    record Quantified(String operator, String quantifier, Expr left, Expr right) implements Expr {
        public int precedence() {
            return isInList() ? IN : operatorPrecedence(operator);
        }

        /**
         * Whether this is what {@code left [NOT] IN (constants)} becomes, and is printed that way: read
         * back, it gives PostgreSQL the same tree as the user's {@code IN} did.
         */
        boolean isInList() {
            boolean in = operator.equals("=") && quantifier.equals("ANY");
            boolean notIn = operator.equals("<>") && quantifier.equals("ALL");
            return (in || notIn) && right instanceof ArrayOf a && a.elements().size() > 1
                    && a.elements().stream().allMatch(Expr::isConstant);
        }
    }

    /** {@code operand IS [NOT] NULL|TRUE|FALSE|UNKNOWN}; {@code test} is what follows {@code IS}. */
    record Test(Expr operand, String test) implements Expr {
        public int precedence() {
            return IS;
        }
    }

    /** {@code operand [NOT] IN (list)}, kept when PostgreSQL would not turn it into {@code = ANY}. */
    record In(Expr operand, List<Expr> list, boolean not) implements Expr {
        public int precedence() {
            return IN;
        }
    }

    /** {@code ARRAY[elements]}. */
    record ArrayOf(List<Expr> elements) implements Expr {
        public int precedence() {
            return ATOM;
        }
    }

    /** {@code CASE [subject] WHEN … THEN … [ELSE otherwise] END}. */
    record Case(Expr subject, List<When> whens, Expr otherwise) implements Expr {
        public int precedence() {
            return ATOM;
        }
    }

    /** One {@code WHEN condition THEN result} of a {@link Case}. */
    record When(Expr condition, Expr result) {
    }

    /** {@code operand COLLATE collation}, the collation printed as PostgreSQL would. */
    record Collate(Expr operand, String collation) implements Expr {
        public int precedence() {
            return COLLATE;
        }
    }

    /** Whether {@code e} is a constant, cast or not. */
    static boolean isConstant(Expr e) {
        return e instanceof Str || e instanceof Num || e instanceof Bool || e instanceof Null
                || (e instanceof Cast c && isConstant(c.operand()));
    }

    /** The precedence of a binary operator, as PostgreSQL's grammar gives it. */
    static int operatorPrecedence(String operator) {
        return switch (operator) {
            case "=", "<", ">", "<=", ">=", "<>" -> COMPARISON;
            case "IS DISTINCT FROM", "IS NOT DISTINCT FROM" -> IS;
            case "+", "-" -> ADDITIVE;
            case "*", "/", "%" -> MULTIPLICATIVE;
            case "^" -> EXPONENT;
            default -> OTHER_OPERATOR;
        };
    }
}
