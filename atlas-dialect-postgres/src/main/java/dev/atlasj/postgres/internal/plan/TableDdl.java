package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.UNLOGGED;

import dev.atlasj.PlanException;
import dev.atlasj.postgres.Identity;
import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** DDL for tables and their columns. */
public final class TableDdl {

    private TableDdl() {
    }

    /**
     * {@code CREATE [UNLOGGED] TABLE s.t (columns, constraints) [PARTITION BY …]}.
     *
     * @param constraints the constraint clauses to declare with the table, in order
     */
    public static Ddl create(QualifiedName name, Table table, List<String> constraints) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(column(name, c)));
        elements.addAll(constraints);
        String unlogged = table.attributes().is(UNLOGGED) ? "UNLOGGED " : "";
        String sql = "CREATE " + unlogged + "TABLE " + name.sql() + " (" + String.join(", ", elements) + ")"
                + partitionBy(table);
        return new Ddl(sql, "DROP TABLE " + name.sql());
    }

    /**
     * {@code CREATE TABLE s.p PARTITION OF s.parent [(column options, constraints)] bound [PARTITION BY …]}.
     *
     * <p>A partition takes its columns from its parent; what it may add is a column's own default
     * and NOT NULL ({@code c WITH OPTIONS …}), spelled here where they differ from the parent's.
     *
     * @param parentTable the parent when the plan creates it too, or {@code null}: then every
     *     default and NOT NULL of the partition is spelled out
     * @param constraints the constraint clauses to declare with the partition
     */
    public static Ddl createPartition(QualifiedName name, Table table, QualifiedName parent, Table parentTable,
            List<String> constraints) {
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            columnOptions(column, parentColumn(name, column, parent, parentTable)).ifPresent(elements::add);
        }
        elements.addAll(constraints);
        String sql = "CREATE TABLE " + name.sql() + " PARTITION OF " + parent.sql()
                + (elements.isEmpty() ? "" : " (" + String.join(", ", elements) + ")")
                + " " + table.attributes().get(PARTITION_BOUND) + partitionBy(table);
        return new Ddl(sql, "DROP TABLE " + name.sql());
    }

    /** {@code ALTER TABLE s.parent ATTACH PARTITION s.p bound}, undone by detaching it. */
    public static Ddl attachPartition(QualifiedName parent, QualifiedName partition, String bound) {
        return new Ddl(attach(parent, partition, bound), detach(parent, partition));
    }

    /** {@code ALTER TABLE s.parent DETACH PARTITION s.p}, undone by attaching it again with its bound. */
    public static Ddl detachPartition(QualifiedName parent, QualifiedName partition, String bound) {
        return new Ddl(detach(parent, partition), attach(parent, partition, bound));
    }

    /**
     * {@code ALTER TABLE … ALTER COLUMN … DROP DEFAULT} for each column of a partition that has no
     * default while its parent's column has one, which the partition copied when it was created.
     */
    public static List<Ddl> dropInheritedDefaults(QualifiedName name, Table table, Table parentTable) {
        List<Ddl> statements = new ArrayList<>();
        for (Column column : table.columns()) {
            String inherited = parentTable.column(column.name()).map(Column::defaultExpression).orElse(null);
            if (column.defaultExpression() == null && inherited != null) {
                String alter = "ALTER TABLE " + name.sql() + " ALTER COLUMN " + PostgresIdentifiers.quote(column.name());
                statements.add(new Ddl(alter + " DROP DEFAULT", alter + " SET DEFAULT " + inherited));
            }
        }
        return statements;
    }

    /**
     * {@code DROP TABLE s.t}, without {@code CASCADE}: the plan drops what depends on the table
     * first, and PostgreSQL names anything else that still does.
     *
     * @param recreate the script that creates the table again, for the reverse
     */
    public static Ddl drop(QualifiedName name, String recreate) {
        return new Ddl("DROP TABLE " + name.sql(), recreate);
    }

    /** {@code ALTER TABLE s.old RENAME TO new}. */
    public static Ddl rename(QualifiedName from, QualifiedName to) {
        return new Ddl("ALTER TABLE " + from.sql() + " RENAME TO " + PostgresIdentifiers.quote(to.name()),
                "ALTER TABLE " + to.sql() + " RENAME TO " + PostgresIdentifiers.quote(from.name()));
    }

    /** {@code ALTER TABLE s.t SET LOGGED} or {@code SET UNLOGGED}. */
    public static Ddl setUnlogged(QualifiedName name, boolean unlogged) {
        String alter = "ALTER TABLE " + name.sql() + " SET ";
        return new Ddl(alter + (unlogged ? "UNLOGGED" : "LOGGED"), alter + (unlogged ? "LOGGED" : "UNLOGGED"));
    }

    /** {@code ALTER TABLE s.t ADD COLUMN definition}, undone by dropping the column. */
    public static Ddl addColumn(QualifiedName name, Column column) {
        return new Ddl("ALTER TABLE " + name.sql() + " ADD COLUMN " + column(name, column), dropColumnSql(name, column));
    }

    /**
     * {@code ALTER TABLE s.t DROP COLUMN c}; PostgreSQL drops the indexes and constraints that
     * involve the column, and a sequence the column owns, with it.
     *
     * @param recreate the script that adds the column again, for the reverse
     */
    public static Ddl dropColumn(QualifiedName name, Column column, String recreate) {
        return new Ddl(dropColumnSql(name, column), recreate);
    }

    /** {@code ALTER TABLE s.t RENAME COLUMN old TO new}. */
    public static Ddl renameColumn(QualifiedName name, Column from, Column to) {
        String alter = "ALTER TABLE " + name.sql() + " RENAME COLUMN ";
        return new Ddl(alter + PostgresIdentifiers.quote(from.name()) + " TO " + PostgresIdentifiers.quote(to.name()),
                alter + PostgresIdentifiers.quote(to.name()) + " TO " + PostgresIdentifiers.quote(from.name()));
    }

    /**
     * {@code ALTER TABLE s.t ALTER COLUMN c DROP EXPRESSION}: a generated column becomes a plain one
     * that keeps its values. There is no reverse: PostgreSQL cannot make a column generated in place.
     */
    public static Ddl dropExpression(QualifiedName name, Column column) {
        return new Ddl("ALTER TABLE " + name.sql() + " ALTER COLUMN " + PostgresIdentifiers.quote(column.name())
                + " DROP EXPRESSION", null);
    }

    /** The target of {@code COMMENT ON} for the table. */
    public static String commentTarget(QualifiedName name) {
        return "TABLE " + name.sql();
    }

    /** The target of {@code COMMENT ON} for one of the table's columns. */
    public static String commentTarget(QualifiedName name, Column column) {
        return "COLUMN " + name.sql() + "." + PostgresIdentifiers.quote(column.name());
    }

    /**
     * A column definition: {@code name type [COLLATE c] [GENERATED … | DEFAULT …] [NOT NULL]}.
     *
     * @param table the column's table, for messages
     */
    static String column(QualifiedName table, Column column) {
        StringBuilder sql = new StringBuilder(PostgresIdentifiers.quote(column.name())).append(' ')
                .append(column.type().raw());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(Collations.sql(column.collation()));
        }
        if (column.generated() != null) {
            if (!column.generated().stored()) {
                throw new PlanException("column " + column.name() + " of table " + table
                        + " is a virtual generated column; PostgreSQL has only STORED ones");
            }
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(") STORED");
        }
        Identity identity = column.attributes().get(IDENTITY);
        if (identity != null) {
            sql.append(' ').append(identity(column, identity));
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(options that are not the default)]}. */
    static String identity(Column column, Identity identity) {
        List<String> options = SequenceOptions.of(identity, column.type().canonical()).clauses();
        return "GENERATED " + identity.generation().sql() + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    private static String attach(QualifiedName parent, QualifiedName partition, String bound) {
        return "ALTER TABLE " + parent.sql() + " ATTACH PARTITION " + partition.sql() + " " + bound;
    }

    private static String detach(QualifiedName parent, QualifiedName partition) {
        return "ALTER TABLE " + parent.sql() + " DETACH PARTITION " + partition.sql();
    }

    private static String dropColumnSql(QualifiedName name, Column column) {
        return "ALTER TABLE " + name.sql() + " DROP COLUMN " + PostgresIdentifiers.quote(column.name());
    }

    private static Optional<String> columnOptions(Column column, Column parentColumn) {
        String options = "";
        String inherited = parentColumn == null ? null : parentColumn.defaultExpression();
        if (column.defaultExpression() != null && !Objects.equals(column.defaultExpression(), inherited)) {
            options += " DEFAULT " + column.defaultExpression();
        }
        if (!column.nullable() && (parentColumn == null || parentColumn.nullable())) {
            options += " NOT NULL";
        }
        return options.isEmpty() ? Optional.empty()
                : Optional.of(PostgresIdentifiers.quote(column.name()) + " WITH OPTIONS" + options);
    }

    private static Column parentColumn(QualifiedName name, Column column, QualifiedName parent, Table parentTable) {
        if (parentTable == null) {
            return null;
        }
        return parentTable.column(column.name()).orElseThrow(() -> new PlanException("partition " + name
                + " has a column " + column.name() + " that its parent " + parent + " lacks"));
    }

    private static String partitionBy(Table table) {
        return table.attributes().has(PARTITION_KEY) ? " PARTITION BY " + table.attributes().get(PARTITION_KEY) : "";
    }
}
