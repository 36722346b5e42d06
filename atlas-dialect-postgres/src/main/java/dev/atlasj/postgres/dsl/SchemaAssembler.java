package dev.atlasj.postgres.dsl;

import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_INCLUDE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_METHOD;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_NULLS_NOT_DISTINCT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;

import dev.atlasj.postgres.Identity;
import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.postgres.internal.GeneratedNames;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.sql.SqlIdentifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the definitions of one schema into the model, naming what PostgreSQL would name. */
final class SchemaAssembler {

    /** Serial pseudo-types: their integer type and its largest value. */
    private static final Map<String, Object[]> SERIALS = Map.of(
            "smallserial", new Object[] {"smallint", (long) Short.MAX_VALUE},
            "serial2", new Object[] {"smallint", (long) Short.MAX_VALUE},
            "serial", new Object[] {"integer", (long) Integer.MAX_VALUE},
            "serial4", new Object[] {"integer", (long) Integer.MAX_VALUE},
            "bigserial", new Object[] {"bigint", Long.MAX_VALUE},
            "serial8", new Object[] {"bigint", Long.MAX_VALUE});

    private final String schema;
    private final List<SchemaElement> elements;
    private final Map<String, Table.Builder> tables = new LinkedHashMap<>();
    private final Schema.Builder result;

    SchemaAssembler(String schema, List<SchemaElement> elements) {
        this.schema = schema;
        this.elements = elements;
        this.result = Schema.builder(schema);
    }

    Schema assemble() {
        for (SchemaElement element : elements) {
            if (element instanceof TableDefinition t) {
                if (tables.put(t.name, table(t)) != null) {
                    throw new IllegalArgumentException("schema " + schema + " creates table " + t.name + " twice");
                }
            } else if (element instanceof EnumDefinition e) {
                result.enumType(new EnumType(e.name, e.values, e.comment));
            } else if (element instanceof SequenceDefinition s) {
                result.sequence(sequence(s));
            }
        }
        for (SchemaElement element : elements) {
            if (element instanceof IndexDefinition i) {
                Table.Builder table = tables.get(i.table);
                if (table == null) {
                    throw new IllegalArgumentException("index " + i.name + " is on table " + i.table
                            + ", which schema " + schema + " does not create");
                }
                table.index(index(i));
            }
        }
        tables.values().forEach(t -> result.table(t.build()));
        return result.build();
    }

    private Table.Builder table(TableDefinition definition) {
        String table = definition.name;
        Table.Builder b = Table.builder(table);
        List<String> primaryKey = new ArrayList<>();
        String primaryKeyName = null;
        Map<String, Integer> checkNames = new HashMap<>();
        for (TableElement element : definition.elements) {
            if (element instanceof ColumnDefinition c) {
                b.column(column(table, c));
                if (c.primaryKey) {
                    primaryKey.add(c.name);
                }
                if (c.unique) {
                    b.index(uniqueConstraint(GeneratedNames.of(table, List.of(c.name), "key"), List.of(c.name), false));
                }
                if (c.refTable != null) {
                    b.foreignKey(foreignKey(GeneratedNames.of(table, List.of(c.name), "fkey"), List.of(c.name),
                            c.refTable, List.of(c.refColumn), c.onUpdate, c.onDelete));
                }
                for (String check : c.checks) {
                    b.check(Check.of(unique(checkNames, checkName(definition, check)), check));
                }
            } else if (element instanceof PrimaryKeyDefinition pk) {
                primaryKey.addAll(pk.columns);
                primaryKeyName = pk.name;
            } else if (element instanceof UniqueDefinition u) {
                String name = u.name != null ? u.name : GeneratedNames.of(table, u.columns, "key");
                b.index(uniqueConstraint(name, u.columns, u.nullsNotDistinct));
            } else if (element instanceof ForeignKeyDefinition fk) {
                if (fk.refTable == null) {
                    throw new IllegalArgumentException("foreign key " + fk.columns + " of table " + table
                            + " references nothing: add references(table, columns)");
                }
                String name = fk.name != null ? fk.name : GeneratedNames.of(table, fk.columns, "fkey");
                b.foreignKey(foreignKey(name, fk.columns, fk.refTable, fk.refColumns, fk.onUpdate, fk.onDelete));
            } else if (element instanceof CheckDefinition c) {
                b.check(Check.of(c.name != null ? c.name : unique(checkNames, checkName(definition, c.expression)),
                        c.expression));
            } else if (element instanceof TableComment comment) {
                b.comment(comment.text());
            }
        }
        if (!primaryKey.isEmpty()) {
            b.primaryKey(PrimaryKey.of(primaryKeyName != null ? primaryKeyName : GeneratedNames.of(table, "pkey"),
                    primaryKey.toArray(String[]::new)));
            Table draft = b.build();
            b.columns(draft.columns().stream().map(c -> primaryKey.contains(c.name()) ? c.withNullable(false) : c).toList());
        }
        return b;
    }

