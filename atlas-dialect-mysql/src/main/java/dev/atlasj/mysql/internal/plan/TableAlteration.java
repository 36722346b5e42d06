package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.INDEX_INVISIBLE;

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
import dev.atlasj.mysql.MySqlAttributes;
import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans the changes of a table that stays as one {@code ALTER TABLE}, its clauses in an order MySQL
 * takes: foreign keys, checks, indexes and the primary key dropped; columns dropped (last first, so
 * that undoing adds them back in order), added where they stand ({@code FIRST}, {@code AFTER}), and
 * modified; then the primary key, indexes, checks and foreign keys added; the table's options; its
 * partitioning. Foreign keys that must go first or come last are moved out as {@link ForeignKeyMoves}
 * says.
 *
 * <p>{@code MODIFY COLUMN} restates the whole column, so that what does not change stays. A change
 * MySQL cannot make with {@code MODIFY} (a column turned generated or back, between {@code VIRTUAL}
 * and {@code STORED}) drops the column and adds it again: its stored values are lost. Enum and set
 * members are written in their new order: members appended at the end change only the table's
 * definition; any other change rewrites the table, and a row holding a removed member makes MySQL
 * refuse the statement (in strict mode) rather than lose the value.
 */
final class TableAlteration {

    private final ModifyTable change;
    private final TableName name;
    private final Table from;
    private final Table to;
    private final ForeignKeyMoves moves;
    private final PlanBuilder plan;
    /** Checks MariaDB keeps with their column, dropped by restating the column, by the column's name in lower case. */
    private final Map<String, Check> columnChecks = new HashMap<>();

    private TableAlteration(ModifyTable change, ForeignKeyMoves moves, PlanBuilder plan) {
        this.change = change;
        this.name = new TableName(change.schema(), change.to().name());
        this.from = change.from();
        this.to = change.to();
        this.moves = moves;
        this.plan = plan;
    }

    /**
     * The columns of the change whose type, character set or collation changes, or that are dropped
     * and added again: a foreign key cannot use them meanwhile.
     */
    static Set<String> reshapedColumns(ModifyTable change) {
        Set<String> columns = new HashSet<>();
        for (TableChange c : change.changes()) {
            if (c instanceof ModifyColumn m && (m.kinds().contains(ColumnChangeKind.TYPE)
                    || m.kinds().contains(ColumnChangeKind.COLLATION)
                    || !Objects.equals(m.from().attributes().get(MySqlAttributes.CHARSET),
                            m.to().attributes().get(MySqlAttributes.CHARSET))
                    || !modifiable(m.from().generated(), m.to().generated()))) {
                columns.add(m.to().name());
            }
        }
        return columns;
    }

    /**
     * Adds the statements for {@code change} to {@code plan}.
     *
     * @param schema the table's database as the plan leaves it, or {@code null} when not known
     * @param restated text columns to restate with {@code MODIFY} because the character set they
     *     inherit changes, beside those the change modifies
     */
    static void plan(ModifyTable change, Schema schema, List<Column> restated, ForeignKeyMoves moves, PlanBuilder plan) {
        TableAlteration alteration = new TableAlteration(change, moves, plan);
        alteration.dropForeignKeys();
        alteration.dropChecks();
        alteration.dropKeys();
        alteration.columns(restated);
        alteration.addKeys();
        alteration.addChecks();
        alteration.addForeignKeys();
        if (change.changes().stream().anyMatch(ModifyTableOptions.class::isInstance)) {
            alteration.options(schema);
        }
    }

    private void alter(Clause clause) {
        plan.alter(Phase.ALTER_TABLES, name, change, clause);
    }

    private void dropForeignKeys() {
        for (TableChange c : change.changes()) {
            ForeignKey key = c instanceof DropForeignKey d ? d.key() : c instanceof ModifyForeignKey m ? m.from() : null;
            if (key != null) {
                Clause clause = new Clause(dropForeignKey(key), "ADD " + KeyDdl.foreignKey(name.schema(), key));
                plan.alter(moves.dropEarly(name, key) ? Phase.DROP_FOREIGN_KEYS : Phase.ALTER_TABLES, name, change, clause);
            }
        }
    }

