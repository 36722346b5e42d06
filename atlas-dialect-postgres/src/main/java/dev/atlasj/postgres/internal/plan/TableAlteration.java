package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_INCLUDE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;

import dev.atlasj.PlanException;
import dev.atlasj.diff.ColumnChangeKind;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.AddCheck;
import dev.atlasj.diff.TableChange.AddColumn;
import dev.atlasj.diff.TableChange.AddForeignKey;
import dev.atlasj.diff.TableChange.AddIndex;
import dev.atlasj.diff.TableChange.AddPrimaryKey;
import dev.atlasj.diff.TableChange.DropCheck;
import dev.atlasj.diff.TableChange.DropColumn;
import dev.atlasj.diff.TableChange.DropForeignKey;
import dev.atlasj.diff.TableChange.DropIndex;
import dev.atlasj.diff.TableChange.DropPrimaryKey;
import dev.atlasj.diff.TableChange.ModifyCheck;
import dev.atlasj.diff.TableChange.ModifyColumn;
import dev.atlasj.diff.TableChange.ModifyForeignKey;
import dev.atlasj.diff.TableChange.ModifyIndex;
import dev.atlasj.diff.TableChange.ModifyPrimaryKey;
import dev.atlasj.diff.TableChange.ModifyTableOptions;
import dev.atlasj.diff.TableChange.RenameColumn;
import dev.atlasj.diff.TableChange.RenameIndex;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import dev.atlasj.sql.SqlIdentifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Plans the changes inside a table that stays, each in its phase: renames first, drops of keys,
 * indexes and columns before anything is created, then columns added and altered, then keys,
 * indexes and foreign keys. Every drop is undone by the statements that create the part again.
 *
 * <p>A changed key, index, foreign key or check is dropped and added again; an index whose comment
 * alone changes gets a new comment. A column that becomes generated, or whose generation expression
 * changes, is dropped and added again, together with the unchanged keys, indexes and checks that
 * involve it, which PostgreSQL drops with the column: PostgreSQL cannot make a column generated in
 * place, nor (before version 17) change the expression. A generated column loses nothing that way,
 * its values are computed; a plain column's values are replaced by computed ones, which is what the
 * desired schema says its values are.
 */
public final class TableAlteration {

    private final ModifyTable change;
    private final QualifiedName name;
    private final QualifiedName parent;
    private final Alterations alterations;
    private final Removals removals;
    private final PlanBuilder plan;
    private final List<Column> droppedColumns = new ArrayList<>();
    private boolean addsKeys;

    private TableAlteration(ModifyTable change, Alterations alterations, Removals removals, PlanBuilder plan) {
        this.change = change;
        this.name = new QualifiedName(change.schema(), change.to().name());
        this.parent = stayingParent(change, alterations);
        this.alterations = alterations;
        this.removals = removals;
        this.plan = plan.forPartition(alterations.partitionDepth(change.schema(), change.to()));
    }

    /** The table's parent when it is a partition of the same table before and after, {@code null} otherwise. */
    private static QualifiedName stayingParent(ModifyTable change, Alterations alterations) {
        Optional<QualifiedName> before = Alterations.parentOf(change.schema(), change.from());
        Optional<QualifiedName> after = Alterations.parentOf(change.schema(), change.to());
        return before.isPresent() && after.isPresent() && alterations.sameTable(before.get(), after.get())
                ? after.get() : null;
    }

    /**
     * Adds the statements for {@code change} to {@code plan}.
     *
     * @param alterations every change of the plan to tables that stay, for a partition's parent
     * @return whether the table gets a primary key or unique constraint, which new tables' foreign
     *     keys may then only reference once it exists
     * @throws PlanException when a change cannot be made in place
     */
    public static boolean plan(ModifyTable change, Alterations alterations, Removals removals, PlanBuilder plan) {
        TableAlteration alteration = new TableAlteration(change, alterations, removals, plan);
        InheritedColumns inherited = new InheritedColumns(alteration.name, alteration.parent, alterations);
        change.changes().stream().map(inherited::ownPart).flatMap(Optional::stream).forEach(alteration::plan);
        alteration.dropColumns();
        return alteration.addsKeys;
    }

