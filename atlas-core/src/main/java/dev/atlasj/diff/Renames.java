package dev.atlasj.diff;

import dev.atlasj.DiffException;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.SchemaChange.RenameTable;
import dev.atlasj.diff.TableChange.RenameColumn;
import dev.atlasj.diff.TableChange.RenameIndex;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies rename hints to the current side before it is compared: checks that every hint names an
 * object that exists (and that its new name is free and wanted), reports the renames as changes, and
 * returns the current realm as it will look once they ran.
 */
record Renames(Realm renamed, List<SchemaChange> changes) {

    static Renames apply(Realm current, Realm desired, List<RenameHint> hints, DiffRules rules) {
        Realm realm = current;
        List<SchemaChange> changes = new ArrayList<>();
        for (RenameHint hint : hints) {
            Schema schema = realm.schema(hint.schema())
                    .orElseThrow(() -> missing(hint, "schema " + hint.schema() + " does not exist"));
            Table table = schema.table(hint.table())
                    .orElseThrow(() -> missing(hint, "there is no table " + hint.schema() + "." + hint.table()));
            Schema wantedSchema = desired.schema(hint.schema())
                    .orElseThrow(() -> missing(hint, "the desired state has no schema " + hint.schema()));
            switch (hint.kind()) {
                case TABLE -> {
                    requireFree(hint, schema.table(hint.to()).isPresent(), "table");
                    requireWanted(hint, wantedSchema.table(hint.to()).isPresent(), "table");
                    requireGone(hint, wantedSchema.table(hint.table()).isPresent(), "table");
                    Table renamedTable = table.withName(hint.to());
                    changes.add(new RenameTable(hint.schema(), table, renamedTable));
                    realm = realm.withSchema(renameTable(schema, table, renamedTable));
                    realm = retargetForeignKeys(realm, hint.schema(), hint.table(), hint.to(), null, null);
                }
                case COLUMN -> {
                    Column column = table.column(hint.from())
                            .orElseThrow(() -> missing(hint, "table " + hint.schema() + "." + hint.table()
                                    + " has no column " + hint.from()));
                    requireFree(hint, table.column(hint.to()).isPresent(), "column");
                    Table wantedTable = wantedSchema.table(hint.table()).orElse(null);
                    requireWanted(hint, wantedTable != null && wantedTable.column(hint.to()).isPresent(), "column");
                    requireGone(hint, wantedTable.column(hint.from()).isPresent(), "column");
                    Table renamedTable = renameColumn(table, hint.from(), hint.to(), rules);
                    changes.add(new ModifyTable(hint.schema(), table, renamedTable,
                            List.of(new RenameColumn(column, column.withName(hint.to())))));
                    Schema s = schema.toBuilder().tables(replace(schema.tables(), table, renamedTable)).build();
                    s = s.toBuilder().sequences(s.sequences().stream()
                            .map(q -> renameOwner(q, hint.table(), hint.from(), hint.to())).toList()).build();
                    realm = realm.withSchema(s);
                    realm = retargetForeignKeys(realm, hint.schema(), hint.table(), hint.table(), hint.from(), hint.to());
                }
                case INDEX -> {
                    Index index = table.index(hint.from())
                            .orElseThrow(() -> missing(hint, "table " + hint.schema() + "." + hint.table()
                                    + " has no index " + hint.from()));
                    requireFree(hint, table.index(hint.to()).isPresent(), "index");
                    Index renamedIndex = index.withName(hint.to());
                    List<Index> indexes = new ArrayList<>(table.indexes());
                    indexes.set(indexes.indexOf(index), renamedIndex);
                    Table renamedTable = table.toBuilder().indexes(indexes).build();
                    changes.add(new ModifyTable(hint.schema(), table, renamedTable,
                            List.of(new RenameIndex(index, renamedIndex))));
                    realm = realm.withSchema(schema.toBuilder().tables(replace(schema.tables(), table, renamedTable)).build());
                }
            }
        }
        return new Renames(realm, List.copyOf(changes));
    }

