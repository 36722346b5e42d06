package dev.atlasj.mysql.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.AddColumn;
import dev.atlasj.diff.TableChange.AddIndex;
import dev.atlasj.diff.TableChange.AddPrimaryKey;
import dev.atlasj.diff.TableChange.DropColumn;
import dev.atlasj.diff.TableChange.DropForeignKey;
import dev.atlasj.diff.TableChange.DropIndex;
import dev.atlasj.diff.TableChange.DropPrimaryKey;
import dev.atlasj.diff.TableChange.ModifyForeignKey;
import dev.atlasj.diff.TableChange.ModifyIndex;
import dev.atlasj.diff.TableChange.ModifyPrimaryKey;
import dev.atlasj.mysql.internal.plan.Changeset.Referencing;
import dev.atlasj.schema.ForeignKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where foreign keys go in a plan, given that MySQL refuses to change a column a foreign key uses
 * (on either side), to drop a key a foreign key needs, to drop a table a foreign key references, and
 * to drop and add a foreign key of one name in one statement.
 *
 * <ul>
 *   <li>A foreign key dropped for good goes in its table's {@code ALTER TABLE}, unless the table it
 *       references is dropped or altered in a way that touches the referenced columns: then before
 *       ({@link Phase#DROP_FOREIGN_KEYS}).</li>
 *   <li>A foreign key added goes in its table's {@code ALTER TABLE}, unless the table it references is
 *       created, or altered in a way that touches the referenced columns, or a key of the same name is
 *       dropped: then after ({@link Phase#FOREIGN_KEYS}).</li>
 *   <li>A foreign key that stays but uses a column whose type, character set or collation changes, or
 *       references a key that is dropped, is dropped and added again around the change: dropped in
 *       its table's {@code ALTER TABLE} when only that table changes, else before; added after.</li>
 * </ul>
 */
final class ForeignKeyMoves {

    private final Changeset changes;
    private final Map<TableName, Set<String>> reshaped;
    private final Map<String, Recreated> recreated = new LinkedHashMap<>();

    /**
     * A foreign key dropped and added again.
     *
     * @param table the table it is on
     * @param current the key as it is
     * @param desired the key as it will be
     * @param dropEarly whether it is dropped before the tables change rather than in its table's {@code ALTER TABLE}
     * @param source the change that makes it move
     */
    record Recreated(TableName table, ForeignKey current, ForeignKey desired, boolean dropEarly, SchemaChange source) {
    }

    /**
     * @param reshaped the columns of each altered table whose type, character set or collation changes
     */
    ForeignKeyMoves(Changeset changes, Map<TableName, Set<String>> reshaped) {
        this.changes = changes;
        this.reshaped = reshaped;
        changes.alterations().forEach(this::findRecreated);
    }

    boolean dropEarly(TableName table, ForeignKey key) {
        TableName target = KeyDdl.referencedTable(table.schema(), key);
        return !target.equals(table) && (changes.dropped(target) || touches(target, key.refColumns()));
    }

    boolean addLate(TableName table, ForeignKey key, boolean sameNameDropped) {
        TableName target = KeyDdl.referencedTable(table.schema(), key);
        return sameNameDropped || !target.equals(table) && (changes.created(target) || touches(target, key.refColumns()));
    }

    /** The foreign keys dropped and added again, each once. */
    List<Recreated> recreated() {
        return List.copyOf(recreated.values());
    }

    private void findRecreated(TableName table, ModifyTable cause) {
        Set<String> columns = reshaped.getOrDefault(table, Set.of());
        List<Referencing> candidates = new ArrayList<>(changes.referencing(table));
        cause.from().foreignKeys().forEach(k -> candidates.add(new Referencing(table, k)));
        for (Referencing r : candidates) {
            ForeignKey key = r.key();
            boolean ownColumns = r.table().equals(table) && key.columns().stream().anyMatch(columns::contains);
            boolean referenced = KeyDdl.referencedTable(r.table().schema(), key).equals(table)
                    && (key.refColumns().stream().anyMatch(columns::contains) || dropsKeyFor(cause, key.refColumns()));
            if ((ownColumns || referenced) && !recreated.containsKey(key(r.table(), key.name()))) {
                ForeignKey desired = desired(r.table(), key);
                if (desired != null) {
                    ModifyTable own = changes.alteration(r.table());
                    TableName target = KeyDdl.referencedTable(r.table().schema(), key);
                    boolean early = own == null || !target.equals(r.table()) && changes.alteration(target) != null;
                    recreated.put(key(r.table(), key.name()),
                            new Recreated(r.table(), key, desired, early, own != null ? own : cause));
                }
            }
        }
    }

    /** The key as the changes leave it, or {@code null} when they drop or change it (it is planned as such). */
    private ForeignKey desired(TableName table, ForeignKey key) {
        if (changes.dropped(table)) {
            return null;
        }
        ModifyTable own = changes.alteration(table);
        if (own == null) {
            return key;
        }
        boolean changed = own.changes().stream().anyMatch(c -> c instanceof DropForeignKey d && d.key().name().equals(key.name())
                || c instanceof ModifyForeignKey m && m.from().name().equals(key.name()));
        return changed ? null : own.to().foreignKey(key.name()).orElse(null);
    }

    /** Whether the alteration of {@code table} adds, drops or reshapes one of {@code columns} or a key over them. */
    private boolean touches(TableName table, List<String> columns) {
        ModifyTable alteration = changes.alteration(table);
        if (alteration == null) {
            return false;
        }
        if (reshaped.getOrDefault(table, Set.of()).stream().anyMatch(columns::contains)) {
            return true;
        }
        return alteration.changes().stream().anyMatch(c -> usedColumns(c).stream().anyMatch(columns::contains));
    }

    /** The columns a change adds, drops, or adds or drops a key over. */
    private static List<String> usedColumns(TableChange c) {
        if (c instanceof AddColumn a) {
            return List.of(a.column().name());
        } else if (c instanceof DropColumn d) {
            return List.of(d.column().name());
        } else if (c instanceof AddIndex a) {
            return a.index().columns();
        } else if (c instanceof DropIndex d) {
            return d.index().columns();
        } else if (c instanceof ModifyIndex m) {
            return m.to().columns();
        } else if (c instanceof AddPrimaryKey a) {
            return a.key().columns();
        } else if (c instanceof DropPrimaryKey d) {
            return d.key().columns();
        } else if (c instanceof ModifyPrimaryKey m) {
            return m.to().columns();
        }
        return List.of();
    }

    /** Whether the alteration drops (or drops to change) a key whose leading columns are {@code columns}. */
    private static boolean dropsKeyFor(ModifyTable alteration, List<String> columns) {
        for (TableChange c : alteration.changes()) {
            List<String> dropped = c instanceof DropIndex d ? d.index().columns()
                    : c instanceof ModifyIndex m ? m.from().columns()
                    : c instanceof DropPrimaryKey d ? d.key().columns()
                    : c instanceof ModifyPrimaryKey m ? m.from().columns()
                    : List.of();
            if (dropped.size() >= columns.size() && dropped.subList(0, columns.size()).equals(columns)) {
                return true;
            }
        }
        return false;
    }

    private static String key(TableName table, String name) {
        return table.schema() + "\u0000" + table.name() + "\u0000" + name;
    }
}
