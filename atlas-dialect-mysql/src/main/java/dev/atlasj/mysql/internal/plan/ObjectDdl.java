package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.SECURITY;
import static dev.atlasj.mysql.MySqlAttributes.VIEW_ALGORITHM;
import static dev.atlasj.mysql.MySqlAttributes.VIEW_CHECK_OPTION;

import dev.atlasj.PlanException;
import dev.atlasj.mysql.internal.StoredObjectDefinitions;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;

/**
 * DDL for views, routines and triggers. Each is named in its database, so that it lands there
 * whatever the connection's default database; the definer is left out, so that the objects belong to
 * whoever applies the plan. A routine's or trigger's body, with the {@code ;} inside it, is one
 * statement: JDBC sends it whole, no {@code DELIMITER} needed.
 */
public final class ObjectDdl {

    private ObjectDdl() {
    }

    /** {@code CREATE [ALGORITHM=…] [SQL SECURITY INVOKER] VIEW `s`.`v` AS … [WITH … CHECK OPTION]}. */
    public static Ddl createView(String schema, View view) {
        TableName name = new TableName(schema, view.name());
        return new Ddl(view(name, view, false), "DROP VIEW " + name.sql());
    }

    /** {@code CREATE OR REPLACE VIEW} with the new definition, undone by the old one. */
    public static Ddl replaceView(String schema, View from, View to) {
        TableName name = new TableName(schema, to.name());
        return new Ddl(view(name, to, true), view(name, from, true));
    }

    public static Ddl dropView(String schema, View view) {
        TableName name = new TableName(schema, view.name());
        return new Ddl("DROP VIEW " + name.sql(), view(name, view, false));
    }

    public static Ddl createRoutine(String schema, Routine routine) {
        return new Ddl(routine(schema, routine), dropRoutineSql(schema, routine));
    }

    public static Ddl dropRoutine(String schema, Routine routine) {
        return new Ddl(dropRoutineSql(schema, routine), routine(schema, routine));
    }

    /**
     * {@code CREATE TRIGGER `s`.`t` … ON `s`.`table` FOR EACH ROW [order] body}.
     *
     * @param order {@code FOLLOWS `other`} or {@code PRECEDES `other`} to put it among the table's
     *     triggers of the same timing and event, or {@code null}
     */
    public static Ddl createTrigger(String schema, Trigger trigger, String order) {
        return new Ddl(trigger(schema, trigger, order), dropTriggerSql(schema, trigger));
    }

    public static Ddl dropTrigger(String schema, Trigger trigger) {
        return new Ddl(dropTriggerSql(schema, trigger), trigger(schema, trigger, null));
    }

    private static String view(TableName name, View view, boolean replace) {
        StringBuilder sql = new StringBuilder(replace ? "CREATE OR REPLACE " : "CREATE ");
        if (view.attributes().has(VIEW_ALGORITHM)) {
            sql.append("ALGORITHM=").append(view.attributes().get(VIEW_ALGORITHM)).append(' ');
        }
        if ("INVOKER".equals(view.attributes().get(SECURITY))) {
            sql.append("SQL SECURITY INVOKER ");
        }
        sql.append("VIEW ").append(name.sql()).append(" AS ").append(view.definition());
        if (view.attributes().has(VIEW_CHECK_OPTION)) {
            sql.append(" WITH ").append(view.attributes().get(VIEW_CHECK_OPTION)).append(" CHECK OPTION");
        }
        return sql.toString();
    }

    private static String routine(String schema, Routine routine) {
        return StoredObjectDefinitions.routine(routine.definition(), schema).orElseThrow(() -> new PlanException(
                routine.objectType() + " " + schema + "." + routine.name() + " cannot be created: its definition does not"
                        + " start with CREATE " + routine.kind() + " name(…)"));
    }

    private static String dropRoutineSql(String schema, Routine routine) {
        return "DROP " + routine.kind() + " " + new TableName(schema, routine.name()).sql();
    }

    private static String trigger(String schema, Trigger trigger, String order) {
        return StoredObjectDefinitions.trigger(trigger.definition()).orElseThrow(() -> new PlanException(
                "trigger " + schema + "." + trigger.name() + " cannot be created: its definition does not read as"
                        + " CREATE TRIGGER name BEFORE|AFTER INSERT|UPDATE|DELETE ON table FOR EACH ROW …"))
                .toSql(schema, order);
    }

    private static String dropTriggerSql(String schema, Trigger trigger) {
        return "DROP TRIGGER " + new TableName(schema, trigger.name()).sql();
    }
}