    private Column column(String table, ColumnDefinition c) {
        Object[] serial = SERIALS.get(c.type.toLowerCase(Locale.ROOT).strip());
        String type = serial == null ? c.type : (String) serial[0];
        boolean notNull = c.notNull || c.identity != null || serial != null;
        String defaultValue = c.defaultValue;
        if (serial != null) {
            String sequence = GeneratedNames.of(table, List.of(c.name), "seq");
            result.sequence(new Sequence(sequence, type, 1, 1, 1, (Long) serial[1], 1, false,
                    new Sequence.Owner(table, c.name), null, Attributes.empty()));
            String qualified = PostgresIdentifiers.qualify(schema, sequence).replace("'", "''");
            defaultValue = "nextval('" + qualified + "'::regclass)";
        }
        Column column = new Column(c.name, ColumnType.of(type), !notNull, defaultValue,
                c.generatedExpression == null ? null : dev.atlasj.schema.Generated.stored(c.generatedExpression),
                c.collation, c.comment, Attributes.empty());
        if (c.identity != null) {
            column = column.with(IDENTITY, new Identity(c.identity, 1, 1, 1, maxValue(type), 1, false));
        }
        return column;
    }

    private static long maxValue(String type) {
        return switch (type.toLowerCase(Locale.ROOT).strip()) {
            case "smallint", "int2" -> Short.MAX_VALUE;
            case "integer", "int", "int4" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    private static Index uniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {
        return Index.uniqueOn(name, columns.toArray(String[]::new))
                .with(INDEX_CONSTRAINT, true)
                .with(INDEX_NULLS_NOT_DISTINCT, nullsNotDistinct ? Boolean.TRUE : null);
    }

    private ForeignKey foreignKey(String name, List<String> columns, String refTable, List<String> refColumns,
            dev.atlasj.schema.ReferentialAction onUpdate, dev.atlasj.schema.ReferentialAction onDelete) {
        int dot = refTable.indexOf('.');
        String refSchema = dot < 0 ? schema : refTable.substring(0, dot);
        String table = dot < 0 ? refTable : refTable.substring(dot + 1);
        return new ForeignKey(name, columns, refSchema, table, refColumns, onUpdate, onDelete, Attributes.empty());
    }

    private Sequence sequence(SequenceDefinition s) {
        long max = s.maxValue != null ? s.maxValue : s.increment > 0 ? maxValue(s.type) : -1;
        long min = s.minValue != null ? s.minValue : s.increment > 0 ? 1 : -maxValue(s.type) - 1;
        long start = s.start != null ? s.start : s.increment > 0 ? min : max;
        Sequence.Owner owner = s.ownedByTable == null ? null : new Sequence.Owner(s.ownedByTable, s.ownedByColumn);
        return new Sequence(s.name, s.type, start, s.increment, min, max, s.cache, s.cycle, owner, s.comment,
                Attributes.empty());
    }

    private static Index index(IndexDefinition i) {
        if (i.parts.isEmpty()) {
            throw new IllegalArgumentException("index " + i.name + " has no columns or expressions");
        }
        return new Index(i.name, i.unique, i.parts, i.comment, Attributes.empty()
                .with(INDEX_METHOD, i.method == null || i.method.equalsIgnoreCase("btree") ? null : i.method)
                .with(INDEX_INCLUDE, i.include.isEmpty() ? null : i.include)
                .with(INDEX_PREDICATE, i.predicate)
                .with(INDEX_NULLS_NOT_DISTINCT, i.nullsNotDistinct ? Boolean.TRUE : null));
    }

    /**
     * PostgreSQL names an unnamed check after the one column its expression uses ({@code t_c_check}), or
     * after the table alone ({@code t_check}) when it uses several or none, wherever it was written.
     */
    private static String checkName(TableDefinition table, String expression) {
        List<String> used = table.elements.stream()
                .filter(ColumnDefinition.class::isInstance).map(e -> ((ColumnDefinition) e).name)
                .filter(column -> mentions(expression, column)).toList();
        return used.size() == 1 ? GeneratedNames.of(table.name, used, "check") : GeneratedNames.of(table.name, "check");
    }

    private static boolean mentions(String expression, String column) {
        return SqlIdentifiers.mentions(expression, column);
    }

    private static String unique(Map<String, Integer> used, String base) {
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + (n - 1);
    }
}
