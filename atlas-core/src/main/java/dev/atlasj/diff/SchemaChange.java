package dev.atlasj.diff;

import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.SchemaObject;
import dev.atlasj.schema.Table;
import java.util.List;
import java.util.Objects;

/**
 * One typed difference between two realms, as the differ reports it and the planner consumes it.
 *
 * <p>Changes name their schema explicitly because model objects carry no back references. Adding a
 * schema creates only the schema; its tables and other objects come as changes of their own.
 */
public sealed interface SchemaChange {

    /** The change as a short phrase: {@code add table public.users}, {@code modify table public.t: drop column c}. */
    default String describe() {
        return ChangeText.of(this);
    }

    /**
     * Whether the change throws data away: dropping a schema, a table or a column, or turning a
     * column into a generated one, whose stored values give way to computed ones. Applying such a
     * change needs the caller's explicit consent.
     */
    default boolean isDestructive() {
        return this instanceof DropSchema || this instanceof DropTable
                || this instanceof ModifyTable m && m.changes().stream().anyMatch(c -> c instanceof TableChange.DropColumn
                        || c instanceof TableChange.ModifyColumn mc && mc.from().generated() == null
                                && mc.to().generated() != null);
    }

    /** A schema to create (without its contents). */
    record AddSchema(Schema schema) implements SchemaChange {
        public AddSchema {
            Objects.requireNonNull(schema, "schema");
        }
    }

    /** A schema to drop, with everything it still holds. */
    record DropSchema(Schema schema) implements SchemaChange {
        public DropSchema {
            Objects.requireNonNull(schema, "schema");
        }
    }

    /** A schema whose own properties (comment, attributes) change. */
    record ModifySchema(Schema from, Schema to) implements SchemaChange {
    }

    /** A table to create, with its columns, keys, indexes and checks. */
    record AddTable(String schema, Table table) implements SchemaChange {
        public AddTable {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
        }
    }

    /** A table to drop. */
    record DropTable(String schema, Table table) implements SchemaChange {
        public DropTable {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
        }
    }

    /** A table that exists on both sides and differs; {@code changes} say how. */
    record ModifyTable(String schema, Table from, Table to, List<TableChange> changes) implements SchemaChange {
        public ModifyTable {
            Objects.requireNonNull(schema, "schema");
            changes = List.copyOf(changes);
        }
    }

    /** A table to rename, from an explicit rename hint. */
    record RenameTable(String schema, Table from, Table to) implements SchemaChange {
    }

    /** A view, sequence, type, routine, trigger or policy to create. */
    record AddObject(String schema, SchemaObject object) implements SchemaChange {
        public AddObject {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(object, "object");
        }
    }

    /** A view, sequence, type, routine, trigger or policy to drop. */
    record DropObject(String schema, SchemaObject object) implements SchemaChange {
        public DropObject {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(object, "object");
        }
    }

    /** An object of the same kind and name on both sides that differs. */
    record ModifyObject(String schema, SchemaObject from, SchemaObject to) implements SchemaChange {
        public ModifyObject {
            Objects.requireNonNull(schema, "schema");
            if (from.getClass() != to.getClass()) {
                throw new IllegalArgumentException("cannot modify a " + from.objectType() + " into a " + to.objectType());
            }
        }
    }

    /** An extension to install. */
    record AddExtension(Extension extension) implements SchemaChange {
    }

    /** An extension to remove. */
    record DropExtension(Extension extension) implements SchemaChange {
    }

    /** An installed extension whose version or schema differs. */
    record ModifyExtension(Extension from, Extension to) implements SchemaChange {
    }
}
