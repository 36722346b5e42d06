package dev.atlasj.postgres.internal.plan;

import dev.atlasj.diff.SchemaChange;
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
import dev.atlasj.diff.SchemaChange.RenameTable;

/** Names a change in words for messages: {@code "dropping table public.users"}. */
public final class ChangeDescription {

    private ChangeDescription() {
    }

    public static String of(SchemaChange change) {
        if (change instanceof AddSchema c) {
            return "creating schema " + c.schema().name();
        } else if (change instanceof DropSchema c) {
            return "dropping schema " + c.schema().name();
        } else if (change instanceof ModifySchema c) {
            return "changing schema " + c.to().name();
        } else if (change instanceof AddTable c) {
            return "creating table " + c.schema() + "." + c.table().name();
        } else if (change instanceof DropTable c) {
            return "dropping table " + c.schema() + "." + c.table().name();
        } else if (change instanceof ModifyTable c) {
            return "changing table " + c.schema() + "." + c.to().name();
        } else if (change instanceof RenameTable c) {
            return "renaming table " + c.schema() + "." + c.from().name() + " to " + c.to().name();
        } else if (change instanceof AddObject c) {
            return "creating " + c.object().objectType() + " " + c.schema() + "." + c.object().name();
        } else if (change instanceof DropObject c) {
            return "dropping " + c.object().objectType() + " " + c.schema() + "." + c.object().name();
        } else if (change instanceof ModifyObject c) {
            return "changing " + c.to().objectType() + " " + c.schema() + "." + c.to().name();
        } else if (change instanceof AddExtension c) {
            return "creating extension " + c.extension().name();
        } else if (change instanceof DropExtension c) {
            return "dropping extension " + c.extension().name();
        } else if (change instanceof ModifyExtension c) {
            return "changing extension " + c.to().name();
        }
        throw new IllegalArgumentException("unknown change " + change);
    }
}
