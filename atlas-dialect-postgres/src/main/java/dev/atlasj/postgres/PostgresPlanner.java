package dev.atlasj.postgres;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.AddExtension;
import dev.atlasj.diff.SchemaChange.AddObject;
import dev.atlasj.diff.SchemaChange.AddSchema;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.Planner;
import dev.atlasj.postgres.internal.plan.ChangeDescription;
import dev.atlasj.postgres.internal.plan.EnumDdl;
import dev.atlasj.postgres.internal.plan.ExtensionDdl;
import dev.atlasj.postgres.internal.plan.Phase;
import dev.atlasj.postgres.internal.plan.PlanBuilder;
import dev.atlasj.postgres.internal.plan.SchemaDdl;
import dev.atlasj.postgres.internal.plan.SequenceDdl;
import dev.atlasj.postgres.internal.plan.TableCreation;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes PostgreSQL DDL for changes, in an order the database accepts.
 *
 * <p>Statements are laid out by {@link Phase}: schemas, extensions, types, sequences, tables
 * (referenced ones and partitioned parents first), late constraints, indexes, deferred foreign
 * keys, sequence ownership; each object's comments follow it. Every statement is one line, names
 * are schema-qualified and quoted where needed, and each carries its reverse.
 *
 * <p>Creating schemas, extensions, enum types, sequences and tables is supported so far; any other
 * change is refused with a {@link PlanException} that names it.
 */
public final class PostgresPlanner implements Planner {

    @Override
    public Plan plan(List<SchemaChange> changes) {
        PlanBuilder plan = new PlanBuilder();
        List<AddTable> tables = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change instanceof AddSchema add) {
                plan.add(Phase.SCHEMAS, add, SchemaDdl.create(add.schema()));
                plan.comment(Phase.SCHEMAS, add, SchemaDdl.commentTarget(add.schema()), add.schema().comment());
            } else if (change instanceof AddExtension add) {
                plan.add(Phase.EXTENSIONS, add, ExtensionDdl.create(add.extension()));
                plan.comment(Phase.EXTENSIONS, add, ExtensionDdl.commentTarget(add.extension()),
                        add.extension().comment());
            } else if (change instanceof AddObject add && add.object() instanceof EnumType type) {
                plan.add(Phase.TYPES, add, EnumDdl.create(add.schema(), type));
                plan.comment(Phase.TYPES, add, EnumDdl.commentTarget(add.schema(), type), type.comment());
            } else if (change instanceof AddObject add && add.object() instanceof Sequence sequence) {
                plan.add(Phase.SEQUENCES, add, SequenceDdl.create(add.schema(), sequence));
                plan.comment(Phase.SEQUENCES, add, SequenceDdl.commentTarget(add.schema(), sequence),
                        sequence.comment());
                if (sequence.ownedBy() != null) {
                    plan.add(Phase.SEQUENCE_OWNERSHIP, add, SequenceDdl.ownedBy(add.schema(), sequence));
                }
            } else if (change instanceof AddTable add) {
                tables.add(add);
            } else {
                throw new PlanException("PostgreSQL planning does not support " + ChangeDescription.of(change)
                        + " yet: it can create schemas, extensions, enum types, sequences and tables, nothing else");
            }
        }
        TableCreation.plan(tables, plan);
        return plan.build();
    }
}
