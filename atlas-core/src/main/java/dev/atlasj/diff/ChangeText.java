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
import dev.atlasj.diff.SchemaChange.RenameTable;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes changes as short phrases for people: {@code drop column public.users.name}. */
final class ChangeText {

    private ChangeText() {
    }

    static String of(SchemaChange change) {
        if (change instanceof AddSchema c) {
            return "add schema " + c.schema().name();
        } else if (change instanceof DropSchema c) {
            return "drop schema " + c.schema().name();
        } else if (change instanceof ModifySchema c) {
            return "modify schema " + c.to().name();
        } else if (change instanceof AddTable c) {
            return "add table " + c.schema() + "." + c.table().name();
        } else if (change instanceof DropTable c) {
            return "drop table " + c.schema() + "." + c.table().name();
        } else if (change instanceof RenameTable c) {
            return "rename table " + c.schema() + "." + c.from().name() + " to " + c.to().name();
        } else if (change instanceof ModifyTable c) {
            String table = c.schema() + "." + c.to().name();
            return "modify table " + table + ": "
                    + c.changes().stream().map(ChangeText::of).collect(Collectors.joining(", "));
        } else if (change instanceof AddObject c) {
            return "add " + c.object().objectType() + " " + c.schema() + "." + c.object().name();
        } else if (change instanceof DropObject c) {
            return "drop " + c.object().objectType() + " " + c.schema() + "." + c.object().name();
        } else if (change instanceof ModifyObject c) {
            return "modify " + c.to().objectType() + " " + c.schema() + "." + c.to().name();
        } else if (change instanceof AddExtension c) {
            return "add extension " + c.extension().name();
        } else if (change instanceof DropExtension c) {
            return "drop extension " + c.extension().name();
        } else if (change instanceof ModifyExtension c) {
            return "modify extension " + c.to().name();
        }
        throw new IllegalArgumentException("unknown change " + change);
    }

    static String of(TableChange change) {
        if (change instanceof TableChange.AddColumn c) {
            return "add column " + c.column().name();
        } else if (change instanceof TableChange.DropColumn c) {
            return "drop column " + c.column().name();
        } else if (change instanceof TableChange.ModifyColumn c) {
            return "modify column " + c.to().name() + " (" + c.kinds().stream().sorted()
                    .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")";
        } else if (change instanceof TableChange.RenameColumn c) {
            return "rename column " + c.from().name() + " to " + c.to().name();
        } else if (change instanceof TableChange.AddPrimaryKey) {
            return "add primary key";
        } else if (change instanceof TableChange.DropPrimaryKey) {
            return "drop primary key";
        } else if (change instanceof TableChange.ModifyPrimaryKey) {
            return "modify primary key";
        } else if (change instanceof TableChange.AddIndex c) {
            return "add index " + c.index().name();
        } else if (change instanceof TableChange.DropIndex c) {
            return "drop index " + c.index().name();
        } else if (change instanceof TableChange.ModifyIndex c) {
            return "modify index " + c.to().name();
        } else if (change instanceof TableChange.RenameIndex c) {
            return "rename index " + c.from().name() + " to " + c.to().name();
        } else if (change instanceof TableChange.AddForeignKey c) {
            return "add foreign key " + c.key().name();
        } else if (change instanceof TableChange.DropForeignKey c) {
            return "drop foreign key " + c.key().name();
        } else if (change instanceof TableChange.ModifyForeignKey c) {
            return "modify foreign key " + c.to().name();
        } else if (change instanceof TableChange.AddCheck c) {
            return "add check " + (c.check().name() == null ? c.check().expression() : c.check().name());
        } else if (change instanceof TableChange.DropCheck c) {
            return "drop check " + (c.check().name() == null ? c.check().expression() : c.check().name());
        } else if (change instanceof TableChange.ModifyCheck c) {
            return "modify check " + c.to().name();
        } else if (change instanceof TableChange.ModifyTableOptions) {
            return "modify table options";
        }
        throw new IllegalArgumentException("unknown change " + change);
    }
}
