package dev.atlasj.mysql.internal.diff;

import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT;
import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT_COUNTER;
import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;
import static dev.atlasj.mysql.MySqlAttributes.ENGINE;
import static dev.atlasj.mysql.MySqlAttributes.FULLTEXT_PARSER;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_TYPE;
import static dev.atlasj.mysql.MySqlAttributes.INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.NOT_ENFORCED;
import static dev.atlasj.mysql.MySqlAttributes.ON_UPDATE;
import static dev.atlasj.mysql.MySqlAttributes.PREFIX_LENGTH;
import static dev.atlasj.mysql.MySqlAttributes.PRIMARY_KEY_COMMENT;
import static dev.atlasj.mysql.MySqlAttributes.ROW_FORMAT;
import static dev.atlasj.mysql.MySqlAttributes.TABLE_OPTIONS;

import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.mysql.internal.diff.CharacterSets.Pair;
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
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Brings one table to the canonical form {@link dev.atlasj.mysql.MySqlDiffRules} describes. */
final class TableNormalizer {

    /** Storage engines by their name in lower case, spelled as the servers print them. */
    private static final Map<String, String> ENGINES = Map.of("innodb", "InnoDB", "myisam", "MyISAM",
            "memory", "MEMORY", "heap", "MEMORY", "aria", "Aria", "csv", "CSV", "archive", "ARCHIVE",
            "blackhole", "BLACKHOLE", "merge", "MRG_MyISAM", "mrg_myisam", "MRG_MyISAM");
    private static final String DEFAULT_ENGINE = "InnoDB";
    private static final Set<String> NON_KEY_INDEX_TYPES = Set.of("FULLTEXT", "SPATIAL");

    private final String schema;
    private final Table table;
    private final Pair inherited;

    /**
     * @param schema the table's schema, which a foreign key without a referenced schema points into
     * @param inherited the character set and collation the table inherits from its schema, as far as known
     */
    TableNormalizer(String schema, Table table, Pair inherited) {
        this.schema = schema;
        this.table = table;
        this.inherited = inherited;
    }

    Table normalize() {
        Attributes a = table.attributes();
        Pair own = CharacterSets.relativeTo(new Pair(a.get(CHARSET), a.get(COLLATION)), inherited);
        String engine = engine(a.get(ENGINE));
        String rowFormat = a.get(ROW_FORMAT) == null ? null : a.get(ROW_FORMAT).toUpperCase(Locale.ROOT);
        String options = a.get(TABLE_OPTIONS) == null ? null : a.get(TABLE_OPTIONS).strip().replaceAll("\\s+", " ");
        Attributes attributes = a.without(AUTO_INCREMENT_COUNTER)
                .with(ENGINE, DEFAULT_ENGINE.equals(engine) ? null : engine)
                .with(CHARSET, own.charset())
                .with(COLLATION, own.collation())
                .with(ROW_FORMAT, "DEFAULT".equals(rowFormat) ? null : rowFormat)
                .with(TABLE_OPTIONS, options == null || options.isEmpty() ? null : options);
        Pair columnsInherit = own.effective(inherited);
        PrimaryKey primaryKey = table.primaryKey() == null ? null : primaryKey(table.primaryKey());
        List<Index> serialKeys = new ArrayList<>();
        List<String> names = table.columns().stream().map(Column::name).toList();
        List<Column> columns = table.columns().stream()
                .map(c -> column(c, columnsInherit, primaryKey, serialKeys, names)).toList();
        List<Index> indexes = new ArrayList<>(table.indexes().stream().map(i -> index(i, names)).toList());
        for (Index serial : serialKeys) {
            if (!covered(serial.columns(), primaryKey, indexes, true)) {
                indexes.add(serial);
            }
        }
        List<ForeignKey> foreignKeys = table.foreignKeys().stream().map(this::foreignKey).toList();
        for (ForeignKey key : foreignKeys) {
            if (!covered(key.columns(), primaryKey, indexes, false)) {
                indexes.add(implicitIndex(key, indexes));
            }
        }
        return Table.builder(table.name())
                .columns(columns)
                .primaryKey(primaryKey)
                .indexes(indexes)
                .foreignKeys(foreignKeys)
                .checks(table.checks().stream().map(c -> check(c, names)).toList())
                .comment(emptyIsNull(table.comment()))
                .attributes(attributes)
                .build();
    }

    private static String engine(String engine) {
        return engine == null ? null : ENGINES.getOrDefault(engine.toLowerCase(Locale.ROOT), engine);
    }