    private void plan(TableChange c) {
        if (c instanceof AddColumn add) {
            addColumn(plan, add.column());
        } else if (c instanceof DropColumn drop) {
            droppedColumns.add(drop.column());
        } else if (c instanceof ModifyColumn modify) {
            modifyColumn(modify);
        } else if (c instanceof RenameColumn rename) {
            plan.add(Phase.RENAMES, change, TableDdl.renameColumn(name, rename.from(), rename.to()));
        } else if (c instanceof AddPrimaryKey add) {
            addPrimaryKey(plan, add.key());
        } else if (c instanceof DropPrimaryKey drop) {
            dropPrimaryKey(drop.key());
        } else if (c instanceof ModifyPrimaryKey modify) {
            dropPrimaryKey(modify.from());
            addPrimaryKey(plan, modify.to());
        } else if (c instanceof AddIndex add) {
            addIndex(plan, add.index());
        } else if (c instanceof DropIndex drop) {
            dropIndex(drop.index());
        } else if (c instanceof ModifyIndex modify) {
            modifyIndex(modify.from(), modify.to());
        } else if (c instanceof RenameIndex rename) {
            plan.add(Phase.RENAMES, change, IndexDdl.rename(name, rename.from(), rename.to()));
        } else if (c instanceof AddForeignKey add) {
            addForeignKey(plan, add.key());
        } else if (c instanceof DropForeignKey drop) {
            dropForeignKey(drop.key());
        } else if (c instanceof ModifyForeignKey modify) {
            dropForeignKey(modify.from());
            addForeignKey(plan, modify.to());
        } else if (c instanceof AddCheck add) {
            addCheck(plan, add.check());
        } else if (c instanceof DropCheck drop) {
            dropCheck(drop.check());
        } else if (c instanceof ModifyCheck modify) {
            dropCheck(modify.from());
            addCheck(plan, modify.to());
        } else if (c instanceof ModifyTableOptions options) {
            TableOptions.plan(change.schema(), name, options.from(), options.to(), alterations, plan, change);
        }
    }

    private void addColumn(PlanBuilder into, Column column) {
        into.add(Phase.ALTER_TABLES, change, TableDdl.addColumn(name, column));
        into.comment(Phase.ALTER_TABLES, change, TableDdl.commentTarget(name, column), column.comment());
    }

    /** Drops the columns, generated ones first: PostgreSQL refuses to drop a column a generated one is computed from. */
    private void dropColumns() {
        droppedColumns.stream().sorted(Comparator.comparing(c -> c.generated() == null)).forEach(column -> {
            String recreate = PlanBuilder.script(into -> {
                removals.sequencesOwnedBy(name, column.name())
                        .forEach(s -> ObjectCreation.sequence(into, change, change.schema(), s));
                addColumn(into, column);
            });
            plan.add(Phase.DROP_COLUMNS, change, TableDdl.dropColumn(name, column, recreate));
        });
    }

    private void modifyColumn(ModifyColumn modify) {
        Column from = modify.from();
        Column to = modify.to();
        Set<ColumnChangeKind> kinds = modify.kinds();
        if (kinds.contains(ColumnChangeKind.GENERATED)) {
            if (to.generated() != null) {
                recreateGenerated(from, to);
                return;
            }
            plan.add(Phase.ALTER_TABLES, change, TableDdl.dropExpression(name, from));
            from = from.withGenerated(null);
        }
        ColumnAlteration alteration = ColumnAlteration.of(name, change.to().attributes().has(PARTITION_KEY), from, to,
                kinds);
        alteration.dropIdentity().ifPresent(ddl -> plan.add(Phase.DROP_IDENTITIES, change, ddl));
        alteration.alter().forEach(ddl -> plan.add(Phase.ALTER_TABLES, change, ddl));
        alteration.addIdentity().ifPresent(ddl -> plan.add(Phase.IDENTITIES, change, ddl));
        if (kinds.contains(ColumnChangeKind.COMMENT)) {
            plan.changeComment(Phase.ALTER_TABLES, change, TableDdl.commentTarget(name, to), from.comment(), to.comment());
        }
    }

    /**
     * Drops a column and adds it as generated, with the keys, indexes, checks and foreign keys that
     * involve it and do not change otherwise.
     */
    private void recreateGenerated(Column from, Column to) {
        Table before = change.from();
        Table after = change.to();
        String column = to.name();
        PrimaryKey key = before.primaryKey();
        boolean keyInvolved = key != null && key.equals(after.primaryKey()) && involves(key, column);
        List<Index> indexes = unchanged(before.indexes(), after.indexes(), Index::name, i -> involves(i, column));
        List<Check> checks = unchanged(before.checks(), after.checks(), Check::name,
                c -> c.name() != null && SqlIdentifiers.mentions(c.expression(), column));
        List<ForeignKey> keys = unchanged(before.foreignKeys(), after.foreignKeys(), ForeignKey::name,
                k -> k.columns().contains(column));

        keys.forEach(this::dropForeignKey);
        if (keyInvolved) {
            dropPrimaryKey(key);
        }
        indexes.forEach(this::dropIndex);
        checks.forEach(this::dropCheck);
        plan.add(Phase.DROP_COLUMNS, change, TableDdl.dropColumn(name, from, PlanBuilder.script(into -> addColumn(into, from))));
        addColumn(plan, to);
        if (keyInvolved) {
            addPrimaryKey(plan, key);
        }
        indexes.forEach(i -> addIndex(plan, i));
        checks.forEach(c -> addCheck(plan, c));
        keys.forEach(k -> addForeignKey(plan, k));
    }

    private void addPrimaryKey(PlanBuilder into, PrimaryKey key) {
        into.add(Phase.TABLE_CONSTRAINTS, change, ConstraintDdl.add(name, key.name(), ConstraintDdl.primaryKey(key),
                key.attributes(), parent != null));
        addsKeys |= into == plan;
    }

    private void dropPrimaryKey(PrimaryKey key) {
        plan.add(Phase.DROP_CONSTRAINTS, change, ConstraintDdl.drop(name, requireName(key.name(), "primary key"),
                parent != null, PlanBuilder.script(into -> addPrimaryKey(into, key))));
        recreateReferencingKeys(key.columns());
    }