    private static Schema renameTable(Schema schema, Table from, Table to) {
        Schema.Builder b = schema.toBuilder().tables(replace(schema.tables(), from, to));
        b.sequences(schema.sequences().stream().map(s -> s.ownedBy() != null && s.ownedBy().table().equals(from.name())
                ? s.withOwnedBy(new Sequence.Owner(to.name(), s.ownedBy().column())) : s).toList());
        return b.build();
    }

    private static Table renameColumn(Table table, String from, String to, DiffRules rules) {
        Table.Builder b = table.toBuilder();
        b.columns(table.columns().stream().map(c -> {
            Column renamed = c.name().equals(from) ? c.withName(to) : c;
            if (renamed.generated() != null) {
                renamed = renamed.withGenerated(new dev.atlasj.schema.Generated(
                        rules.renameInExpression(renamed.generated().expression(), from, to), renamed.generated().stored()));
            }
            return renamed;
        }).toList());
        PrimaryKey pk = table.primaryKey();
        if (pk != null) {
            b.primaryKey(new PrimaryKey(pk.name(), rename(pk.columns(), from, to), pk.attributes()));
        }
        b.indexes(table.indexes().stream().map(i -> i.withParts(i.parts().stream().map(p -> p.isExpression()
                ? new IndexPart(null, rules.renameInExpression(p.expression(), from, to), p.descending(), p.attributes())
                : from.equals(p.column()) ? new IndexPart(to, null, p.descending(), p.attributes()) : p).toList())).toList());
        b.foreignKeys(table.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), rename(fk.columns(), from, to),
                fk.refSchema(), fk.refTable(), fk.refColumns(), fk.onUpdate(), fk.onDelete(), fk.attributes())).toList());
        b.checks(table.checks().stream().map(c -> c.withExpression(rules.renameInExpression(c.expression(), from, to)))
                .toList());
        return b.build();
    }

    /** Points foreign keys that reference {@code schema.table} (and its column, when one is renamed) at the new names. */
    private static Realm retargetForeignKeys(Realm realm, String schema, String oldTable, String newTable,
            String oldColumn, String newColumn) {
        Realm result = realm;
        for (Schema s : realm.schemas()) {
            List<Table> tables = s.tables().stream().map(t -> {
                List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> {
                    if (!schema.equals(fk.refSchema()) || !oldTable.equals(fk.refTable())) {
                        return fk;
                    }
                    List<String> refColumns = oldColumn == null ? fk.refColumns() : rename(fk.refColumns(), oldColumn, newColumn);
                    return new ForeignKey(fk.name(), fk.columns(), fk.refSchema(), newTable, refColumns, fk.onUpdate(),
                            fk.onDelete(), fk.attributes());
                }).toList();
                return fks.equals(t.foreignKeys()) ? t : t.toBuilder().foreignKeys(fks).build();
            }).toList();
            if (!tables.equals(s.tables())) {
                result = result.withSchema(s.toBuilder().tables(tables).build());
            }
        }
        return result;
    }

    private static Sequence renameOwner(Sequence s, String table, String from, String to) {
        if (s.ownedBy() != null && s.ownedBy().table().equals(table) && s.ownedBy().column().equals(from)) {
            return s.withOwnedBy(new Sequence.Owner(table, to));
        }
        return s;
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    private static List<Table> replace(List<Table> tables, Table from, Table to) {
        List<Table> copy = new ArrayList<>(tables);
        copy.set(copy.indexOf(from), to);
        return copy;
    }

    private static void requireFree(RenameHint hint, boolean taken, String what) {
        if (taken) {
            throw new DiffException("rename hint " + hint + ": the current schema already has a " + what
                    + " named " + hint.to());
        }
    }

    private static void requireWanted(RenameHint hint, boolean present, String what) {
        if (!present) {
            throw new DiffException("rename hint " + hint + ": the desired schema has no " + what + " named " + hint.to());
        }
    }

    private static void requireGone(RenameHint hint, boolean stillThere, String what) {
        if (stillThere) {
            throw new DiffException("rename hint " + hint + ": the desired schema still has the " + what
                    + " under its old name, so it cannot have been renamed");
        }
    }

    private static DiffException missing(RenameHint hint, String why) {
        return new DiffException("rename hint " + hint + " names nothing: " + why);
    }
}
