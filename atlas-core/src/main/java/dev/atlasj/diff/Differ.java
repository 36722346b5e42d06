package dev.atlasj.diff;

import dev.atlasj.diff.SchemaChange.AddExtension;
import dev.atlasj.diff.SchemaChange.AddObject;
import dev.atlasj.diff.SchemaChange.AddSchema;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.diff.SchemaChange.DropExtension;
import dev.atlasj.diff.SchemaChange.DropObject;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.diff.SchemaChange.ModifyExtension;
import dev.atlasj.diff.SchemaChange.ModifyObject;
import dev.atlasj.diff.SchemaChange.ModifySchema;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.SchemaObject;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares two realms and returns the typed changes that turn the first into the second.
 *
 * <p>The engine is dialect-neutral: a dialect's {@link DiffRules} bring both sides to a canonical form
 * and say which names the database invented. Objects are matched by name; a rename is reported only
 * when the caller gives a {@link RenameHint} for it, never guessed.
 */
public final class Differ {

    private final DiffRules rules;

    public Differ(DiffRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The changes from {@code from} to {@code to}. */
    public List<SchemaChange> diff(Realm from, Realm to) {
        return diff(from, to, List.of());
    }

    /**
     * The changes from {@code from} to {@code to}, with the renames {@code hints} name.
     *
     * @throws dev.atlasj.DiffException when a hint names an object that is not there
     */
    public List<SchemaChange> diff(Realm from, Realm to, List<RenameHint> hints) {
        Realm current = rules.normalize(from);
        Realm desired = rules.normalize(to);
        List<SchemaChange> changes = new ArrayList<>();
        Renames renames = Renames.apply(current, desired, hints, rules);
        changes.addAll(renames.changes());
        current = renames.renamed();

        diffExtensions(current.extensions(), desired.extensions(), changes);
        Map<String, Schema> desiredSchemas = byName(desired.schemas(), Schema::name);
        for (Schema schema : current.schemas()) {
            Schema target = desiredSchemas.get(schema.name());
            if (target == null) {
                changes.add(new DropSchema(schema));
            } else {
                diffSchema(schema, target, changes);
            }
        }
        Map<String, Schema> currentSchemas = byName(current.schemas(), Schema::name);
        for (Schema schema : desired.schemas()) {
            if (!currentSchemas.containsKey(schema.name())) {
                changes.add(new AddSchema(schema));
                diffContents(Schema.named(schema.name()), schema, changes);
            }
        }
        return List.copyOf(changes);
    }

    private void diffExtensions(List<Extension> from, List<Extension> to, List<SchemaChange> changes) {
        Map<String, Extension> wanted = byName(to, Extension::name);
        for (Extension e : from) {
            Extension target = wanted.get(e.name());
            if (target == null) {
                changes.add(new DropExtension(e));
            } else if (!e.equals(target)) {
                changes.add(new ModifyExtension(e, target));
            }
        }
        Map<String, Extension> present = byName(from, Extension::name);
        for (Extension e : to) {
            if (!present.containsKey(e.name())) {
                changes.add(new AddExtension(e));
            }
        }
    }

    private void diffSchema(Schema from, Schema to, List<SchemaChange> changes) {
        if (!Objects.equals(from.comment(), to.comment()) || !from.attributes().equals(to.attributes())) {
            changes.add(new ModifySchema(from, to));
        }
        diffContents(from, to, changes);
    }

    private void diffContents(Schema from, Schema to, List<SchemaChange> changes) {
        String schema = to.name();
        diffTables(schema, from.tables(), to.tables(), changes);
        diffObjects(schema, from.enums(), to.enums(), changes);
        diffObjects(schema, from.domains(), to.domains(), changes);
        diffObjects(schema, from.composites(), to.composites(), changes);
        diffObjects(schema, from.sequences(), to.sequences(), changes);
        diffObjects(schema, from.routines(), to.routines(), changes);
        diffObjects(schema, from.views(), to.views(), changes);
        diffObjects(schema, from.triggers(), to.triggers(), changes);
        diffObjects(schema, from.policies(), to.policies(), changes);
    }

    private void diffTables(String schema, List<Table> from, List<Table> to, List<SchemaChange> changes) {
        Map<String, Table> wanted = byName(to, Table::name);
        for (Table table : from) {
            Table target = wanted.get(table.name());
            if (target == null) {
                changes.add(new DropTable(schema, table));
            } else {
                List<TableChange> tableChanges = new TableDiffer(rules, table, target).changes();
                if (!tableChanges.isEmpty()) {
                    changes.add(new ModifyTable(schema, table, target, tableChanges));
                }
            }
        }
        Map<String, Table> present = byName(from, Table::name);
        for (Table table : to) {
            if (!present.containsKey(table.name())) {
                changes.add(new AddTable(schema, table));
            }
        }
    }

    private static <T extends SchemaObject> void diffObjects(String schema, List<T> from, List<T> to,
            List<SchemaChange> changes) {
        Map<String, T> wanted = byName(to, Differ::identity);
        for (T object : from) {
            T target = wanted.get(identity(object));
            if (target == null) {
                changes.add(new DropObject(schema, object));
            } else if (!object.equals(target)) {
                changes.add(new ModifyObject(schema, object, target));
            }
        }
        Map<String, T> present = byName(from, Differ::identity);
        for (T object : to) {
            if (!present.containsKey(identity(object))) {
                changes.add(new AddObject(schema, object));
            }
        }
    }

    /** What identifies an object within its schema: its name, its table too for triggers and policies, its arguments for routines. */
    private static String identity(SchemaObject object) {
        if (object instanceof dev.atlasj.schema.Trigger t) {
            return t.table() + "." + t.name();
        }
        if (object instanceof dev.atlasj.schema.Policy p) {
            return p.table() + "." + p.name();
        }
        if (object instanceof dev.atlasj.schema.Routine r) {
            return r.signature();
        }
        return object.name();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(name.apply(item), item);
        }
        return map;
    }
}
