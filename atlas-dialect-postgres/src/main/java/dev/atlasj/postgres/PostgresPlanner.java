package dev.atlasj.postgres;

import dev.atlasj.PlanException;
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
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.Planner;
import dev.atlasj.postgres.internal.plan.Alterations;
import dev.atlasj.postgres.internal.plan.ObjectChanges;
import dev.atlasj.postgres.internal.plan.ObjectCreation;
import dev.atlasj.postgres.internal.plan.Phase;
import dev.atlasj.postgres.internal.plan.PlanBuilder;
import dev.atlasj.postgres.internal.plan.QualifiedName;
import dev.atlasj.postgres.internal.plan.Removals;
import dev.atlasj.postgres.internal.plan.TableAlteration;
import dev.atlasj.postgres.internal.plan.TableCreation;
import dev.atlasj.postgres.internal.plan.TableDdl;
import dev.atlasj.postgres.internal.plan.TableDrops;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes PostgreSQL DDL for changes, in an order the database accepts.
 *
 * <p>Statements are laid out by {@link Phase}: renames; then what goes away, dependents first
 * (foreign keys, tables, keys and indexes, columns); then what is created or changed (schemas,
 * extensions, types, sequences, columns of existing tables, new tables, keys, indexes, foreign
 * keys); last the types, sequences, extensions and schemas that nothing uses any more. Every
 * statement is one line, names are schema-qualified and quoted where needed.
 *
 * <p>Each statement carries its reverse: the statement, or the statements, that undo it. The
 * reverse of a drop creates the object again, structure only; the data it held is not restored.
 * Some statements have none: adding an enum value (PostgreSQL cannot remove one), turning a
 * generated column into a plain one, updating an extension. Turning a column into a generated one
 * drops it and adds it again: its values are replaced by computed ones.
 *
 * <p>Every statement may run in a transaction, so that a plan can be applied all or nothing; the one
 * exception is {@code ALTER TYPE … ADD VALUE} when the same plan then uses the new value, which
 * PostgreSQL allows only once the value is committed: that statement is marked as not
 * transactional, and a plan holding it cannot run in one transaction.
 *
 * <p>A change that PostgreSQL cannot make in place is refused with a {@link PlanException} that names
 * the object, says why and what to do instead: changing a partition key, and removing or reordering
 * enum values when the current schema is not given (with it, the enum type is replaced).
 * So is a change to views, functions and the other objects this planner does not handle yet.
 */
public final class PostgresPlanner implements Planner {

    @Override
    public Plan plan(List<SchemaChange> changes) {
        return plan(null, changes);
    }

    /**
     * {@inheritDoc}
     *
     * <p>With the current schema, an enum type from which values are removed, or whose values are
     * reordered, is replaced by a new one and its columns converted; without it, that is refused.
     */
    @Override
    public Plan plan(Realm current, List<SchemaChange> changes) {
        PlanBuilder plan = new PlanBuilder();
        Removals removals = Removals.of(changes);
        Alterations alterations = Alterations.of(changes, current);
        List<AddTable> added = new ArrayList<>();
        List<TableDrops.Dropped> dropped = new ArrayList<>();
        Set<QualifiedName> keyedLater = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof AddSchema add) {
                ObjectCreation.schema(plan, add, add.schema());
            } else if (change instanceof DropSchema drop) {
                dropped.addAll(ObjectChanges.dropSchema(drop, removals, plan));
            } else if (change instanceof ModifySchema modify) {
                ObjectChanges.modifySchema(modify, plan);
            } else if (change instanceof AddExtension add) {
                ObjectCreation.extension(plan, add, add.extension());
            } else if (change instanceof DropExtension drop) {
                ObjectChanges.dropExtension(drop, plan);
            } else if (change instanceof ModifyExtension modify) {
                ObjectChanges.modifyExtension(modify, plan);
            } else if (change instanceof AddObject add && add.object() instanceof EnumType type) {
                ObjectCreation.enumType(plan, add, add.schema(), type);
            } else if (change instanceof AddObject add && add.object() instanceof Sequence sequence) {
                ObjectCreation.sequence(plan, add, add.schema(), sequence);
            } else if (change instanceof AddObject add) {
                throw ObjectChanges.unsupported(add);
            } else if (change instanceof DropObject drop) {
                ObjectChanges.dropObject(drop, removals, plan);
            } else if (change instanceof ModifyObject modify) {
                ObjectChanges.modifyObject(modify, current, alterations, removals, plan);
            } else if (change instanceof AddTable add) {
                added.add(add);
            } else if (change instanceof DropTable drop) {
                dropped.add(new TableDrops.Dropped(drop.schema(), drop.table(), drop));
            } else if (change instanceof RenameTable rename) {
                plan.add(Phase.RENAMES, rename, TableDdl.rename(new QualifiedName(rename.schema(), rename.from().name()),
                        new QualifiedName(rename.schema(), rename.to().name())));
            } else if (change instanceof ModifyTable modify && TableAlteration.plan(modify, alterations, removals, plan)) {
                keyedLater.add(new QualifiedName(modify.schema(), modify.to().name()));
            }
        }
        TableDrops.plan(dropped, removals, plan);
        TableCreation.plan(added, keyedLater, plan);
        return plan.build();
    }
}
