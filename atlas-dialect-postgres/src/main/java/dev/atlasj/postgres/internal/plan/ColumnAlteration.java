package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.diff.ColumnChangeKind.ATTRIBUTES;
import static dev.atlasj.diff.ColumnChangeKind.COLLATION;
import static dev.atlasj.diff.ColumnChangeKind.DEFAULT;
import static dev.atlasj.diff.ColumnChangeKind.NULLABILITY;
import static dev.atlasj.diff.ColumnChangeKind.TYPE;
import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;

import dev.atlasj.PlanException;
import dev.atlasj.diff.ColumnChangeKind;
import dev.atlasj.postgres.Identity;
import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The statements that change a column in place: its type and collation, default, nullability and
 * identity.
 *
 * <p>All but the identity's coming and going are clauses of one {@code ALTER TABLE}. PostgreSQL
 * runs those in passes (drops, then type changes, then defaults and NOT NULL), and in the written
 * order within a pass, so the statement reads as the change does: when the type changes, the old
 * default is dropped first and the new one set after it, since PostgreSQL cannot cast every default
 * to the new type, and would otherwise keep one written for the old type (and depending on it: an
 * enum's label, say, that then keeps the enum from being dropped). Its reverse is the same statement
 * written from the new column to the old one.
 *
 * <p>On a partitioned table, what PostgreSQL does to the table it does to its partitions too. A
 * default is each partition's own, though, and the plan changes each partition's default that
 * changes: so a change of defaults alone is made with {@code ALTER TABLE ONLY}, lest it overwrite a
 * partition's default that stays, or that the plan sets first when it is undone. A type change must
 * reach the partitions, and its defaults with it; a partition's own default is then set again by the
 * partition's change, which comes after its parent's.
 *
 * <p>An identity is dropped and added by statements of their own, in {@link Phase#DROP_IDENTITIES}
 * and {@link Phase#IDENTITIES}, because its sequence takes a name that a sequence the plan creates
 * or drops may hold.
 *
 * @param dropIdentity {@code ALTER COLUMN … DROP IDENTITY}
 * @param alter the other changes: one statement, or two on a partitioned table
 * @param addIdentity {@code ALTER COLUMN … ADD GENERATED … AS IDENTITY}
 */
record ColumnAlteration(Optional<Ddl> dropIdentity, List<Ddl> alter, Optional<Ddl> addIdentity) {

    /**
     * The statements that change {@code from} into {@code to}; the comment is left to the caller.
     *
     * @param partitioned whether the table is a partitioned one
     * @throws PlanException when the column's attributes change in a way PostgreSQL has no statement for
     */
    static ColumnAlteration of(QualifiedName table, boolean partitioned, Column from, Column to,
            Set<ColumnChangeKind> kinds) {
        if (kinds.contains(ATTRIBUTES)
                && !from.attributes().without(IDENTITY).equals(to.attributes().without(IDENTITY))) {
            throw new PlanException("column " + to.name() + " of table " + table + " changes attributes the"
                    + " PostgreSQL planner does not know how to change (" + from.attributes() + " to "
                    + to.attributes() + "); change the column by hand, or leave those attributes as they are");
        }
        String column = "ALTER TABLE " + table.sql() + " ALTER COLUMN " + PostgresIdentifiers.quote(to.name()) + " ";
        Identity fromIdentity = from.attributes().get(IDENTITY);
        Identity toIdentity = to.attributes().get(IDENTITY);
        boolean onlyParentDefaults = partitioned && !kinds.contains(TYPE) && !kinds.contains(COLLATION);
        List<Ddl> alter = new ArrayList<>();
        statement("ALTER TABLE " + table.sql(), from, to, kinds, c -> !onlyParentDefaults || !c.isDefault())
                .ifPresent(alter::add);
        if (onlyParentDefaults) {
            statement("ALTER TABLE ONLY " + table.sql(), from, to, kinds, Clause::isDefault).ifPresent(alter::add);
        }
        return new ColumnAlteration(
                fromIdentity != null && toIdentity == null
                        ? Optional.of(new Ddl(column + "DROP IDENTITY", column + "ADD " + TableDdl.identity(from, fromIdentity)))
                        : Optional.empty(),
                List.copyOf(alter),
                fromIdentity == null && toIdentity != null
                        ? Optional.of(new Ddl(column + "ADD " + TableDdl.identity(to, toIdentity), column + "DROP IDENTITY"))
                        : Optional.empty());
    }

    /** {@code alter} with the clauses {@code which} picks, undone by the same clauses from {@code to} to {@code from}. */
    private static Optional<Ddl> statement(String alter, Column from, Column to, Set<ColumnChangeKind> kinds,
            Predicate<Clause> which) {
        List<String> forward = clauses(from, to, kinds).stream().filter(which).map(Clause::sql).toList();
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        List<String> reverse = clauses(to, from, kinds).stream().filter(which).map(Clause::sql).toList();
        return Optional.of(new Ddl(alter + " " + String.join(", ", forward), alter + " " + String.join(", ", reverse)));
    }

    private static List<Clause> clauses(Column from, Column to, Set<ColumnChangeKind> kinds) {
        String alter = "ALTER COLUMN " + PostgresIdentifiers.quote(to.name()) + " ";
        TypeConversion conversion = new TypeConversion(from.type(), to.type());
        boolean using = kinds.contains(TYPE) && conversion.needsUsing();
        boolean resetDefault = kinds.contains(TYPE) && from.defaultExpression() != null;
        boolean newDefault = kinds.contains(DEFAULT) || resetDefault;
        Identity fromIdentity = from.attributes().get(IDENTITY);
        Identity toIdentity = to.attributes().get(IDENTITY);

        List<Clause> clauses = new ArrayList<>();
        if (newDefault && from.defaultExpression() != null && (to.defaultExpression() == null || resetDefault)) {
            clauses.add(new Clause(alter + "DROP DEFAULT", true));
        }
        if (kinds.contains(NULLABILITY) && to.nullable()) {
            clauses.add(new Clause(alter + "DROP NOT NULL", false));
        }
        if (kinds.contains(TYPE) || kinds.contains(COLLATION)) {
            clauses.add(new Clause(alter + "TYPE " + to.type().raw()
                    + (to.collation() == null ? "" : " COLLATE " + Collations.sql(to.collation()))
                    + (using ? " USING " + conversion.using(to.name()) : ""), false));
        }
        if (newDefault && to.defaultExpression() != null) {
            clauses.add(new Clause(alter + "SET DEFAULT " + to.defaultExpression(), true));
        }
        if (kinds.contains(NULLABILITY) && !to.nullable()) {
            clauses.add(new Clause(alter + "SET NOT NULL", false));
        }
        if (fromIdentity != null && toIdentity != null && !fromIdentity.equals(toIdentity)) {
            clauses.add(new Clause(alter + identityChanges(from, fromIdentity, to, toIdentity), false));
        }
        return clauses;
    }

    /** One clause of {@code ALTER TABLE}, and whether it sets or drops the column's default. */
    private record Clause(String sql, boolean isDefault) {
    }

    /** {@code SET GENERATED …} and {@code SET} each sequence option that differs, as one clause. */
    private static String identityChanges(Column from, Identity fromIdentity, Column to, Identity toIdentity) {
        List<String> changes = new ArrayList<>();
        if (fromIdentity.generation() != toIdentity.generation()) {
            changes.add("SET GENERATED " + toIdentity.generation().sql());
        }
        SequenceOptions.of(toIdentity, to.type().canonical())
                .changesFrom(SequenceOptions.of(fromIdentity, from.type().canonical()))
                .forEach(option -> changes.add("SET " + option));
        return String.join(" ", changes);
    }
}
