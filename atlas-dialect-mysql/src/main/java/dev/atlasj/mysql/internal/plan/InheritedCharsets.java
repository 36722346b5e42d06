package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifySchema;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.AddColumn;
import dev.atlasj.diff.TableChange.DropColumn;
import dev.atlasj.diff.TableChange.ModifyColumn;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a change of an inherited character set or collation takes. MySQL gives a table the database's
 * character set when it is created, and a column the table's, but does not pass a later change on: a
 * table that inherits (in the model: has none of its own) must be given the database's new one, and a
 * text column that inherits must be restated with {@code MODIFY} in the {@code ALTER TABLE} that
 * changes its table's, which converts it.
 */
final class InheritedCharsets {

    private final Map<TableName, List<Column>> restated = new LinkedHashMap<>();
    private final Map<TableName, Clause> tableDefaults = new LinkedHashMap<>();
    private final Map<TableName, ModifySchema> tableDefaultSources = new LinkedHashMap<>();

    private InheritedCharsets() {
    }

    static InheritedCharsets of(Changeset set, List<SchemaChange> changes) {
        InheritedCharsets inherited = new InheritedCharsets();
        for (SchemaChange change : changes) {
            if (change instanceof ModifySchema modify && differs(modify.from().attributes(), modify.to().attributes())) {
                inherited.schemaChanged(modify, set);
            }
        }
        set.alterations().forEach((name, modify) -> {
            if (differs(modify.from().attributes(), modify.to().attributes())) {
                inherited.restate(name, modify.from(), modify.to(), modify);
            }
        });
        return inherited;
    }

    /** The text columns of {@code table} to restate, beside those its changes modify. */
    List<Column> restated(TableName table) {
        return restated.getOrDefault(table, List.of());
    }

    /** The names of the columns {@link #restated} gives. */
    Set<String> restatedNames(TableName table) {
        Set<String> names = new HashSet<>();
        restated(table).forEach(c -> names.add(c.name()));
        return names;
    }

    /** The tables that take their database's new character set, with the clause that gives it and the change behind it. */
    void forEachTableDefault(TableDefaultConsumer consumer) {
        tableDefaults.forEach((table, clause) -> consumer.accept(table, clause, tableDefaultSources.get(table)));
    }

    /**
     * The tables no change alters whose text columns are restated because their database's character
     * set changes, with those columns and that change.
     */
    void forEachRestatedOnly(Changeset set, RestatedConsumer consumer) {
        restated.forEach((table, columns) -> {
            if (set.alteration(table) == null) {
                consumer.accept(table, columns, tableDefaultSources.get(table));
            }
        });
    }

    /** Receives a table, its columns to restate, and the database change behind it. */
    @FunctionalInterface
    interface RestatedConsumer {
        void accept(TableName table, List<Column> columns, ModifySchema source);
    }

    /** Receives a table, the clause that sets its default character set, and the database change behind it. */
    @FunctionalInterface
    interface TableDefaultConsumer {
        void accept(TableName table, Clause clause, ModifySchema source);
    }

    private void schemaChanged(ModifySchema modify, Changeset set) {
        for (Table to : modify.to().tables()) {
            Table from = modify.from().table(to.name()).orElse(null);
            if (from == null || hasOwn(from.attributes()) || hasOwn(to.attributes())) {
                continue;
            }
            TableName name = new TableName(modify.to().name(), to.name());
            ModifyTable alteration = set.alteration(name);
            tableDefaults.put(name, new Clause(TableDdl.defaultCharset(modify.to().attributes()),
                    TableDdl.defaultCharset(modify.from().attributes())));
            tableDefaultSources.put(name, modify);
            restate(name, alteration == null ? from : alteration.from(), alteration == null ? to : alteration.to(), alteration);
        }
    }

    private void restate(TableName name, Table from, Table to, ModifyTable alteration) {
        Set<String> changed = new HashSet<>();
        if (alteration != null) {
            for (TableChange c : alteration.changes()) {
                if (c instanceof AddColumn a) {
                    changed.add(a.column().name());
                } else if (c instanceof DropColumn d) {
                    changed.add(d.column().name());
                } else if (c instanceof ModifyColumn m) {
                    changed.add(m.to().name());
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (Column column : to.columns()) {
            Column before = from.column(column.name()).orElse(null);
            if (before != null && !changed.contains(column.name()) && ColumnDdl.isText(column)
                    && inherits(column) && inherits(before)) {
                columns.add(column);
            }
        }
        if (!columns.isEmpty()) {
            restated.merge(name, columns, (a, b) -> a);
        }
    }

    private static boolean inherits(Column column) {
        return column.collation() == null && !column.attributes().has(CHARSET);
    }

    private static boolean hasOwn(Attributes attributes) {
        return attributes.has(CHARSET) || attributes.has(COLLATION);
    }

    private static boolean differs(Attributes a, Attributes b) {
        return !Objects.equals(a.get(CHARSET), b.get(CHARSET)) || !Objects.equals(a.get(COLLATION), b.get(COLLATION));
    }
}
