package dev.atlasj.json;

import dev.atlasj.diff.Diff;
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
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a diff and the plan made from it: the changes, described, and the statements,
 * each with its reverse, whether it may run in a transaction and the change it carries out.
 *
 * <p>{@code docs/plan-json-format.md} documents the format; it follows the rules of the schema's JSON
 * form ({@link RealmJson}): fixed key order, snake_case, members that are {@code null}, {@code false}
 * or empty left out, except the two top-level lists, which are always there.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /** {@code diff} and {@code plan}, the plan made from it, as JSON without a trailing newline. */
    public static String toJson(Diff diff, Plan plan) {
        Map<SchemaChange, Integer> positions = new HashMap<>();
        for (int i = 0; i < diff.changes().size(); i++) {
            positions.putIfAbsent(diff.changes().get(i), i);
        }
        JsonObject json = new JsonObject()
                .putAlways("changes", diff.changes().stream().map(PlanJson::change).toList())
                .putAlways("statements", plan.statements().stream().map(s -> statement(s, positions)).toList());
        return JsonWriter.write(json);
    }

    private static JsonObject change(SchemaChange change) {
        JsonObject json = new JsonObject()
                .put("type", type(change))
                .put("schema", schemaOf(change))
                .put("name", nameOf(change))
                .put("object_type", objectTypeOf(change))
                .put("description", change.describe())
                .put("destructive", change.isDestructive());
        if (change instanceof ModifyTable modify) {
            json.put("changes", modify.changes().stream().map(PlanJson::tableChange).toList());
        }
        return json;
    }

    private static JsonObject tableChange(TableChange change) {
        return new JsonObject()
                .put("type", type(change))
                .put("description", change.describe());
    }

    private static JsonObject statement(PlannedStatement statement, Map<SchemaChange, Integer> positions) {
        return new JsonObject()
                .put("sql", statement.sql())
                .put("reverse", statement.reverse())
                .put("transactional", statement.transactional())
                .put("change", statement.source() == null ? null : positions.get(statement.source()));
    }

    /** The change's type name in snake_case: {@code AddTable} is {@code add_table}. */
    private static String type(Object change) {
        return change.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String schemaOf(SchemaChange change) {
        if (change instanceof AddSchema c) {
            return c.schema().name();
        } else if (change instanceof DropSchema c) {
            return c.schema().name();
        } else if (change instanceof ModifySchema c) {
            return c.to().name();
        } else if (change instanceof AddTable c) {
            return c.schema();
        } else if (change instanceof DropTable c) {
            return c.schema();
        } else if (change instanceof ModifyTable c) {
            return c.schema();
        } else if (change instanceof RenameTable c) {
            return c.schema();
        } else if (change instanceof AddObject c) {
            return c.schema();
        } else if (change instanceof DropObject c) {
            return c.schema();
        } else if (change instanceof ModifyObject c) {
            return c.schema();
        }
        return null;
    }

    /** The name of the table, object or extension the change is about; a renamed table's old name. */
    private static String nameOf(SchemaChange change) {
        if (change instanceof AddTable c) {
            return c.table().name();
        } else if (change instanceof DropTable c) {
            return c.table().name();
        } else if (change instanceof ModifyTable c) {
            return c.from().name();
        } else if (change instanceof RenameTable c) {
            return c.from().name();
        } else if (change instanceof AddObject c) {
            return c.object().name();
        } else if (change instanceof DropObject c) {
            return c.object().name();
        } else if (change instanceof ModifyObject c) {
            return c.from().name();
        } else if (change instanceof AddExtension c) {
            return c.extension().name();
        } else if (change instanceof DropExtension c) {
            return c.extension().name();
        } else if (change instanceof ModifyExtension c) {
            return c.from().name();
        }
        return null;
    }

    /** For a change of a view, sequence, type, routine, trigger or policy: which of them it is. */
    private static String objectTypeOf(SchemaChange change) {
        if (change instanceof AddObject c) {
            return c.object().objectType();
        } else if (change instanceof DropObject c) {
            return c.object().objectType();
        } else if (change instanceof ModifyObject c) {
            return c.from().objectType();
        }
        return null;
    }
}
