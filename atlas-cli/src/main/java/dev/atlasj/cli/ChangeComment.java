package dev.atlasj.cli;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.AddExtension;
import dev.atlasj.diff.SchemaChange.AddObject;
import dev.atlasj.diff.SchemaChange.AddSchema;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.diff.SchemaChange.DropExtension;
import dev.atlasj.diff.SchemaChange.DropObject;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.diff.SchemaChange.ModifyExtension;
import dev.atlasj.diff.SchemaChange.ModifyObject;
import dev.atlasj.diff.SchemaChange.ModifySchema;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.SchemaChange.RenameTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.SchemaObject;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.Trigger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The comment {@code migrate diff} writes above each statement of a new migration file, worded as
 * Atlas's planners word theirs: {@code Create "users" table}, {@code Create index "users_email" to table:
 * "users"}, {@code Modify "users" table}.
 */
final class ChangeComment {

    private final UnaryOperator<String> quote;

    /** @param quote the dialect's quoting of identifiers, to find which index a statement creates or drops */
    ChangeComment(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    /** The comment for {@code statement}, without {@code -- }. */
    String of(PlannedStatement statement) {
        SchemaChange change = statement.source();
        String sql = statement.sql().strip();
        if (change instanceof AddSchema add) {
            return "Add new schema named " + q(add.schema().name());
        } else if (change instanceof DropSchema drop) {
            return "Drop schema named " + q(drop.schema().name());
        } else if (change instanceof ModifySchema modify) {
            return "Modify schema named " + q(modify.to().name());
        } else if (change instanceof AddTable add) {
            return tablePart(sql, add.table(), add.table()).orElse("Create " + q(add.table().name()) + " table");
        } else if (change instanceof DropTable drop) {
            return "Drop " + q(drop.table().name()) + " table";
        } else if (change instanceof ModifyTable modify) {
            return modifyTable(sql, modify);
        } else if (change instanceof RenameTable rename) {
            return "Rename a table from " + q(rename.from().name()) + " to " + q(rename.to().name());
        } else if (change instanceof AddObject add) {
            return object("Create", add.object());
        } else if (change instanceof DropObject drop) {
            return object("Drop", drop.object());
        } else if (change instanceof ModifyObject modify) {
            return modify.to().objectType().equals("enum") ? "Add value to enum type: " + q(modify.to().name())
                    : object("Modify", modify.to());
        } else if (change instanceof AddExtension add) {
            return "Create extension " + q(add.extension().name());
        } else if (change instanceof DropExtension drop) {
            return "Drop extension " + q(drop.extension().name());
        } else if (change instanceof ModifyExtension modify) {
            return "Modify extension " + q(modify.to().name());
        }
        return "Run " + sql.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private String modifyTable(String sql, ModifyTable modify) {
        String table = q(modify.to().name());
        String upper = sql.toUpperCase(Locale.ROOT);
        if (upper.startsWith("DROP INDEX")) {
            Optional<Index> index = indexIn(sql, modify.from().indexes(), "");
            if (index.isPresent()) {
                return "Drop index " + q(index.get().name()) + " from table: " + table;
            }
        }
        for (TableChange change : modify.changes()) {
            if (change instanceof TableChange.RenameIndex rename && upper.startsWith("ALTER INDEX")) {
                return "Rename an index from " + q(rename.from().name()) + " to " + q(rename.to().name());
            }
            if (change instanceof TableChange.RenameColumn rename && upper.contains("RENAME COLUMN")
                    && sql.contains(quote.apply(rename.to().name()))) {
                return "Rename a column from " + q(rename.from().name()) + " to " + q(rename.to().name());
            }
        }
        return tablePart(sql, modify.from(), modify.to()).orElse("Modify " + table + " table");
    }

    /** The comment of a statement about one part of a table: creating an index, setting a comment. */
    private Optional<String> tablePart(String sql, Table from, Table to) {
        String upper = sql.toUpperCase(Locale.ROOT);
        String table = q(to.name());
        if (upper.startsWith("CREATE INDEX") || upper.startsWith("CREATE UNIQUE INDEX")) {
            return indexIn(sql, to.indexes(), " ON ").map(i -> "Create index " + q(i.name()) + " to table: " + table);
        }
        if (upper.startsWith("COMMENT ON TABLE")) {
            return Optional.of("Set comment to table: " + table);
        }
        if (upper.startsWith("COMMENT ON COLUMN")) {
            return to.columns().stream().filter(c -> sql.contains("." + quote.apply(c.name()) + " IS")).findFirst()
                    .map(c -> "Set comment to column: " + q(c.name()) + " on table: " + table);
        }
        if (upper.startsWith("COMMENT ON INDEX")) {
            return indexIn(sql, to.indexes(), " IS").map(i -> "Set comment to index: " + q(i.name()) + " on table: "
                    + table);
        }
        return Optional.empty();
    }

    /** The index among {@code indexes} whose quoted name, followed by {@code after}, the statement holds. */
    private Optional<Index> indexIn(String sql, List<Index> indexes, String after) {
        return indexes.stream().filter(i -> i.name() != null && sql.contains(quote.apply(i.name()) + after)).findFirst();
    }

    private String object(String verb, SchemaObject object) {
        String type = object.objectType();
        if (type.equals("enum")) {
            return verb + " enum type " + q(object.name());
        }
        if (object instanceof Trigger trigger) {
            return verb + " trigger " + q(trigger.name()) + " on table: " + q(trigger.table());
        }
        return verb + " " + q(object.name()) + " " + type;
    }

    /** {@code name} in double quotes, as Go's {@code %q} writes it. */
    private static String q(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