    private void dropChecks() {
        for (TableChange c : change.changes()) {
            Check check = c instanceof DropCheck d ? d.check() : c instanceof ModifyCheck m ? m.from() : null;
            if (check != null && isColumnCheck(check)) {
                columnChecks.put(check.name().toLowerCase(Locale.ROOT), check);
            } else if (check != null) {
                alter(new Clause(dropCheck(check), "ADD " + KeyDdl.check(check)));
            }
        }
    }

    private void dropKeys() {
        for (TableChange c : change.changes()) {
            Index index = c instanceof DropIndex d ? d.index()
                    : c instanceof ModifyIndex m && !visibilityOnly(m) ? m.from() : null;
            if (index != null) {
                alter(new Clause(dropIndex(index), "ADD " + KeyDdl.index(index, TableDdl.isMemory(from))));
            }
        }
        for (TableChange c : change.changes()) {
            PrimaryKey key = c instanceof DropPrimaryKey d ? d.key() : c instanceof ModifyPrimaryKey m ? m.from() : null;
            if (key != null) {
                alter(new Clause("DROP PRIMARY KEY", "ADD " + KeyDdl.primaryKey(key)));
            }
        }
    }

    /**
     * Columns dropped (last first), added where they stand, modified: a change {@code MODIFY} cannot
     * make is a drop and an add; a column whose check MariaDB keeps with it is restated.
     */
    private void columns(List<Column> restated) {
        List<Column> dropped = new ArrayList<>();
        List<Column> added = new ArrayList<>();
        List<ModifyColumn> modified = new ArrayList<>();
        for (TableChange c : change.changes()) {
            if (c instanceof DropColumn d) {
                dropped.add(d.column());
            } else if (c instanceof AddColumn a) {
                added.add(a.column());
            } else if (c instanceof ModifyColumn m && modifiable(m.from().generated(), m.to().generated())) {
                modified.add(m);
            } else if (c instanceof ModifyColumn m) {
                dropped.add(m.from());
                added.add(m.to());
            }
        }
        restated.forEach(column -> modified.add(new ModifyColumn(column, column, Set.of())));
        Set<String> changed = new HashSet<>();
        dropped.forEach(c -> changed.add(c.name().toLowerCase(Locale.ROOT)));
        modified.forEach(m -> changed.add(m.to().name().toLowerCase(Locale.ROOT)));
        for (Column column : to.columns()) {
            if (columnChecks.containsKey(column.name().toLowerCase(Locale.ROOT))
                    && !changed.contains(column.name().toLowerCase(Locale.ROOT))) {
                modified.add(new ModifyColumn(column, column, Set.of()));
            }
        }
        dropped.sort(Comparator.comparingInt((Column c) -> position(from, c)).reversed());
        for (Column column : dropped) {
            alter(new Clause(dropColumn(column), withCheck("ADD COLUMN " + ColumnDdl.definition(column) + place(from, column),
                    column)));
        }
        added.sort(Comparator.comparingInt(c -> position(to, c)));
        for (Column column : added) {
            alter(new Clause("ADD COLUMN " + ColumnDdl.definition(column) + place(to, column), dropColumn(column)));
        }
        modified.sort(Comparator.comparingInt(m -> position(to, m.to())));
        for (ModifyColumn m : modified) {
            String reverse = modifiable(m.to().generated(), m.from().generated())
                    ? "MODIFY COLUMN " + ColumnDdl.definition(m.from())
                    : dropColumn(m.to()) + ", ADD COLUMN " + ColumnDdl.definition(m.from()) + place(from, m.from());
            alter(new Clause("MODIFY COLUMN " + ColumnDdl.definition(m.to()), withCheck(reverse, m.to())));
        }
    }

    private void addKeys() {
        for (TableChange c : change.changes()) {
            PrimaryKey key = c instanceof AddPrimaryKey a ? a.key() : c instanceof ModifyPrimaryKey m ? m.to() : null;
            if (key != null) {
                alter(new Clause("ADD " + KeyDdl.primaryKey(key), "DROP PRIMARY KEY"));
            }
        }
        boolean memory = TableDdl.isMemory(to);
        for (TableChange c : change.changes()) {
            if (c instanceof ModifyIndex m && visibilityOnly(m)) {
                alter(new Clause(visibility(m.to()), visibility(m.from())));
                continue;
            }
            Index index = c instanceof AddIndex a ? a.index() : c instanceof ModifyIndex m ? m.to() : null;
            if (index != null) {
                alter(new Clause("ADD " + KeyDdl.index(index, memory), dropIndex(index)));
            }
        }
    }

