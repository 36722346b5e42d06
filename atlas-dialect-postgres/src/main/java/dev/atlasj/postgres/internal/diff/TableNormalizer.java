package dev.atlasj.postgres.internal.diff;

import static dev.atlasj.postgres.PostgresAttributes.CHECK_NO_INHERIT;
import static dev.atlasj.postgres.PostgresAttributes.DEFERRABLE;
import static dev.atlasj.postgres.PostgresAttributes.FK_MATCH;
import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_INCLUDE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_METHOD;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_NULLS_NOT_DISTINCT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_STORAGE_PARAMETERS;
import static dev.atlasj.postgres.PostgresAttributes.INITIALLY_DEFERRED;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static dev.atlasj.postgres.PostgresAttributes.PART_COLLATION;
import static dev.atlasj.postgres.PostgresAttributes.PART_NULLS;
import static dev.atlasj.postgres.PostgresAttributes.PART_OPCLASS;
import static dev.atlasj.postgres.PostgresAttributes.UNLOGGED;

import dev.atlasj.postgres.Identity;
import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.postgres.internal.GeneratedNames;
import dev.atlasj.postgres.internal.diff.Expr.Ref;
import dev.atlasj.schema.AttributeKey;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Brings one table to canonical form; see {@link RealmNormalizer} for the rules. */
final class TableNormalizer {

    /** Serial pseudo-types and the integer type each stands for. */
    private static final Map<String, String> SERIALS = Map.of("smallserial", "smallint", "serial2", "smallint",
            "serial", "integer", "serial4", "integer", "bigserial", "bigint", "serial8", "bigint");

    private final ModelTypes types;
    private final Table table;
    private final List<Sequence> serialSequences = new ArrayList<>();
    private Canonicalizer rules;
    private Map<String, Column> columns;

    TableNormalizer(ModelTypes types, Table table) {
        this.types = types;
        this.table = table;
    }

    /** The canonical table. */
    Table normalize() {
        List<String> keyColumns = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        List<Column> typed = new ArrayList<>();
        Map<String, String> columnTypes = new HashMap<>();
        for (Column column : table.columns()) {
            Column c = column(column, keyColumns.contains(column.name()));
            typed.add(c);
            columnTypes.put(c.name(), c.type().canonical());
        }
        rules = new Canonicalizer(types, columnTypes);
        columns = new HashMap<>();
        List<Column> result = new ArrayList<>();
        for (Column c : typed) {
            Column normalized = c.withDefault(c.defaultExpression() == null ? null
                            : Expressions.defaultValue(c.defaultExpression(), c.type().canonical(), rules))
                    .withGenerated(c.generated() == null ? null : new Generated(
                            Expressions.expression(c.generated().expression(), rules), c.generated().stored()));
            result.add(normalized);
            columns.put(normalized.name(), normalized);
        }
        return new Table(table.name(), result, primaryKey(table.primaryKey()),
                table.indexes().stream().map(this::index).toList(),
                table.foreignKeys().stream().map(this::foreignKey).toList(),
                table.checks().stream().map(this::check).toList(),
                table.comment(),
                withoutFalse(table.attributes(), UNLOGGED)
                        .with(PARTITION_KEY, clause(table.attributes().get(PARTITION_KEY)))
                        .with(PARTITION_BOUND, clause(table.attributes().get(PARTITION_BOUND)))
                        .with(PARTITION_OF, partitionOf(table.attributes().get(PARTITION_OF))));
    }

    /** The sequences that the table's serial columns stand for, created by {@link #normalize()}. */
    List<Sequence> serialSequences() {
        return serialSequences;
    }

    /**
     * A column with its type canonical; a serial column as the integer column with an owned sequence
     * that {@code serial} stands for; NOT NULL where PostgreSQL makes it so (primary key, identity, serial);
     * identity limits beyond the type's range (which PostgreSQL would reject) as the type's own.
     */
    private Column column(Column column, boolean inPrimaryKey) {
        Column c = column.withType(types.columnType(column.type()));
        String serial = SERIALS.get(column.type().raw().strip().toLowerCase(Locale.ROOT));
        if (serial != null && column.defaultExpression() == null && !column.attributes().has(IDENTITY)) {
            String sequence = GeneratedNames.of(table.name(), List.of(column.name()), "seq");
            serialSequences.add(new Sequence(sequence, serial, 1, 1, 1, ModelTypes.maxValue(serial), 1, false,
                    new Sequence.Owner(table.name(), column.name()), null, Attributes.empty()));
            c = c.withType(ColumnType.canonical(serial)).withNullable(false).withDefault("nextval("
                    + ExpressionPrinter.literal(PostgresIdentifiers.qualify(types.names().schema(), sequence))
                    + "::regclass)");
        }
        Identity identity = c.attributes().get(IDENTITY);
        if (identity != null) {
            c = c.with(IDENTITY, identity(identity, c.type().canonical())).withNullable(false);
        }
        if (inPrimaryKey) {
            c = c.withNullable(false);
        }
        return c.withCollation(ModelTypes.collation(c.collation(), true));
    }

    private static Identity identity(Identity i, String type) {
        long[] limits = ModelTypes.limits(type, i.increment(), i.minValue(), i.maxValue());
        return new Identity(i.generation(), i.start(), i.increment(), limits[0], limits[1], i.cache(), i.cycle());
    }

    private PrimaryKey primaryKey(PrimaryKey key) {
        return key == null ? null : key.withAttributes(constraintAttributes(key.attributes()));
    }