    /**
     * The column canonical. A {@code serial} column becomes what it stands for, {@code bigint unsigned
     * NOT NULL AUTO_INCREMENT UNIQUE}: the unique key it implies is added to {@code serialKeys}.
     */
    private static Column column(Column c, Pair inherited, PrimaryKey primaryKey, List<Index> serialKeys,
            List<String> columns) {
        ColumnType type = type(c);
        boolean serial = c.type().raw().strip().equalsIgnoreCase("serial");
        if (serial) {
            type = ColumnType.canonical(type.canonical());
            serialKeys.add(Index.uniqueOn(c.name(), c.name()));
        }
        Attributes a = c.attributes();
        boolean autoIncrement = serial || a.is(AUTO_INCREMENT);
        Pair own = CharacterSets.relativeTo(new Pair(a.get(CHARSET), c.collation()), inherited);
        String onUpdate = a.get(ON_UPDATE) == null ? null : DefaultValues.currentTimestamp(a.get(ON_UPDATE));
        Attributes attributes = withoutFalse(a, AUTO_INCREMENT, INVISIBLE)
                .with(AUTO_INCREMENT, autoIncrement ? Boolean.TRUE : null)
                .with(CHARSET, own.charset())
                .with(ON_UPDATE, onUpdate != null ? onUpdate : a.get(ON_UPDATE));
        Generated generated = c.generated() == null ? null
                : new Generated(ExpressionText.canonical(c.generated().expression(), columns), c.generated().stored());
        boolean key = primaryKey != null && primaryKey.columns().contains(c.name());
        return new Column(c.name(), type, c.nullable() && !key && !autoIncrement,
                generated != null ? null : DefaultValues.canonical(c.defaultExpression(), type.canonical()),
                generated, own.collation(), emptyIsNull(c.comment()), attributes);
    }

    private static ColumnType type(Column c) {
        try {
            return new ColumnType(c.type().raw(), MySqlTypes.canonical(c.type().canonical()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + c.name() + ": " + e.getMessage(), e);
        }
    }

    private static Index index(Index index, List<String> columns) {
        Attributes a = index.attributes();
        String type = a.get(INDEX_TYPE) == null ? null : a.get(INDEX_TYPE).toUpperCase(Locale.ROOT);
        String parser = a.get(FULLTEXT_PARSER) == null ? null : a.get(FULLTEXT_PARSER).toLowerCase(Locale.ROOT);
        Attributes attributes = withoutFalse(a, INDEX_INVISIBLE)
                .with(INDEX_TYPE, "BTREE".equals(type) ? null : type)
                .with(FULLTEXT_PARSER, parser);
        boolean spatial = "SPATIAL".equals(type);
        List<IndexPart> parts = index.parts().stream()
                .map(p -> p.isExpression()
                        ? new IndexPart(null, ExpressionText.canonical(p.expression(), columns), p.descending(), p.attributes())
                        : spatial ? p.withAttributes(p.attributes().without(PREFIX_LENGTH)) : p)
                .toList();
        return new Index(index.name(), index.unique(), parts, emptyIsNull(index.comment()), attributes);
    }

    /** InnoDB treats {@code RESTRICT} and {@code NO ACTION} alike: both are {@code NO ACTION} here. */
    private ForeignKey foreignKey(ForeignKey key) {
        return new ForeignKey(key.name(), key.columns(), key.refSchema() == null ? schema : key.refSchema(),
                key.refTable(), key.refColumns(), restrictIsNoAction(key.onUpdate()), restrictIsNoAction(key.onDelete()),
                key.attributes());
    }

    private static ReferentialAction restrictIsNoAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    private static Check check(Check check, List<String> columns) {
        return new Check(check.name(), ExpressionText.canonical(check.expression(), columns),
                withoutFalse(check.attributes(), NOT_ENFORCED));
    }

    /**
     * Whether the primary key or an index starts with {@code columns} in that order, whole columns
     * (no prefix), in a key that can back a foreign key (not FULLTEXT or SPATIAL); with {@code exactly},
     * whether a unique one is on exactly those columns.
     */
    /** Without a name (it is always {@code PRIMARY}) and without an empty comment. */
    private static PrimaryKey primaryKey(PrimaryKey key) {
        return key.withName(null).withAttributes(
                key.attributes().with(PRIMARY_KEY_COMMENT, emptyIsNull(key.attributes().get(PRIMARY_KEY_COMMENT))));
    }

    static boolean covered(List<String> columns, PrimaryKey primaryKey, List<Index> indexes, boolean exactly) {
        if (primaryKey != null && startsWith(primaryKey.columns(), columns, exactly)) {
            return true;
        }
        for (Index index : indexes) {
            String type = index.attributes().get(INDEX_TYPE);
            if (type != null && NON_KEY_INDEX_TYPES.contains(type) || exactly && !index.unique()) {
                continue;
            }
            List<String> whole = new ArrayList<>();
            for (IndexPart part : index.parts()) {
                if (part.isExpression() || part.attributes().has(PREFIX_LENGTH)) {
                    break;
                }
                whole.add(part.column());
            }
            if (startsWith(whole, columns, exactly && whole.size() == index.parts().size())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<String> key, List<String> columns, boolean exactly) {
        return exactly ? key.equals(columns)
                : key.size() >= columns.size() && key.subList(0, columns.size()).equals(columns);
    }

    /**
     * The index the server creates for a foreign key that no index covers: named after the key, or
     * when an index has that name, after its first column as the server numbers such names.
     */
    private static Index implicitIndex(ForeignKey key, List<Index> indexes) {
        String name = key.name();
        int n = 1;
        while (taken(name, indexes)) {
            n++;
            name = key.columns().get(0) + (n == 2 ? "" : "_" + (n - 1));
        }
        return Index.on(name, key.columns().toArray(String[]::new));
    }

    private static boolean taken(String name, List<Index> indexes) {
        return indexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(name));
    }

    @SafeVarargs
    static Attributes withoutFalse(Attributes attributes, AttributeKey<Boolean>... keys) {
        Attributes result = attributes;
        for (AttributeKey<Boolean> key : keys) {
            if (Boolean.FALSE.equals(result.get(key))) {
                result = result.without(key);
            }
        }
        return result;
    }

    static String emptyIsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