    private void addChecks() {
        for (TableChange c : change.changes()) {
            Check check = c instanceof AddCheck a ? a.check() : c instanceof ModifyCheck m ? m.to() : null;
            if (check != null) {
                alter(new Clause("ADD " + KeyDdl.check(check), check.name() == null ? null : dropCheck(check)));
            }
        }
    }

    private void addForeignKeys() {
        for (TableChange c : change.changes()) {
            ForeignKey key = c instanceof AddForeignKey a ? a.key() : c instanceof ModifyForeignKey m ? m.to() : null;
            if (key != null) {
                Clause clause = new Clause("ADD " + KeyDdl.foreignKey(name.schema(), key), dropForeignKey(key));
                boolean late = moves.addLate(name, key, c instanceof ModifyForeignKey);
                plan.alter(late ? Phase.FOREIGN_KEYS : Phase.ALTER_TABLES, name, change, clause);
            }
        }
    }

    private void options(Schema schema) {
        TableOptions options = new TableOptions(name, from, to, schema);
        options.clauses().forEach(this::alter);
        Clause partitioning = options.partitioning();
        if (partitioning != null) {
            plan.partitioning(Phase.ALTER_TABLES, name, change, partitioning);
        }
    }

    /**
     * Whether a check is one MariaDB keeps with its column (written on the column, named after it),
     * which {@code DROP CONSTRAINT} does not find: restating the column without it drops it. A MySQL
     * check is named {@code t_chk_n} unless its name is given; one named after a column is taken for
     * MariaDB's.
     */
    private boolean isColumnCheck(Check check) {
        return check.name() != null && from.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(check.name()));
    }

    /**
     * {@code reverse}, then adding back the check MariaDB kept with {@code column} when the change drops
     * one: undoing the column's change does not bring it back.
     */
    private String withCheck(String reverse, Column column) {
        Check check = columnChecks.get(column.name().toLowerCase(Locale.ROOT));
        return check == null ? reverse : reverse + ", ADD " + KeyDdl.check(check);
    }

    /**
     * Whether {@code MODIFY COLUMN} can turn a column generated as {@code from} into one generated as
     * {@code to} ({@code null}: not generated) on both flavors: a plain column stays plain, a generated
     * one keeps its storage, and a {@code STORED} one may become plain, keeping its values.
     */
    static boolean modifiable(Generated from, Generated to) {
        if (from == null || to == null) {
            return to == null && (from == null || from.stored());
        }
        return from.stored() == to.stored();
    }

    private static boolean visibilityOnly(ModifyIndex m) {
        return m.from().withAttributes(m.from().attributes().without(INDEX_INVISIBLE))
                .equals(m.to().withAttributes(m.to().attributes().without(INDEX_INVISIBLE)));
    }

    private static String visibility(Index index) {
        return "ALTER INDEX " + MySqlIdentifiers.quote(index.name()) + " "
                + (index.attributes().is(INDEX_INVISIBLE) ? KeyDdl.INVISIBLE_INDEX : KeyDdl.VISIBLE_INDEX);
    }

    /** Where a column is added: {@code FIRST}, {@code AFTER `previous`}, or nothing when it ends the table. */
    private static String place(Table table, Column column) {
        int i = position(table, column);
        if (i == table.columns().size() - 1) {
            return "";
        }
        return i == 0 ? " FIRST" : " AFTER " + MySqlIdentifiers.quote(table.columns().get(i - 1).name());
    }

    private static int position(Table table, Column column) {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column.name())) {
                return i;
            }
        }
        return columns.size();
    }

    private static String dropColumn(Column column) {
        return "DROP COLUMN " + MySqlIdentifiers.quote(column.name());
    }

    private static String dropIndex(Index index) {
        return "DROP INDEX " + MySqlIdentifiers.quote(index.name());
    }

    static String dropForeignKey(ForeignKey key) {
        return "DROP FOREIGN KEY " + MySqlIdentifiers.quote(key.name());
    }

    private String dropCheck(Check check) {
        if (check.name() == null) {
            throw new PlanException("a check of table " + name + " has no name, so it cannot be dropped: "
                    + check.expression());
        }
        return "DROP CONSTRAINT " + MySqlIdentifiers.quote(check.name());
    }
}
