package dev.atlasj.postgres.internal.plan;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.DropExtension;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.ModifyExtension;
import dev.atlasj.diff.SchemaChange.ModifySchema;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Plans drops and changes of schemas, extensions, enum types and sequences. Each drop is undone by
 * the statements that create the object again; each change by the statement written the other way.
 */
public final class ObjectChanges {

    private ObjectChanges() {
    }

    /**
     * Drops a schema object by object, then the schema itself, without {@code CASCADE}.
     *
     * <p>{@code DROP SCHEMA … CASCADE} would take along, unseen, whatever depends on the schema's
     * objects from elsewhere: a view in another schema, a column whose type is one of its enums.
     * Dropping each object the model knows shows in the plan what is lost, gives each drop its
     * reverse, and lets PostgreSQL stop the plan, naming the object, if anything else remains.
     *
     * @return the schema's tables, which the caller drops together with the other dropped tables
     */
    public static List<TableDrops.Dropped> dropSchema(DropSchema drop, Removals removals, PlanBuilder plan) {
        Schema schema = drop.schema();
        Stream.of(schema.views(), schema.routines(), schema.triggers(), schema.policies(), schema.domains(),
                        schema.composites())
                .flatMap(List::stream).findFirst().ifPresent(object -> {
                    throw new PlanException("dropping schema " + schema.name() + " is not supported yet: it holds "
                            + object.objectType() + " " + schema.name() + "." + object.name()
                            + ", which the PostgreSQL planner cannot drop yet; drop it by hand, then plan again");
                });
        schema.sequences().forEach(s -> dropSequence(drop, schema.name(), s, removals, plan));
        schema.enums().forEach(e -> dropEnum(drop, schema.name(), e, plan));
        plan.add(Phase.DROP_SCHEMAS, drop, SchemaDdl.drop(schema, PlanBuilder.script(s -> ObjectCreation.schema(s, drop, schema))));
        return schema.tables().stream().map(t -> new TableDrops.Dropped(schema.name(), t, drop)).toList();
    }

    /** A schema's comment changes. */
    public static void modifySchema(ModifySchema change, PlanBuilder plan) {
        if (!change.from().attributes().equals(change.to().attributes())) {
            throw new PlanException("schema " + change.to().name() + " changes attributes the PostgreSQL planner"
                    + " does not know how to change (" + change.from().attributes() + " to "
                    + change.to().attributes() + ")");
        }
        plan.changeComment(Phase.SCHEMAS, change, SchemaDdl.commentTarget(change.to()), change.from().comment(),
                change.to().comment());
    }

    public static void dropExtension(DropExtension drop, PlanBuilder plan) {
        Extension extension = drop.extension();
        plan.add(Phase.DROP_EXTENSIONS, drop,
                ExtensionDdl.drop(extension, PlanBuilder.script(s -> ObjectCreation.extension(s, drop, extension))));
    }

    /**
     * An extension's version, schema or comment changes. A version or schema the desired side leaves
     * open ({@code null}) is no change: any version, or any schema, will do.
     */
    public static void modifyExtension(ModifyExtension change, PlanBuilder plan) {
        Extension from = change.from();
        Extension to = change.to();
        if (to.version() != null && !to.version().equals(from.version())) {
            plan.add(Phase.EXTENSIONS, change, ExtensionDdl.update(to));
        }
        if (to.schema() != null && !to.schema().equals(from.schema())) {
            plan.add(Phase.EXTENSIONS, change, ExtensionDdl.setSchema(from, to));
        }
        plan.changeComment(Phase.EXTENSIONS, change, ExtensionDdl.commentTarget(to), from.comment(), to.comment());
    }

    /**
     * Drops an enum type or a sequence once no column uses it; a sequence that goes with the column
     * owning it is left to that column.
     *
     * @throws PlanException for other kinds of object, which the planner does not handle yet
     */
    public static void dropObject(SchemaChange.DropObject drop, Removals removals, PlanBuilder plan) {
        if (drop.object() instanceof EnumType type) {
            dropEnum(drop, drop.schema(), type, plan);
        } else if (drop.object() instanceof Sequence sequence) {
            dropSequence(drop, drop.schema(), sequence, removals, plan);
        } else {
            throw unsupported(drop);
        }
    }

