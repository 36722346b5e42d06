package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.INDEX_INCLUDE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_METHOD;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_NULLS_NOT_DISTINCT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_STORAGE_PARAMETERS;
import static dev.atlasj.postgres.PostgresAttributes.PART_COLLATION;
import static dev.atlasj.postgres.PostgresAttributes.PART_NULLS;
import static dev.atlasj.postgres.PostgresAttributes.PART_OPCLASS;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** DDL for indexes, and the index parameters that {@code UNIQUE} and {@code PRIMARY KEY} constraints share. */
public final class IndexDdl {

    private static final Pattern BARE_VALUE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?|[a-z_][a-z0-9_]*");

    private IndexDdl() {
    }

    /**
     * {@code CREATE [UNIQUE] INDEX name ON s.t [USING method] (parts) [INCLUDE (…)] [NULLS NOT DISTINCT]
     * [WITH (…)] [WHERE predicate]}.
     *
     * @param reverseIfExists whether the reverse tolerates the index being gone already, as the index
     *     of a partition is once its parent's index is dropped
     */
    public static Ddl create(QualifiedName table, Index index, boolean reverseIfExists) {
        Attributes a = index.attributes();
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ").append(PostgresIdentifiers.quote(index.name())).append(" ON ").append(table.sql());
        if (a.has(INDEX_METHOD)) {
            sql.append(" USING ").append(PostgresIdentifiers.quote(a.get(INDEX_METHOD)));
        }
        sql.append(" (").append(index.parts().stream().map(IndexDdl::part).collect(Collectors.joining(", "))).append(')');
        sql.append(include(a));
        if (a.is(INDEX_NULLS_NOT_DISTINCT)) {
            sql.append(" NULLS NOT DISTINCT");
        }
        sql.append(storageParameters(a));
        if (a.has(INDEX_PREDICATE)) {
            sql.append(" WHERE ").append(a.get(INDEX_PREDICATE));
        }
        return new Ddl(sql.toString(), "DROP INDEX " + (reverseIfExists ? "IF EXISTS " : "") + qualified(table, index));
    }

    /**
     * {@code DROP INDEX [IF EXISTS] s.name}, for an index that no constraint owns.
     *
     * @param ifExists whether the index may be gone already, as a partition's is once its parent's
     *     is dropped
     * @param recreate the script that creates the index again, for the reverse
     */
    public static Ddl drop(QualifiedName table, Index index, boolean ifExists, String recreate) {
        return new Ddl("DROP INDEX " + (ifExists ? "IF EXISTS " : "") + qualified(table, index), recreate);
    }

    /** {@code ALTER INDEX s.old RENAME TO new}, which renames the constraint an index backs along with it. */
    public static Ddl rename(QualifiedName table, Index from, Index to) {
        return new Ddl("ALTER INDEX " + qualified(table, from) + " RENAME TO " + PostgresIdentifiers.quote(to.name()),
                "ALTER INDEX " + qualified(table, to) + " RENAME TO " + PostgresIdentifiers.quote(from.name()));
    }

    /** The target of {@code COMMENT ON} for the index, which lives in its table's schema. */
    public static String commentTarget(QualifiedName table, Index index) {
        return "INDEX " + qualified(table, index);
    }

    /** {@code " INCLUDE (a, b)"}, or nothing. */
    static String include(Attributes attributes) {
        List<String> columns = attributes.getOrDefault(INDEX_INCLUDE, List.of());
        return columns.isEmpty() ? "" : " INCLUDE (" + columnList(columns) + ")";
    }

    /** {@code " WITH (fillfactor = 70)"}, or nothing. */
    static String storageParameters(Attributes attributes) {
        Map<String, String> parameters = attributes.getOrDefault(INDEX_STORAGE_PARAMETERS, Map.of());
        if (parameters.isEmpty()) {
            return "";
        }
        return " WITH (" + parameters.entrySet().stream()
                .map(p -> p.getKey() + " = " + (BARE_VALUE.matcher(p.getValue()).matches()
                        ? p.getValue() : Literals.string(p.getValue())))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Column names, quoted and separated by commas. */
    static String columnList(List<String> columns) {
        return columns.stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(", "));
    }

    private static String part(IndexPart part) {
        Attributes a = part.attributes();
        StringBuilder sql = new StringBuilder(part.isExpression()
                ? "(" + part.expression() + ")" : PostgresIdentifiers.quote(part.column()));
        if (a.has(PART_COLLATION)) {
            sql.append(" COLLATE ").append(Collations.sql(a.get(PART_COLLATION)));
        }
        if (a.has(PART_OPCLASS)) {
            sql.append(' ').append(QualifiedName.parse(a.get(PART_OPCLASS), null).sql());
        }
        if (part.descending()) {
            sql.append(" DESC");
        }
        if (a.has(PART_NULLS)) {
            sql.append(" NULLS ").append(a.get(PART_NULLS));
        }
        return sql.toString();
    }

    private static String qualified(QualifiedName table, Index index) {
        return new QualifiedName(table.schema(), index.name()).sql();
    }
}
