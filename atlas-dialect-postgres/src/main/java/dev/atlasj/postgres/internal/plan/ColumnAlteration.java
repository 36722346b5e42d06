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

/**
 * The statements that change a column in place: its type and collation, default, nullability and
 * identity.
 *
 * <p>All but the identity's coming and going are clauses of one {@code ALTER TABLE}. PostgreSQL
 * runs those in passes (drops, then type changes, then defaults and NOT NULL), and in the written
 * order within a pass, so the statement reads as the change does: when the type change needs a
 * {@code USING} cast, the old default, which PostgreSQL could not cast either, is dropped first and
 * the new one set after it. Its reverse is the same statement written from the new column to the
 * old one.
 *
 * <p>An identity is dropped and added by statements of their own, in {@link Phase#DROP_IDENTITIES}
 * and {@link Phase#IDENTITIES}, because its sequence takes a name that a sequence the plan creates
 * or drops may hold.
 *
 * @param dropIdentity {@code ALTER COLUMN … DROP IDENTITY}
 * @param alter the other changes, as one statement
 * @param addIdentity {@code ALTER COLUMN … ADD GENERATED … AS IDENTITY}
 */
record ColumnAlteration(Optional<Ddl> dropIdentity, Optional<Ddl> alter, Optional<Ddl> addIdentity) {

    /**
     * The statements that change {@code from} into {@code to}; the comment is left to the caller.
     *
     * @throws PlanException when the column's attributes change in a way PostgreSQL has no statement for
     */
    static ColumnAlteration of(QualifiedName table, Column from, Column to, Set<ColumnChangeKind> kinds) {
        if (kinds.contains(ATTRIBUTES)
                && !from.attributes().without(IDENTITY).equals(to.attributes().without(IDENTITY))) {
            throw new PlanException("column " + to.name() + " of table " + table + " changes attributes the"
                    + " PostgreSQL planner does not know how to change (" + from.attributes() + " to "
                    + to.attributes() + "); change the column by hand, or leave those attributes as they are");
        }
        String alter = "ALTER TABLE " + table.sql() + " ";
        String column = alter + "ALTER COLUMN " + PostgresIdentifiers.quote(to.name()) + " ";
        Identity fromIdentity = from.attributes().get(IDENTITY);
        Identity toIdentity = to.attributes().get(IDENTITY);
        List<String> forward = clauses(from, to, kinds);
        return new ColumnAlteration(
                fromIdentity != null && toIdentity == null
                        ? Optional.of(new Ddl(column + "DROP IDENTITY", column + "ADD " + TableDdl.identity(from, fromIdentity)))
                        : Optional.empty(),
                forward.isEmpty() ? Optional.empty()
                        : Optional.of(new Ddl(alter + String.join(", ", forward),
                                alter + String.join(", ", clauses(to, from, kinds)))),
                fromIdentity == null && toIdentity != null
                        ? Optional.of(new Ddl(column + "ADD " + TableDdl.identity(to, toIdentity), column + "DROP IDENTITY"))
                        : Optional.empty());
    }

    private static List<String> clauses(Column from, Column to, Set<ColumnChangeKind> kinds) {
        String alter = "ALTER COLUMN " + PostgresIdentifiers.quote(to.name()) + " ";
        TypeConversion conversion = new TypeConversion(from.type(), to.type());
        boolean using = kinds.contains(TYPE) && conversion.needsUsing();
        boolean resetDefault = using && from.defaultExpression() != null;
        boolean newDefault = kinds.contains(DEFAULT) || resetDefault;
        Identity fromIdentity = from.attributes().get(IDENTITY);
        Identity toIdentity = to.attributes().get(IDENTITY);

        List<String> clauses = new ArrayList<>();
        if (newDefault && from.defaultExpression() != null && (to.defaultExpression() == null || resetDefault)) {
            clauses.add(alter + "DROP DEFAULT");
        }
        if (kinds.contains(NULLABILITY) && to.nullable()) {
            clauses.add(alter + "DROP NOT NULL");
        }
        if (kinds.contains(TYPE) || kinds.contains(COLLATION)) {
            clauses.add(alter + "TYPE " + to.type().raw()
                    + (to.collation() == null ? "" : " COLLATE " + PostgresIdentifiers.quote(to.collation()))
                    + (using ? " USING " + conversion.using(to.name()) : ""));
        }
        if (newDefault && to.defaultExpression() != null) {
            clauses.add(alter + "SET DEFAULT " + to.defaultExpression());
        }
        if (kinds.contains(NULLABILITY) && !to.nullable()) {
            clauses.add(alter + "SET NOT NULL");
        }
        if (fromIdentity != null && toIdentity != null && !fromIdentity.equals(toIdentity)) {
            clauses.add(alter + identityChanges(from, fromIdentity, to, toIdentity));
        }
        return clauses;
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
