package dev.atlasj.postgres.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes an enum type's values in a way PostgreSQL cannot make in place (a value removed, the
 * values reordered) by replacing the type: the old type is renamed out of the way, the new one
 * created under its name, every column of the old type converted to the new one by the text of its
 * values, and the old type dropped. A column's default, which names the old type, is dropped before
 * and set again after.
 *
 * <p>A row that holds a removed value cannot be converted: PostgreSQL then stops the plan, naming
 * the value, and nothing is lost. The columns are those of the current schema, under the names the
 * plan's renames give them, less those the plan drops; a partition's column is converted with its
 * parent's.
 */
final class EnumRecreation {

    private final String schema;
    private final EnumType from;
    private final QualifiedName name;
    private final QualifiedName oldName;

    private EnumRecreation(String schema, EnumType from) {
        this.schema = schema;
        this.from = from;
        this.name = new QualifiedName(schema, from.name());
        this.oldName = new QualifiedName(schema, (from.name().length() > 58 ? from.name().substring(0, 58) : from.name())
                + "__old");
    }

    /** Adds the statements that replace {@code from} by {@code to} in {@code plan}. */
    static void plan(String schema, EnumType from, EnumType to, SchemaChange source, Realm current,
            Alterations alterations, Removals removals, PlanBuilder plan) {
        EnumRecreation recreation = new EnumRecreation(schema, from);
        List<TypedColumn> columns = recreation.columns(current, alterations, removals);
        columns.stream().filter(c -> c.column().defaultExpression() != null)
                .forEach(c -> plan.add(Phase.TYPES, source, c.dropDefault()));
        plan.add(Phase.TYPES, source, new Ddl("ALTER TYPE " + recreation.name.sql() + " RENAME TO "
                + PostgresIdentifiers.quote(recreation.oldName.name()), "ALTER TYPE " + recreation.oldName.sql()
                + " RENAME TO " + PostgresIdentifiers.quote(to.name())));
        ObjectCreation.enumType(plan, source, schema, to);
        columns.forEach(c -> plan.add(Phase.TYPES, source, recreation.convert(c)));
        EnumType old = new EnumType(recreation.oldName.name(), from.values(), from.comment());
        plan.add(Phase.TYPES, source, EnumDdl.drop(schema, old,
                PlanBuilder.script(script -> ObjectCreation.enumType(script, source, schema, old))));
        columns.stream().filter(c -> c.column().defaultExpression() != null)
                .forEach(c -> plan.add(Phase.TYPES, source, c.setDefault()));
    }

    /** {@code ALTER TABLE … ALTER COLUMN c TYPE new USING c::text::new}, undone the same way to the old type. */
    private Ddl convert(TypedColumn c) {
        String alter = "ALTER TABLE " + c.table().sql() + " ALTER COLUMN " + PostgresIdentifiers.quote(c.name()) + " TYPE ";
        return new Ddl(alter + using(c, name), alter + using(c, oldName));
    }

    private static String using(TypedColumn c, QualifiedName type) {
        String brackets = c.array() ? "[]" : "";
        return type.sql() + brackets + " USING " + PostgresIdentifiers.quote(c.name()) + "::text" + brackets
                + "::" + type.sql() + brackets;
    }

    /** The columns of the type in {@code current}, as they are named once the plan's renames ran. */
    private List<TypedColumn> columns(Realm current, Alterations alterations, Removals removals) {
        List<TypedColumn> columns = new ArrayList<>();
        for (Schema s : current.schemas()) {
            for (Table table : s.tables()) {
                if (Alterations.parentOf(s.name(), table).isPresent()) {
                    continue;
                }
                QualifiedName tableName = alterations.renamed(new QualifiedName(s.name(), table.name()));
                for (Column column : table.columns()) {
                    String type = column.type().canonical();
                    boolean array = type.endsWith("[]");
                    String base = array ? type.substring(0, type.length() - 2) : type;
                    String columnName = alterations.renamedColumn(tableName, column.name());
                    if (names(s.name(), base) && !removals.removesTable(tableName)
                            && !removals.removesColumn(tableName, columnName)) {
                        columns.add(new TypedColumn(tableName, columnName, column, array));
                    }
                }
            }
        }
        return columns;
    }

    /** Whether a type written as {@code base} in schema {@code where} is this enum. */
    private boolean names(String where, String base) {
        return base.equals(name.sql()) || where.equals(schema) && base.equals(PostgresIdentifiers.quote(from.name()));
    }

    /** A column of the enum type (or of an array of it), named as it is once the plan's renames ran. */
    private record TypedColumn(QualifiedName table, String name, Column column, boolean array) {

        Ddl dropDefault() {
            return new Ddl(alter() + "DROP DEFAULT", alter() + "SET DEFAULT " + column.defaultExpression());
        }

        Ddl setDefault() {
            return new Ddl(alter() + "SET DEFAULT " + column.defaultExpression(), alter() + "DROP DEFAULT");
        }

        private String alter() {
            return "ALTER TABLE " + table.sql() + " ALTER COLUMN " + PostgresIdentifiers.quote(name) + " ";
        }
    }
}
