package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.mysql.MySqlAttributes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table being read: its row from {@code tables.sql}, then its columns, index parts, foreign-key
 * columns and checks as they come, in any order; {@link #build()} puts each list in its order.
 */
final class TableDraft {

    final String schema;
    final String name;
    final String charset;
    final String collation;
    final boolean partitioned;
    final List<Check> checks = new ArrayList<>();
    private final String comment;
    private Attributes attributes;
    private final SortedMap<Integer, Column> columns = new TreeMap<>();
    private final Map<String, IndexDraft> indexes = new LinkedHashMap<>();
    private final Map<String, ForeignKeyDraft> foreignKeys = new LinkedHashMap<>();

    TableDraft(String schema, String name, String charset, String collation, boolean partitioned, String comment,
            Attributes attributes) {
        this.schema = schema;
        this.name = name;
        this.charset = charset;
        this.collation = collation;
        this.partitioned = partitioned;
        this.comment = comment;
        this.attributes = attributes;
    }

    void addColumn(int position, Column column) {
        columns.put(position, column);
    }

    /** Adds a part to the index {@code index}, creating the index with its first part. */
    void addIndexPart(String index, boolean unique, Attributes indexAttributes, String indexComment, int position,
            IndexPart part) {
        indexes.computeIfAbsent(index, n -> new IndexDraft(unique, indexAttributes, indexComment)).parts.put(position, part);
    }

    /** The indexes read so far with their type, for those that need more reading (FULLTEXT parsers). */
    List<String> indexesOfType(String type) {
        return indexes.entrySet().stream()
                .filter(e -> type.equals(e.getValue().attributes.get(MySqlAttributes.INDEX_TYPE)))
                .map(Map.Entry::getKey).toList();
    }

    /** Adds attributes to the index {@code index}, if the table has one of that name. */
    void addIndexAttributes(String index, Attributes more) {
        IndexDraft draft = indexes.get(index);
        if (draft != null) {
            draft.attributes = draft.attributes.merge(more);
        }
    }

    /** Adds a column to the foreign key {@code name}, creating it with its first column. */
    void addForeignKeyColumn(String name, int position, String column, String refColumn, ForeignKeyDraft.Target target) {
        ForeignKeyDraft draft = foreignKeys.computeIfAbsent(name, n -> new ForeignKeyDraft(target));
        draft.columns.put(position, new ForeignKeyDraft.ColumnPair(column, refColumn));
    }

    void setAttributes(Attributes more) {
        attributes = attributes.merge(more);
    }

    /** The column named {@code name}, or {@code null}. */
    private Map.Entry<Integer, Column> column(String name) {
        for (Map.Entry<Integer, Column> e : columns.entrySet()) {
            if (e.getValue().name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Turns a MariaDB {@code longtext} column back into the {@code json} column it was declared as, when
     * {@code check} is the {@code json_valid} check MariaDB adds to such a column; returns whether it was.
     */
    boolean absorbJsonCheck(String checkName, String clause, String level) {
        if (!"Column".equals(level) || !clause.equals("json_valid(`" + checkName.replace("`", "``") + "`)")) {
            return false;
        }
        Map.Entry<Integer, Column> entry = column(checkName);
        if (entry == null) {
            return false;
        }
        Column column = entry.getValue();
        if (!column.type().canonical().equals("longtext")) {
            return false;
        }
        columns.put(entry.getKey(), column.withType(ColumnType.canonical("json")).withCollation(null)
                .withAttributes(column.attributes().without(MySqlAttributes.CHARSET)));
        return true;
    }

    Table build() {
        PrimaryKey primaryKey = null;
        List<Index> built = new ArrayList<>();
        for (Map.Entry<String, IndexDraft> e : indexes.entrySet()) {
            IndexDraft draft = e.getValue();
            List<IndexPart> parts = List.copyOf(draft.parts.values());
            if (e.getKey().equals("PRIMARY")) {
                Attributes keyAttributes = draft.comment == null ? Attributes.empty()
                        : Attributes.of(MySqlAttributes.PRIMARY_KEY_COMMENT, draft.comment);
                primaryKey = new PrimaryKey(null, parts.stream().map(IndexPart::column).toList(), keyAttributes);
            } else {
                built.add(new Index(e.getKey(), draft.unique, parts, draft.comment, draft.attributes));
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (Map.Entry<String, ForeignKeyDraft> e : foreignKeys.entrySet()) {
            keys.add(e.getValue().build(e.getKey()));
        }
        return new Table(name, List.copyOf(columns.values()), primaryKey, built, keys, checks, comment, attributes);
    }

    private static final class IndexDraft {
        final boolean unique;
        final String comment;
        Attributes attributes;
        final SortedMap<Integer, IndexPart> parts = new TreeMap<>();

        IndexDraft(boolean unique, Attributes attributes, String comment) {
            this.unique = unique;
            this.attributes = attributes;
            this.comment = comment;
        }
    }

    /** A foreign key being read: its target and its column pairs by position. */
    static final class ForeignKeyDraft {

        /** What a foreign key references and its actions. */
        record Target(String schema, String table, ReferentialAction onUpdate,
                ReferentialAction onDelete) {
        }

        /** A referencing column and the column it references. */
        record ColumnPair(String column, String refColumn) {
        }

        final Target target;
        final SortedMap<Integer, ColumnPair> columns = new TreeMap<>();

        ForeignKeyDraft(Target target) {
            this.target = target;
        }

        ForeignKey build(String name) {
            List<String> from = columns.values().stream().map(ColumnPair::column).toList();
            List<String> to = columns.values().stream().map(ColumnPair::refColumn).toList();
            return new ForeignKey(name, from, target.schema(), target.table(), to, target.onUpdate(), target.onDelete(),
                    Attributes.empty());
        }
    }
}
