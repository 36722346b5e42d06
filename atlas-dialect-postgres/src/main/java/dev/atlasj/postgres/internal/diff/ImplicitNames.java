package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.postgres.internal.GeneratedNames;
import dev.atlasj.postgres.internal.diff.Expr.ArrayOf;
import dev.atlasj.postgres.internal.diff.Expr.Call;
import dev.atlasj.postgres.internal.diff.Expr.Case;
import dev.atlasj.postgres.internal.diff.Expr.Cast;
import dev.atlasj.postgres.internal.diff.Expr.Collate;
import dev.atlasj.postgres.internal.diff.Expr.Ref;
import dev.atlasj.postgres.internal.diff.Expr.SqlValue;
import dev.atlasj.postgres.internal.diff.Token.Kind;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a constraint or index name is one PostgreSQL chooses when given none: {@code t_pkey},
 * {@code t_a_b_key}, {@code t_a_fkey}, {@code t_check} or {@code t_a_check}, {@code t_a_idx} or
 * {@code t_lower_idx}, each possibly with the number PostgreSQL appends to the label to avoid a clash
 * ({@code t_a_check1}), shortened to 63 bytes as PostgreSQL shortens it.
 */
public final class ImplicitNames {

    private static final Pattern COLLISION_NUMBER = Pattern.compile("[1-9]\\d*$");
    private static final int MAX_BYTES = 63;

    /** The internal names PostgreSQL uses as an index column's name for a cast to a built-in type. */
    private static final Map<String, String> INTERNAL_TYPE_NAMES = Map.ofEntries(
            Map.entry("integer", "int4"), Map.entry("bigint", "int8"), Map.entry("smallint", "int2"),
            Map.entry("real", "float4"), Map.entry("double precision", "float8"), Map.entry("boolean", "bool"),
            Map.entry("character varying", "varchar"), Map.entry("character", "bpchar"),
            Map.entry("bit varying", "varbit"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"));

    private ImplicitNames() {
    }

    public static boolean primaryKey(Table table, String name) {
        return matches(name, table.name(), List.of(), "pkey");
    }

    public static boolean foreignKey(Table table, ForeignKey key, String name) {
        return matches(name, table.name(), key.columns(), "fkey");
    }

    /**
     * A check is named after its table and, when its expression mentions exactly one column, that
     * column ({@code t_a_check}); {@code t_check} otherwise. Both are accepted for any check, since
     * which columns PostgreSQL counts is decided on the parsed expression.
     */
    public static boolean check(Table table, Check check, String name) {
        if (matches(name, table.name(), List.of(), "check")) {
            return true;
        }
        Set<String> columns = table.columns().stream().map(Column::name).collect(java.util.stream.Collectors.toSet());
        try {
            for (Token t : ExpressionLexer.tokens(check.expression())) {
                boolean column = (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) && columns.contains(t.text());
                if (column && matches(name, table.name(), List.of(t.text()), "check")) {
                    return true;
                }
            }
        } catch (UnreadableExpression e) {
            return false;
        }
        return false;
    }

    /**
     * A UNIQUE constraint is named {@code t_cols_key}, any other index {@code t_cols_idx}, where the
     * columns are the index's own names for its columns, INCLUDE columns too: a column's name, for an
     * expression the name of the function it calls (or of the type it casts to, {@code case}, {@code
     * array}, …), else {@code expr}, numbered when repeated.
     */
    public static boolean index(Table table, Index index, String name) {
        List<String> columns = indexColumnNames(index);
        if (columns == null) {
            return false;
        }
        String label = index.attributes().is(PostgresAttributes.INDEX_CONSTRAINT) ? "key" : "idx";
        return matches(name, table.name(), columns, label);
    }

    /** The names PostgreSQL gives the columns of {@code index}, or {@code null} when an expression cannot be read. */
    private static List<String> indexColumnNames(Index index) {
        List<String> names = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            String name;
            if (part.isExpression()) {
                Expr tree;
                try {
                    tree = ExpressionParser.parse(ExpressionLexer.tokens(part.expression()));
                } catch (UnreadableExpression e) {
                    return null;
                }
                name = columnName(tree);
            } else {
                name = part.column();
            }
            names.add(unique(name == null ? "expr" : name, names));
        }
        for (String include : index.attributes().getOrDefault(PostgresAttributes.INDEX_INCLUDE, List.of())) {
            names.add(unique(include, names));
        }
        return names;
    }

    /** PostgreSQL's {@code FigureIndexColname}: the name an expression gives its column, or {@code null}. */
    private static String columnName(Expr e) {
        return figure(e).name();
    }

    /**
     * A name for {@code e} and how strongly it names it, as PostgreSQL's {@code FigureColnameInternal}
     * figures: 2 for a column, function, array or SQL value function; 1 for {@code case} and for the
     * type a weaker-named expression is cast to; 0 for no name.
     */
    private static Figured figure(Expr e) {
        if (e instanceof Ref r) {
            return new Figured(r.parts().get(r.parts().size() - 1), 2);
        }
        if (e instanceof Call c) {
            return new Figured(c.name().get(c.name().size() - 1), 2);
        }
        if (e instanceof ArrayOf) {
            return new Figured("array", 2);
        }
        if (e instanceof SqlValue v) {
            return new Figured(v.keyword().toLowerCase(Locale.ROOT), 2);
        }
        if (e instanceof Collate c) {
            return figure(c.operand());
        }
        if (e instanceof Case) {
            return new Figured("case", 1);
        }
        if (e instanceof Cast c) {
            Figured inner = figure(c.operand());
            return inner.strength() > 1 ? inner : new Figured(typeName(c.type()), 1);
        }
        return new Figured(null, 0);
    }

    private record Figured(String name, int strength) {
    }

    /** The last part of a type's name as PostgreSQL stores it: {@code int4} for {@code integer}, {@code mood} for {@code public.mood}. */
    private static String typeName(String canonical) {
        String type = TypeNames.withoutModifier(canonical);
        while (TypeNames.isArray(type)) {
            type = TypeNames.element(type);
        }
        if (INTERNAL_TYPE_NAMES.containsKey(type)) {
            return INTERNAL_TYPE_NAMES.get(type);
        }
        List<Token> tokens = ExpressionLexer.tokens(type);
        return tokens.get(tokens.size() - 1).text();
    }

    /** {@code name}, or {@code name} shortened and numbered when an earlier column has it. */
    private static String unique(String name, List<String> taken) {
        String candidate = name;
        for (int i = 1; taken.contains(candidate); i++) {
            String number = Integer.toString(i);
            candidate = clip(name, MAX_BYTES - number.length()) + number;
        }
        return candidate;
    }

    private static String clip(String name, int maxBytes) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return name;
        }
        int end = maxBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code name} is what PostgreSQL makes of the table, columns and label, or of the label
     * with a collision number: it appends the number to the label before shortening.
     */
    static boolean matches(String name, String table, List<String> columns, String label) {
        if (name.equals(GeneratedNames.of(table, columns, label))) {
            return true;
        }
        Matcher number = COLLISION_NUMBER.matcher(name);
        return number.find() && name.equals(GeneratedNames.of(table, columns, label + number.group()));
    }
}
