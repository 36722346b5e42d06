package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.CHECK_NO_INHERIT;
import static dev.atlasj.postgres.PostgresAttributes.DEFERRABLE;
import static dev.atlasj.postgres.PostgresAttributes.FK_MATCH;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_METHOD;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_NULLS_NOT_DISTINCT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.INITIALLY_DEFERRED;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;

import dev.atlasj.PlanException;
import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.ReferentialAction;

/**
 * Table constraints as clauses: the same text goes inside {@code CREATE TABLE (…)} or after
 * {@code ALTER TABLE … ADD}.
 */
public final class ConstraintDdl {

    private ConstraintDdl() {
    }

    /** {@code [CONSTRAINT n] PRIMARY KEY (…) [INCLUDE (…)] [WITH (…)] [DEFERRABLE …]}. */
    public static String primaryKey(PrimaryKey key) {
        return named(key.name()) + "PRIMARY KEY (" + IndexDdl.columnList(key.columns()) + ")"
                + IndexDdl.include(key.attributes()) + IndexDdl.storageParameters(key.attributes())
                + deferrable(key.attributes());
    }

    /**
     * {@code CONSTRAINT n UNIQUE [NULLS NOT DISTINCT] (…) [INCLUDE (…)] [WITH (…)] [DEFERRABLE …]}
     * for an index that backs a unique constraint.
     *
     * @throws PlanException when the index has what a constraint cannot: expressions, a predicate,
     *     another access method, sort options
     */
    public static String unique(QualifiedName table, Index index) {
        Attributes a = index.attributes();
        String problem = !index.unique() ? "is not unique"
                : a.has(INDEX_PREDICATE) ? "has a WHERE predicate"
                : a.has(INDEX_METHOD) ? "uses the " + a.get(INDEX_METHOD) + " method"
                : index.parts().stream().anyMatch(IndexPart::isExpression) ? "indexes an expression"
                : index.parts().stream().anyMatch(p -> p.descending() || !p.attributes().isEmpty())
                        ? "sets a sort order, collation or operator class on a column" : null;
        if (problem != null) {
            throw new PlanException("unique constraint " + index.name() + " on table " + table
                    + " cannot be created: it " + problem + ", which only a plain index can");
        }
        return named(index.name()) + "UNIQUE" + (a.is(INDEX_NULLS_NOT_DISTINCT) ? " NULLS NOT DISTINCT" : "")
                + " (" + IndexDdl.columnList(index.columns()) + ")"
                + IndexDdl.include(a) + IndexDdl.storageParameters(a) + deferrable(a);
    }

    /** {@code [CONSTRAINT n] CHECK (expr) [NO INHERIT]}. */
    public static String check(Check check) {
        return named(check.name()) + "CHECK (" + check.expression() + ")"
                + (check.attributes().is(CHECK_NO_INHERIT) ? " NO INHERIT" : "");
    }

    /**
     * {@code CONSTRAINT n FOREIGN KEY (…) REFERENCES s.t (…) [MATCH FULL] [ON UPDATE …] [ON DELETE …]
     * [DEFERRABLE …]}; actions are spelled only when not {@code NO ACTION}.
     *
     * @param schema the schema of the referencing table, which a key without a referenced schema points into
     */
    public static String foreignKey(String schema, ForeignKey key) {
        StringBuilder sql = new StringBuilder(named(key.name()))
                .append("FOREIGN KEY (").append(IndexDdl.columnList(key.columns())).append(") REFERENCES ")
                .append(referencedTable(schema, key).sql())
                .append(" (").append(IndexDdl.columnList(key.refColumns())).append(')');
        if (key.attributes().has(FK_MATCH)) {
            sql.append(" MATCH ").append(key.attributes().get(FK_MATCH));
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        return sql.append(deferrable(key.attributes())).toString();
    }

    /** The table a foreign key of a table in {@code schema} references. */
    public static QualifiedName referencedTable(String schema, ForeignKey key) {
        return new QualifiedName(key.refSchema() == null ? schema : key.refSchema(), key.refTable());
    }

    /**
     * {@code ALTER TABLE s.t ADD clause [NOT VALID]}, undone by dropping the constraint by name
     * (no reverse when the constraint is unnamed and the database picks the name).
     *
     * @param reverseIfExists whether the reverse tolerates the constraint being gone already, as the
     *     constraint of a partition is once its parent's is dropped
     */
    public static Ddl add(QualifiedName table, String name, String clause, Attributes attributes,
            boolean reverseIfExists) {
        String alter = "ALTER TABLE " + table.sql();
        String sql = alter + " ADD " + clause + (attributes.is(NOT_VALID) ? " NOT VALID" : "");
        String drop = " DROP CONSTRAINT " + (reverseIfExists ? "IF EXISTS " : "");
        return new Ddl(sql, name == null ? null : alter + drop + PostgresIdentifiers.quote(name));
    }

    /**
     * {@code ALTER TABLE s.t DROP CONSTRAINT [IF EXISTS] name}.
     *
     * @param ifExists whether the constraint may be gone already, as a partition's is once its
     *     parent's is dropped
     * @param recreate the script that adds the constraint again, for the reverse
     */
    public static Ddl drop(QualifiedName table, String name, boolean ifExists, String recreate) {
        return new Ddl("ALTER TABLE " + table.sql() + " DROP CONSTRAINT " + (ifExists ? "IF EXISTS " : "")
                + PostgresIdentifiers.quote(name), recreate);
    }

    private static String named(String name) {
        return name == null ? "" : "CONSTRAINT " + PostgresIdentifiers.quote(name) + " ";
    }

    private static String deferrable(Attributes attributes) {
        if (attributes.is(INITIALLY_DEFERRED)) {
            return " DEFERRABLE INITIALLY DEFERRED";
        }
        return attributes.is(DEFERRABLE) ? " DEFERRABLE" : "";
    }
}