    private Index index(Index index) {
        String method = index.attributes().get(INDEX_METHOD);
        method = method == null || method.equalsIgnoreCase("btree") ? null : method.toLowerCase(Locale.ROOT);
        String predicate = index.attributes().get(INDEX_PREDICATE);
        List<String> include = index.attributes().get(INDEX_INCLUDE);
        Map<String, String> storage = index.attributes().get(INDEX_STORAGE_PARAMETERS);
        Attributes attributes = constraintAttributes(withoutFalse(index.attributes(), INDEX_NULLS_NOT_DISTINCT,
                INDEX_CONSTRAINT))
                .with(INDEX_METHOD, method)
                .with(INDEX_PREDICATE, predicate == null ? null : Expressions.expression(predicate, rules))
                .with(INDEX_INCLUDE, include == null || include.isEmpty() ? null : include)
                .with(INDEX_STORAGE_PARAMETERS, storage == null || storage.isEmpty() ? null : storage);
        String m = method;
        return index.withParts(index.parts().stream().map(p -> part(p, m)).toList()).withAttributes(attributes);
    }

    /**
     * A key part with its expression canonical (a lone column reference is a column part, as PostgreSQL
     * stores it) and the attributes that restate a default removed: the column's type's default operator
     * class, NULLS LAST on an ascending part and NULLS FIRST on a descending one, the column's own collation.
     */
    private IndexPart part(IndexPart part, String method) {
        IndexPart p = part;
        if (p.isExpression()) {
            Expr tree = Expressions.tree(p.expression(), rules);
            String expression = tree == null ? Expressions.expression(p.expression(), rules) : ExpressionPrinter.print(tree);
            p = tree instanceof Ref r && r.column() != null && columns.containsKey(r.column())
                    ? new IndexPart(r.column(), null, p.descending(), p.attributes())
                    : new IndexPart(null, expression, p.descending(), p.attributes());
        }
        Column column = p.isExpression() ? null : columns.get(p.column());
        Attributes a = p.attributes();
        String opclass = operatorClass(a.get(PART_OPCLASS));
        if (opclass != null && column != null
                && DefaultOperatorClasses.isDefault(method, column.type().canonical(),
                        types.isEnum(column.type().canonical()), opclass)) {
            opclass = null;
        }
        String nulls = a.get(PART_NULLS) == null ? null : a.get(PART_NULLS).toUpperCase(Locale.ROOT);
        if (nulls != null && nulls.equals(p.descending() ? "FIRST" : "LAST")) {
            nulls = null;
        }
        String collation = ModelTypes.collation(a.get(PART_COLLATION), false);
        if (collation != null && column != null && collation.equals(column.collation())) {
            collation = null;
        }
        return p.withAttributes(a.with(PART_OPCLASS, opclass).with(PART_NULLS, nulls).with(PART_COLLATION, collation));
    }

    /** An operator class name as the inspector prints it: bare when in {@code pg_catalog}, quoted only where needed. */
    private static String operatorClass(String name) {
        if (name == null) {
            return null;
        }
        try {
            List<Token> tokens = ExpressionLexer.tokens(name);
            if (tokens.size() == 1 && (tokens.get(0).kind() == Token.Kind.WORD || tokens.get(0).kind() == Token.Kind.QUOTED)) {
                return PostgresIdentifiers.quote(tokens.get(0).text());
            }
            if (tokens.size() == 3 && tokens.get(0).text().equals("pg_catalog") && tokens.get(1).isPunctuation(".")) {
                return PostgresIdentifiers.quote(tokens.get(2).text());
            }
        } catch (UnreadableExpression e) {
            return name;
        }
        return name;
    }

    private ForeignKey foreignKey(ForeignKey key) {
        String match = key.attributes().get(FK_MATCH);
        match = match == null || match.equalsIgnoreCase("SIMPLE") ? null : match.toUpperCase(Locale.ROOT);
        return new ForeignKey(key.name(), key.columns(),
                key.refSchema() == null ? types.names().schema() : key.refSchema(), key.refTable(),
                key.refColumns(), key.onUpdate(), key.onDelete(),
                constraintAttributes(key.attributes()).with(FK_MATCH, match));
    }

    private Check check(Check check) {
        return new Check(check.name(), Expressions.expression(check.expression(), rules),
                withoutFalse(check.attributes(), CHECK_NO_INHERIT, NOT_VALID));
    }

    private static Attributes constraintAttributes(Attributes attributes) {
        return withoutFalse(attributes, DEFERRABLE, INITIALLY_DEFERRED, NOT_VALID);
    }

    /** {@code attributes} without the boolean ones that say {@code false}: absent is the default, which is false. */
    @SafeVarargs
    static Attributes withoutFalse(Attributes attributes, AttributeKey<Boolean>... keys) {
        Attributes result = attributes;
        for (AttributeKey<Boolean> key : keys) {
            if (Boolean.FALSE.equals(attributes.get(key))) {
                result = result.without(key);
            }
        }
        return result;
    }

    /** A partition key or bound in one spelling of its tokens; the expressions inside are compared as written. */
    private static String clause(String sql) {
        if (sql == null) {
            return null;
        }
        try {
            return TokenPrinter.print(ExpressionLexer.tokens(sql));
        } catch (UnreadableExpression e) {
            return sql;
        }
    }

    private String partitionOf(String parent) {
        return parent == null || parent.indexOf('.') >= 0 ? parent : types.names().relation(parent);
    }
}
