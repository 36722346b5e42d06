package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static dev.atlasj.postgres.PostgresAttributes.UNLOGGED;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.schema.AttributeKey;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes of a table's own options: its comment, whether it is logged, the table it is a partition
 * of and its bound. A new partition key cannot be had in place and is refused.
 */
final class TableOptions {

    /** The table attributes planned here, or refused with a reason. */
    private static final List<AttributeKey<?>> KNOWN = List.of(UNLOGGED, PARTITION_KEY, PARTITION_OF, PARTITION_BOUND);

    private final String schema;
    private final QualifiedName name;
    private final Alterations alterations;
    private final PlanBuilder plan;
    private final SchemaChange source;

    private TableOptions(String schema, QualifiedName name, Alterations alterations, PlanBuilder plan,
            SchemaChange source) {
        this.schema = schema;
        this.name = name;
        this.alterations = alterations;
        this.plan = plan;
        this.source = source;
    }

    /**
     * Adds the statements that change the options of {@code from} into those of {@code to}.
     *
     * @throws PlanException when the partition key or an attribute unknown here changes
     */
    static void plan(String schema, QualifiedName name, Table from, Table to, Alterations alterations,
            PlanBuilder plan, SchemaChange source) {
        TableOptions options = new TableOptions(schema, name, alterations, plan, source);
        options.refusePartitionKeyChange(from, to);
        if (!unknown(from.attributes()).equals(unknown(to.attributes()))) {
            throw new PlanException("table " + name + " changes attributes the PostgreSQL planner does not know how"
                    + " to change (" + from.attributes() + " to " + to.attributes() + "); change the table by hand,"
                    + " or leave those attributes as they are");
        }
        options.changePartitionOf(from, to);
        if (from.attributes().is(UNLOGGED) != to.attributes().is(UNLOGGED)) {
            plan.add(Phase.ALTER_TABLES, source, TableDdl.setUnlogged(name, to.attributes().is(UNLOGGED)));
        }
        plan.changeComment(Phase.ALTER_TABLES, source, TableDdl.commentTarget(name), from.comment(), to.comment());
    }

    private void refusePartitionKeyChange(Table from, Table to) {
        String before = from.attributes().get(PARTITION_KEY);
        String after = to.attributes().get(PARTITION_KEY);
        if (!Objects.equals(before, after)) {
            throw new PlanException("table " + name + " cannot change its partition key in place (from "
                    + (before == null ? "none" : before) + " to " + (after == null ? "none" : after) + "): PostgreSQL"
                    + " cannot partition a table anew in place: create a new table with the new key, move the rows"
                    + " over and swap the names");
        }
    }

    /**
     * Detaches the table from the table it was a partition of, and attaches it to the one it becomes
     * a partition of, or with its new bound: both keep the table and its rows; PostgreSQL checks on
     * attaching that the rows fit the bound. Detaching comes before anything is dropped, its parent
     * perhaps; attaching once the table's columns and indexes are as its new parent's, which then
     * adopts its matching indexes.
     */
    private void changePartitionOf(Table from, Table to) {
        Optional<QualifiedName> before = Alterations.parentOf(schema, from);
        Optional<QualifiedName> after = Alterations.parentOf(schema, to);
        String fromBound = from.attributes().get(PARTITION_BOUND);
        String toBound = to.attributes().get(PARTITION_BOUND);
        boolean sameParent = before.isPresent() == after.isPresent()
                && (before.isEmpty() || alterations.sameTable(before.get(), after.get()));
        if (sameParent && Objects.equals(fromBound, toBound)) {
            return;
        }
        if (after.isPresent() && toBound == null) {
            throw new PlanException("partition " + name + " of " + after.get()
                    + " has no partition bound (FOR VALUES … or DEFAULT)");
        }
        before.ifPresent(parent -> plan.add(Phase.DETACH_PARTITIONS, source,
                TableDdl.detachPartition(alterations.renamed(parent), name, fromBound)));
        after.ifPresent(parent -> plan.add(Phase.ATTACH_PARTITIONS, source,
                TableDdl.attachPartition(parent, name, toBound)));
    }

    private static Attributes unknown(Attributes attributes) {
        Attributes rest = attributes;
        for (AttributeKey<?> key : KNOWN) {
            rest = rest.without(key);
        }
        return rest;
    }
}
