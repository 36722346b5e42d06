package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.PostgresTypes;
import dev.atlasj.schema.ColumnType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types of a model as seen from one of its schemas: canonical spellings with user-defined names
 * qualified (each spelling worked out once), which of them are enums, the ranges of the integer
 * types and canonical collation names.
 */
final class ModelTypes {

    private final NameScope names;
    private final Set<String> enums;
    private final Map<String, String> canonical = new HashMap<>();

    /**
     * @param names the names seen from the schema being normalized
     * @param enums the qualified names of every enum type of the model
     */
    ModelTypes(NameScope names, Set<String> enums) {
        this.names = names;
        this.enums = enums;
    }

    NameScope names() {
        return names;
    }

    /** The canonical, qualified spelling of {@code type}; a spelling {@link PostgresTypes} cannot read stays as it is. */
    String type(String type) {
        return canonical.computeIfAbsent(type, t -> {
            try {
                return names.type(PostgresTypes.canonical(t));
            } catch (IllegalArgumentException e) {
                return t;
            }
        });
    }

    /** {@code type} with its canonical form recomputed; the spelling it was written in is kept for the planner. */
    ColumnType columnType(ColumnType type) {
        String canonical = type(type.canonical());
        return canonical.equals(type.canonical()) ? type : new ColumnType(type.raw(), canonical);
    }

    boolean isEnum(String canonicalType) {
        return enums.contains(canonicalType);
    }

    /** The largest value of the integer type {@code type}. */
    static long maxValue(String type) {
        return switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /**
     * The limits {@code {min, max}} of a sequence or identity of integer type {@code type}, with a limit
     * beyond the type's range brought to the type's end: PostgreSQL rejects such a limit, so a model
     * holding one ({@code Long.MAX_VALUE} on an {@code integer} column, say) can only mean "no limit
     * given", which PostgreSQL reads as the type's end.
     */
    static long[] limits(String type, long increment, long min, long max) {
        long typeMax = maxValue(type);
        long typeMin = -typeMax - 1;
        return new long[] {
            increment < 0 && min < typeMin ? typeMin : min,
            increment > 0 && max > typeMax ? typeMax : max
        };
    }

    /**
     * A collation name as the inspector gives it: bare for one in {@code pg_catalog} ({@code C},
     * {@code en_US}), without quotes around a single name, and for a column's collation
     * {@code null} for {@code default} (the database's, which is the column's type's).
     */
    static String collation(String collation, boolean ofColumn) {
        String name = collation == null ? null : unquoted(collation);
        return ofColumn && "default".equals(name) ? null : name;
    }

    private static String unquoted(String collation) {
        String name = collation.startsWith("pg_catalog.") ? collation.substring("pg_catalog.".length()) : collation;
        if (!name.startsWith("\"")) {
            return name;
        }
        try {
            List<Token> tokens = ExpressionLexer.tokens(name);
            return tokens.size() == 1 && tokens.get(0).kind() == Token.Kind.QUOTED ? tokens.get(0).text() : name;
        } catch (UnreadableExpression e) {
            return name;
        }
    }
}
