package dev.atlasj.mysql.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.AddSchema;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.diff.SchemaChange.ModifySchema;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.SchemaChange.RenameTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.RenameColumn;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a list of changes does to tables, as the planner needs to know it when it writes any one of
 * them: which tables are created, dropped or altered, and every table as it is before the changes
 * (but after the renames, which run first), for the foreign keys of tables no change names.
 */
public final class Changeset {

    private final Set<TableName> created = new HashSet<>();
    private final Set<TableName> dropped = new HashSet<>();
    private final Map<TableName, ModifyTable> altered = new LinkedHashMap<>();
    private final Map<TableName, Table> current = new LinkedHashMap<>();
    private final Map<String, Schema> desiredSchemas = new HashMap<>();
    private final Map<String, Schema> currentSchemas = new HashMap<>();

    private Changeset() {
    }

    /**
     * @param currentRealm the schema the changes start from, or {@code null} when not known: then only
     *     the tables the changes name are known
     */
    public static Changeset of(Realm currentRealm, List<SchemaChange> changes) {
        Changeset set = new Changeset();
        if (currentRealm != null) {
            set.readCurrent(currentRealm, changes);
        }
        for (SchemaChange change : changes) {
            if (change instanceof AddTable add) {
                set.created.add(new TableName(add.schema(), add.table().name()));
            } else if (change instanceof DropTable drop) {
                TableName name = new TableName(drop.schema(), drop.table().name());
                set.dropped.add(name);
                set.current.put(name, drop.table());
            } else if (change instanceof DropSchema drop) {
                for (Table t : drop.schema().tables()) {
                    set.dropped.add(new TableName(drop.schema().name(), t.name()));
                    set.current.put(new TableName(drop.schema().name(), t.name()), t);
                }
            } else if (change instanceof ModifyTable modify && !isRename(modify)) {
                TableName name = new TableName(modify.schema(), modify.to().name());
                set.altered.put(name, modify);
                set.current.put(name, modify.from());
            } else if (change instanceof AddSchema add) {
                set.desiredSchemas.put(add.schema().name(), add.schema());
            } else if (change instanceof ModifySchema modify) {
                set.desiredSchemas.put(modify.to().name(), modify.to());
            }
        }
        return set;
    }

    /** Whether a change is one of the differ's renames: a {@code ModifyTable} of renames only. */
    public static boolean isRename(ModifyTable modify) {
        return modify.changes().stream().allMatch(c -> c instanceof RenameColumn || c instanceof TableChange.RenameIndex);
    }

    public boolean created(TableName table) {
        return created.contains(table);
    }

    public boolean dropped(TableName table) {
        return dropped.contains(table);
    }

    /** The change that alters {@code table}, or {@code null}. */
    public ModifyTable alteration(TableName table) {
        return altered.get(table);
    }

    /** The changes that alter tables, by table. */
    public Map<TableName, ModifyTable> alterations() {
        return altered;
    }

    /** The tables that exist before the changes and are known, by name after renames. */
    public Map<TableName, Table> current() {
        return current;
    }

    /**
     * The schema as the changes leave it: as they create or change it, else as it is when the current
     * schema is known, else {@code null}.
     */
    public Schema desiredSchema(String name) {
        Schema desired = desiredSchemas.get(name);
        return desired != null ? desired : currentSchemas.get(name);
    }

    /** Every foreign key of a known current table that references {@code table}, with the table it is on. */
    public List<Referencing> referencing(TableName table) {
        List<Referencing> keys = new ArrayList<>();
        current.forEach((name, t) -> {
            for (ForeignKey key : t.foreignKeys()) {
                if (KeyDdl.referencedTable(name.schema(), key).equals(table)) {
                    keys.add(new Referencing(name, key));
                }
            }
        });
        return keys;
    }

    /** A foreign key and the table it is declared on. */
    public record Referencing(TableName table, ForeignKey key) {
    }

    /** The tables of {@code realm}, named and pointing at tables as they are once the renames in {@code changes} ran. */
    private void readCurrent(Realm realm, List<SchemaChange> changes) {
        Map<TableName, String> tableRenames = new HashMap<>();
        Map<TableName, Map<String, String>> columnRenames = new HashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof RenameTable rename) {
                tableRenames.put(new TableName(rename.schema(), rename.from().name()), rename.to().name());
            } else if (change instanceof ModifyTable modify && isRename(modify)) {
                for (TableChange c : modify.changes()) {
                    if (c instanceof RenameColumn r) {
                        columnRenames.computeIfAbsent(new TableName(modify.schema(), modify.to().name()),
                                t -> new HashMap<>()).put(r.from().name(), r.to().name());
                    }
                }
            }
        }
        for (Schema schema : realm.schemas()) {
            currentSchemas.put(schema.name(), schema);
            for (Table table : schema.tables()) {
                TableName name = renamed(new TableName(schema.name(), table.name()), tableRenames);
                Map<String, String> columns = columnRenames.getOrDefault(name, Map.of());
                List<ForeignKey> keys = table.foreignKeys().stream().map(k -> {
                    TableName target = renamed(KeyDdl.referencedTable(schema.name(), k), tableRenames);
                    Map<String, String> targetColumns = columnRenames.getOrDefault(target, Map.of());
                    return new ForeignKey(k.name(), rename(k.columns(), columns), target.schema(), target.name(),
                            rename(k.refColumns(), targetColumns), k.onUpdate(), k.onDelete(), k.attributes());
                }).toList();
                current.put(name, table.toBuilder().name(name.name()).foreignKeys(keys).build());
            }
        }
    }

    private static TableName renamed(TableName name, Map<TableName, String> renames) {
        String to = renames.get(name);
        return to == null ? name : new TableName(name.schema(), to);
    }

    private static List<String> rename(List<String> names, Map<String, String> renames) {
        return names.stream().map(n -> renames.getOrDefault(n, n)).toList();
    }
}