    /**
     * Drops the foreign keys of other tables (or of this one) that reference the columns of a key
     * being dropped, which PostgreSQL would otherwise refuse to drop, and adds them again once every
     * key exists again. The plan leaves those foreign keys alone otherwise, so they are taken from
     * the current schema; without it, PostgreSQL stops the plan, naming them.
     */
    private void recreateReferencingKeys(List<String> columns) {
        for (Alterations.ReferencingKey referencing : alterations.takeReferencingKeys(name, columns, removals)) {
            QualifiedName table = referencing.table();
            ForeignKey key = referencing.key();
            Ddl add = ConstraintDdl.add(table, key.name(), ConstraintDdl.foreignKey(table.schema(), key),
                    key.attributes(), false);
            plan.add(Phase.DROP_FOREIGN_KEYS, change, ConstraintDdl.drop(table, key.name(), false, add.sql()));
            plan.add(Phase.FOREIGN_KEYS, change, add);
        }
    }

    private void addIndex(PlanBuilder into, Index index) {
        if (index.attributes().is(INDEX_CONSTRAINT)) {
            into.add(Phase.TABLE_CONSTRAINTS, change, ConstraintDdl.add(name, index.name(),
                    ConstraintDdl.unique(name, index), index.attributes(), parent != null));
            into.comment(Phase.TABLE_CONSTRAINTS, change, IndexDdl.commentTarget(name, index), index.comment());
        } else {
            into.add(Phase.INDEXES, change, IndexDdl.create(name, index, parent != null));
            into.comment(Phase.INDEXES, change, IndexDdl.commentTarget(name, index), index.comment());
        }
        addsKeys |= into == plan && index.unique();
    }

    private void dropIndex(Index index) {
        String recreate = PlanBuilder.script(into -> addIndex(into, index));
        plan.add(Phase.DROP_CONSTRAINTS, change, index.attributes().is(INDEX_CONSTRAINT)
                ? ConstraintDdl.drop(name, index.name(), parent != null, recreate)
                : IndexDdl.drop(name, index, parent != null, recreate));
        if (index.unique() && !index.attributes().has(INDEX_PREDICATE)
                && index.parts().stream().noneMatch(IndexPart::isExpression)) {
            recreateReferencingKeys(index.columns());
        }
    }

    private void modifyIndex(Index from, Index to) {
        if (from.withComment(null).equals(to.withComment(null))) {
            plan.changeComment(Phase.INDEXES, change, IndexDdl.commentTarget(name, to), from.comment(), to.comment());
        } else {
            dropIndex(from);
            addIndex(plan, to);
        }
    }

    private void addForeignKey(PlanBuilder into, ForeignKey key) {
        into.add(Phase.FOREIGN_KEYS, change, ConstraintDdl.add(name, key.name(),
                ConstraintDdl.foreignKey(change.schema(), key), key.attributes(), parent != null));
    }

    private void dropForeignKey(ForeignKey key) {
        plan.add(Phase.DROP_FOREIGN_KEYS, change, ConstraintDdl.drop(name, key.name(), parent != null,
                PlanBuilder.script(into -> addForeignKey(into, key))));
    }

    private void addCheck(PlanBuilder into, Check check) {
        into.add(Phase.TABLE_CONSTRAINTS, change, ConstraintDdl.add(name, check.name(), ConstraintDdl.check(check),
                check.attributes(), parent != null));
    }

    private void dropCheck(Check check) {
        String constraint = requireName(check.name(), "check (" + check.expression() + ")");
        plan.add(Phase.DROP_CONSTRAINTS, change, ConstraintDdl.drop(name, constraint, parent != null,
                PlanBuilder.script(into -> addCheck(into, check))));
    }

    private String requireName(String constraint, String what) {
        if (constraint == null) {
            throw new PlanException("the " + what + " of table " + name + " has no name, so it cannot be dropped;"
                    + " name it in the current schema");
        }
        return constraint;
    }

    private static boolean involves(PrimaryKey key, String column) {
        return key.columns().contains(column) || key.attributes().getOrDefault(INDEX_INCLUDE, List.of()).contains(column);
    }

    private static boolean involves(Index index, String column) {
        Attributes a = index.attributes();
        return index.parts().stream().anyMatch(p -> column.equals(p.column())
                        || p.isExpression() && SqlIdentifiers.mentions(p.expression(), column))
                || a.getOrDefault(INDEX_INCLUDE, List.<String>of()).contains(column)
                || a.has(INDEX_PREDICATE) && SqlIdentifiers.mentions(a.get(INDEX_PREDICATE), column);
    }

    /** The items of {@code before} that {@code after} holds unchanged under the same name and that {@code test} picks. */
    private static <T> List<T> unchanged(List<T> before, List<T> after, Function<T, String> name,
            Predicate<T> test) {
        return before.stream().filter(test).filter(item -> after.stream()
                .anyMatch(other -> Objects.equals(name.apply(other), name.apply(item)) && other.equals(item))).toList();
    }
}