    /**
     * An enum type's values or comment change, or a sequence's options, owner or comment. Values
     * added to an enum are added in place; values removed or reordered replace the type, converting
     * the columns of {@code current} that have it.
     *
     * @param current the schema the changes start from, or {@code null} when the caller did not give it:
     *     then an enum whose values are removed or reordered is refused
     * @throws PlanException when the change cannot be made in place, or for other kinds of object
     */
    public static void modifyObject(SchemaChange.ModifyObject change, Realm current, Alterations alterations,
            Removals removals, PlanBuilder plan) {
        String schema = change.schema();
        if (change.from() instanceof EnumType from && change.to() instanceof EnumType to) {
            if (EnumValues.addable(from, to)) {
                EnumValues.plan(schema, from, to, change, plan);
                plan.changeComment(Phase.TYPES, change, EnumDdl.commentTarget(schema, to), from.comment(), to.comment());
            } else if (current != null) {
                EnumRecreation.plan(schema, from, to, change, current, alterations, removals, plan);
            } else {
                throw EnumValues.refusal(schema, from, to);
            }
        } else if (change.from() instanceof Sequence from && change.to() instanceof Sequence to) {
            modifySequence(change, schema, from, to, removals, plan);
        } else {
            throw unsupported(change);
        }
    }

    /** The refusal of a change to an object the planner does not handle yet. */
    public static PlanException unsupported(SchemaChange change) {
        return new PlanException("PostgreSQL planning does not support " + ChangeDescription.of(change)
                + " yet: it plans schemas, extensions, enum types, sequences and tables; views, functions and the"
                + " other objects come later");
    }

    private static void modifySequence(SchemaChange change, String schema, Sequence from, Sequence to,
            Removals removals, PlanBuilder plan) {
        if (!from.attributes().equals(to.attributes())) {
            throw new PlanException("sequence " + new QualifiedName(schema, to.name()) + " changes attributes the"
                    + " PostgreSQL planner does not know how to change (" + from.attributes() + " to "
                    + to.attributes() + ")");
        }
        SequenceDdl.alter(schema, from, to).ifPresent(ddl -> plan.add(Phase.SEQUENCES, change, ddl));
        if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
            if (removals.removesOwner(schema, from.ownedBy())) {
                plan.add(Phase.SEQUENCE_RELEASE, change, SequenceDdl.changeOwner(schema, to, from.ownedBy(), null));
                if (to.ownedBy() != null) {
                    plan.add(Phase.SEQUENCE_OWNERSHIP, change, SequenceDdl.changeOwner(schema, to, null, to.ownedBy()));
                }
            } else {
                plan.add(Phase.SEQUENCE_OWNERSHIP, change,
                        SequenceDdl.changeOwner(schema, to, from.ownedBy(), to.ownedBy()));
            }
        }
        plan.changeComment(Phase.SEQUENCES, change, SequenceDdl.commentTarget(schema, to), from.comment(), to.comment());
    }

    private static void dropSequence(SchemaChange source, String schema, Sequence sequence, Removals removals,
            PlanBuilder plan) {
        if (!removals.goesWithOwner(schema, sequence)) {
            plan.add(Phase.DROP_OBJECTS, source, SequenceDdl.drop(schema, sequence,
                    PlanBuilder.script(s -> ObjectCreation.sequence(s, source, schema, sequence))));
        }
    }

    private static void dropEnum(SchemaChange source, String schema, EnumType type, PlanBuilder plan) {
        plan.add(Phase.DROP_OBJECTS, source,
                EnumDdl.drop(schema, type, PlanBuilder.script(s -> ObjectCreation.enumType(s, source, schema, type))));
    }
}
