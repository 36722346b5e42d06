package dev.atlasj.postgres.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;

/**
 * The statements that create a schema, an extension, an enum type or a sequence with its comment:
 * for a change that adds one, and for the reverse of a change that drops one.
 */
public final class ObjectCreation {

    private ObjectCreation() {
    }

    public static void schema(PlanBuilder plan, SchemaChange source, Schema schema) {
        plan.add(Phase.SCHEMAS, source, SchemaDdl.create(schema));
        plan.comment(Phase.SCHEMAS, source, SchemaDdl.commentTarget(schema), schema.comment());
    }

    public static void extension(PlanBuilder plan, SchemaChange source, Extension extension) {
        plan.add(Phase.EXTENSIONS, source, ExtensionDdl.create(extension));
        plan.comment(Phase.EXTENSIONS, source, ExtensionDdl.commentTarget(extension), extension.comment());
    }

    public static void enumType(PlanBuilder plan, SchemaChange source, String schema, EnumType type) {
        plan.add(Phase.TYPES, source, EnumDdl.create(schema, type));
        plan.comment(Phase.TYPES, source, EnumDdl.commentTarget(schema, type), type.comment());
    }

    /** The sequence, its comment, and its owner once the owning column exists. */
    public static void sequence(PlanBuilder plan, SchemaChange source, String schema, Sequence sequence) {
        plan.add(Phase.SEQUENCES, source, SequenceDdl.create(schema, sequence));
        plan.comment(Phase.SEQUENCES, source, SequenceDdl.commentTarget(schema, sequence), sequence.comment());
        if (sequence.ownedBy() != null) {
            plan.add(Phase.SEQUENCE_OWNERSHIP, source, SequenceDdl.ownedBy(schema, sequence));
        }
    }
}
