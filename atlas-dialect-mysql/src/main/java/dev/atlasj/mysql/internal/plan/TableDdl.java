package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT_COUNTER;
import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;
import static dev.atlasj.mysql.MySqlAttributes.ENGINE;
import static dev.atlasj.mysql.MySqlAttributes.PARTITIONING;
import static dev.atlasj.mysql.MySqlAttributes.ROW_FORMAT;
import static dev.atlasj.mysql.MySqlAttributes.TABLE_OPTIONS;

import dev.atlasj.PlanException;
import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.mysql.Partitioning;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** DDL for whole tables: create, drop, rename, and the table options and partitioning they carry. */
public final class TableDdl {

    private TableDdl() {
    }

    /**
     * {@code CREATE TABLE `s`.`t` (columns, primary key, indexes, foreign keys, checks) options
     * [partitioning]}, with the foreign keys {@code foreignKeys} names (the others come later).
     */
    public static Ddl create(TableName name, Table table, List<ForeignKey> foreignKeys) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(ColumnDdl.definition(c)));
        if (table.primaryKey() != null) {
            elements.add(KeyDdl.primaryKey(table.primaryKey()));
        }
        boolean memory = isMemory(table);
        for (Index index : table.indexes()) {
            elements.add(KeyDdl.index(index, memory));
        }
        foreignKeys.forEach(k -> elements.add(KeyDdl.foreignKey(name.schema(), k)));
        for (Check check : table.checks()) {
            elements.add(KeyDdl.check(check));
        }
        List<String> options = options(table, true);
        String sql = "CREATE TABLE " + name.sql() + " (" + String.join(", ", elements) + ")"
                + (options.isEmpty() ? "" : " " + String.join(" ", options));
        Partitioning partitioning = table.attributes().get(PARTITIONING);
        if (partitioning != null) {
            sql += " " + partitionBy(name, partitioning);
        }
        return new Ddl(sql, drop(name));
    }

    public static String drop(TableName name) {
        return "DROP TABLE " + name.sql();
    }

    public static Ddl rename(TableName from, TableName to) {
        return new Ddl("RENAME TABLE " + from.sql() + " TO " + to.sql(), "RENAME TABLE " + to.sql() + " TO " + from.sql());
    }

    /**
     * The table's options as {@code CREATE TABLE} takes them, in {@code SHOW CREATE TABLE}'s order:
     * {@code ENGINE=…}, {@code DEFAULT CHARSET=…}, {@code COLLATE=…}, {@code ROW_FORMAT=…}, the others,
     * {@code COMMENT=…}, and with {@code counter} the {@code AUTO_INCREMENT} counter after the engine:
     * a new table may start where an inspected one was, but the counter is never changed afterwards.
     */
    static List<String> options(Table table, boolean counter) {
        List<String> options = new ArrayList<>();
        Attributes a = table.attributes();
        if (a.has(ENGINE)) {
            options.add("ENGINE=" + a.get(ENGINE));
        }
        if (counter && a.has(AUTO_INCREMENT_COUNTER)) {
            options.add("AUTO_INCREMENT=" + a.get(AUTO_INCREMENT_COUNTER));
        }
        if (a.has(CHARSET)) {
            options.add("DEFAULT CHARSET=" + a.get(CHARSET));
        }
        if (a.has(COLLATION)) {
            options.add("COLLATE=" + a.get(COLLATION));
        }
        if (a.has(ROW_FORMAT)) {
            options.add("ROW_FORMAT=" + a.get(ROW_FORMAT));
        }
        if (a.has(TABLE_OPTIONS)) {
            options.add(a.get(TABLE_OPTIONS));
        }
        if (table.comment() != null) {
            options.add("COMMENT=" + MySqlTypes.quote(table.comment()));
        }
        return options;
    }

    /**
     * {@code DEFAULT CHARSET=c COLLATE=k} as {@code attributes} give them (a table's or a database's), or
     * {@code CHARACTER SET DEFAULT} when they give none: the database's for a table.
     */
    static String defaultCharset(Attributes attributes) {
        List<String> parts = new ArrayList<>();
        if (attributes.has(CHARSET)) {
            parts.add("DEFAULT CHARSET=" + attributes.get(CHARSET));
        }
        if (attributes.has(COLLATION)) {
            parts.add("COLLATE=" + attributes.get(COLLATION));
        }
        return parts.isEmpty() ? "CHARACTER SET DEFAULT" : String.join(" ", parts);
    }

    static boolean isMemory(Table table) {
        return "MEMORY".equalsIgnoreCase(table.attributes().get(ENGINE));
    }

    /**
     * {@code PARTITION BY method (expression) [SUBPARTITION BY method (expression) SUBPARTITIONS n]
     * (PARTITION `p0` VALUES LESS THAN (…) [COMMENT = '…'], …)}.
     *
     * @throws PlanException for MariaDB's {@code SYSTEM_TIME} partitioning, which the model does not
     *     hold enough of to write
     */
    static String partitionBy(TableName table, Partitioning p) {
        if (p.method().equals("SYSTEM_TIME")) {
            throw new PlanException("table " + table + " is partitioned by SYSTEM_TIME, which the MySQL planner cannot"
                    + " write; partition it by hand");
        }
        StringBuilder sql = new StringBuilder("PARTITION BY ").append(p.method()).append(" (").append(p.expression())
                .append(')');
        if (p.subpartitionMethod() != null) {
            int subpartitions = p.partitions().isEmpty() ? 0 : p.partitions().get(0).subpartitions();
            sql.append(" SUBPARTITION BY ").append(p.subpartitionMethod()).append(" (")
                    .append(p.subpartitionExpression()).append(')');
            if (subpartitions > 0) {
                sql.append(" SUBPARTITIONS ").append(subpartitions);
            }
        }
        String values = p.method().startsWith("RANGE") ? " VALUES LESS THAN (" : p.method().startsWith("LIST")
                ? " VALUES IN (" : null;
        sql.append(" (").append(p.partitions().stream().map(partition -> "PARTITION "
                + MySqlIdentifiers.quote(partition.name())
                + (values == null || partition.values() == null ? "" : values + partition.values() + ")")
                + (partition.comment() == null ? "" : " COMMENT = " + MySqlTypes.quote(partition.comment())))
                .collect(Collectors.joining(", "))).append(')');
        return sql.toString();
    }
}
