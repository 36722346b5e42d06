package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans new tables with everything they hold, in the order {@link TableOrder} gives: each
 * {@code CREATE TABLE} with the constraints it can declare and its comments, then what must wait
 * for other tables (late constraints, indexes, deferred foreign keys) in their phases.
 */
public final class TableCreation {

    private final TableOrder order;
    private final PlanBuilder plan;

    private TableCreation(TableOrder order, PlanBuilder plan) {
        this.order = order;
        this.plan = plan;
    }

    /** Adds the statements that create {@code tables} to {@code plan}. */
    public static void plan(List<AddTable> tables, PlanBuilder plan) {
        plan(tables, Set.of(), plan);
    }

    /**
     * Adds the statements that create {@code tables} to {@code plan}.
     *
     * @param keyedLater existing tables whose primary key or unique constraints the plan adds later
     */
    public static void plan(List<AddTable> tables, Set<QualifiedName> keyedLater, PlanBuilder plan) {
        TableCreation creation = new TableCreation(TableOrder.of(tables, keyedLater), plan);
        creation.order.creation().forEach(creation::create);
        creation.order.completion().forEach(creation::complete);
    }

    private void create(AddTable add) {
        QualifiedName name = TableOrder.nameOf(add);
        Table table = add.table();
        boolean declareKeys = !order.completedLater(add);
        List<String> constraints = new ArrayList<>();
        if (declareKeys) {
            if (table.primaryKey() != null) {
                constraints.add(ConstraintDdl.primaryKey(table.primaryKey()));
            }
            uniqueConstraints(table).forEach(index -> constraints.add(ConstraintDdl.unique(name, index)));
            table.checks().stream().filter(check -> !check.attributes().is(NOT_VALID))
                    .forEach(check -> constraints.add(ConstraintDdl.check(check)));
        }
        table.foreignKeys().stream().filter(key -> !order.deferred(add, key))
                .forEach(key -> constraints.add(ConstraintDdl.foreignKey(add.schema(), key)));
        String parent = table.attributes().get(PARTITION_OF);
        if (parent == null) {
            plan.add(Phase.TABLES, add, TableDdl.create(name, table, constraints));
        } else {
            createPartition(add, name, QualifiedName.parse(parent, add.schema()), constraints);
        }
        plan.comment(Phase.TABLES, add, TableDdl.commentTarget(name), table.comment());
        for (Column column : table.columns()) {
            plan.comment(Phase.TABLES, add, TableDdl.commentTarget(name, column), column.comment());
        }
        if (declareKeys) {
            uniqueConstraints(table).forEach(index ->
                    plan.comment(Phase.TABLES, add, IndexDdl.commentTarget(name, index), index.comment()));
        }
    }

    private void createPartition(AddTable add, QualifiedName name, QualifiedName parent, List<String> constraints) {
        Table table = add.table();
        if (!table.attributes().has(PARTITION_BOUND)) {
            throw new PlanException("partition " + name + " of " + parent
                    + " has no partition bound (FOR VALUES … or DEFAULT)");
        }
        Table parentTable = order.parent(add).map(AddTable::table).orElse(null);
        plan.add(Phase.TABLES, add, TableDdl.createPartition(name, table, parent, parentTable, constraints));
        if (parentTable != null) {
            TableDdl.dropInheritedDefaults(name, table, parentTable).forEach(ddl -> plan.add(Phase.TABLES, add, ddl));
        }
    }

    /**
     * Adds what waits for other tables. A partition's later statements are undone with
     * {@code IF EXISTS}: dropping its parent's index or constraint, which runs first when the plan
     * is undone, takes the partition's attached one along.
     */
    private void complete(AddTable add) {
        QualifiedName name = TableOrder.nameOf(add);
        Table table = add.table();
        boolean addKeys = order.completedLater(add);
        boolean attached = order.parent(add).isPresent();
        PrimaryKey primaryKey = table.primaryKey();
        if (addKeys) {
            if (primaryKey != null) {
                plan.add(Phase.TABLE_CONSTRAINTS, add, ConstraintDdl.add(name, primaryKey.name(),
                        ConstraintDdl.primaryKey(primaryKey), primaryKey.attributes(), attached));
            }
            for (Index index : uniqueConstraints(table)) {
                plan.add(Phase.TABLE_CONSTRAINTS, add, ConstraintDdl.add(name, index.name(),
                        ConstraintDdl.unique(name, index), index.attributes(), attached));
                plan.comment(Phase.TABLE_CONSTRAINTS, add, IndexDdl.commentTarget(name, index), index.comment());
            }
        }
        for (Check check : table.checks()) {
            if (addKeys || check.attributes().is(NOT_VALID)) {
                plan.add(Phase.TABLE_CONSTRAINTS, add, ConstraintDdl.add(name, check.name(),
                        ConstraintDdl.check(check), check.attributes(), attached));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.attributes().is(INDEX_CONSTRAINT)) {
                plan.add(Phase.INDEXES, add, IndexDdl.create(name, index, attached));
                plan.comment(Phase.INDEXES, add, IndexDdl.commentTarget(name, index), index.comment());
            }
        }
        for (ForeignKey key : table.foreignKeys()) {
            if (order.deferred(add, key)) {
                plan.add(Phase.FOREIGN_KEYS, add, ConstraintDdl.add(name, key.name(),
                        ConstraintDdl.foreignKey(add.schema(), key), key.attributes(), attached));
            }
        }
    }

    private static List<Index> uniqueConstraints(Table table) {
        return table.indexes().stream().filter(i -> i.attributes().is(INDEX_CONSTRAINT)).toList();
    }
}
