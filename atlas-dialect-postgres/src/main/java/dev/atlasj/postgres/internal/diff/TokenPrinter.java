package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.postgres.internal.diff.Token.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints tokens back as SQL in one spelling: single spaces, none inside brackets or around {@code ::}
 * and {@code .}, keywords in upper case, identifiers quoted only where needed, string constants in
 * standard syntax. The fallback for expressions the parser does not read: whitespace, comments, case
 * and quoting no longer matter, the rest is compared as written.
 */
final class TokenPrinter {

    private static final Set<String> KEYWORDS = Set.of("all", "and", "any", "array", "as", "asc", "between", "both",
            "by", "case", "cast", "collate", "current_date", "current_role", "current_time", "current_timestamp",
            "current_user", "default", "desc", "distinct", "else", "end", "escape", "exists", "filter", "first", "for",
            "from", "hash", "ilike", "in", "is", "isnull", "last", "leading", "like", "list", "localtime",
            "localtimestamp", "maxvalue", "minvalue", "modulus", "not", "notnull", "null", "nulls", "or", "order",
            "over", "range", "remainder", "select", "session_user", "similar", "some", "then", "to", "trailing",
            "unknown", "user", "values", "when", "where", "with", "within", "zone");

    private TokenPrinter() {
    }

    static String print(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (previous != null && spaced(previous, t)) {
                out.append(' ');
            }
            out.append(text(t));
            previous = t;
        }
        return out.toString();
    }

    private static boolean spaced(Token before, Token after) {
        if (before.kind() == Kind.CAST || after.kind() == Kind.CAST
                || before.isPunctuation(".") || after.isPunctuation(".")
                || before.isPunctuation("(") || before.isPunctuation("[")
                || after.isPunctuation(")") || after.isPunctuation("]") || after.isPunctuation(",")
                || after.isPunctuation("[")) {
            return false;
        }
        if (after.isPunctuation("(")) {
            boolean name = (before.kind() == Kind.WORD || before.kind() == Kind.QUOTED) && !isKeyword(before);
            return !name;
        }
        return true;
    }

    /** Whether {@code t} reads as a keyword: an unquoted one, or a quoted one that needs no quotes. */
    private static boolean isKeyword(Token t) {
        return KEYWORDS.contains(t.text())
                && (t.kind() == Kind.WORD || (t.kind() == Kind.QUOTED && PostgresIdentifiers.quote(t.text()).equals(t.text())));
    }

    private static String text(Token t) {
        return switch (t.kind()) {
            case WORD -> isKeyword(t) ? t.text().toUpperCase(Locale.ROOT) : t.text();
            case QUOTED -> isKeyword(t) ? t.text().toUpperCase(Locale.ROOT) : PostgresIdentifiers.quote(t.text());
            case STRING -> ExpressionPrinter.literal(t.text());
            default -> t.text();
        };
    }
}
