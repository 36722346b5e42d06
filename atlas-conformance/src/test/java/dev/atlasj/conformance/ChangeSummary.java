package dev.atlasj.conformance;

import dev.atlasj.diff.ColumnChangeKind;
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
import dev.atlasj.schema.Column;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts the changes left between a migrated database and its target into words: in detail for one
 * case ({@code modify table public.t: modify column a (type: integer → bigint)}), and as the kinds
 * of change alone ({@code modify column (type)}) to group cases that fail alike.
 */
final class ChangeSummary {

    private ChangeSummary() {
    }

    /** The changes in detail. */
    static String describe(List<SchemaChange> changes) {
        return changes.stream().map(ChangeSummary::describe).collect(Collectors.joining("; "));
    }

    /** The distinct kinds of the changes, in alphabetical order. */
    static String kinds(List<SchemaChange> changes) {
        TreeSet<String> kinds = new TreeSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof ModifyTable modify) {
                modify.changes().forEach(c -> kinds.add(kind(c)));
            } else {
                kinds.add(kind(change));
            }
        }
        return String.join(", ", kinds);
    }

    private static String describe(SchemaChange change) {
        if (change instanceof AddSchema c) {
            return "add schema " + c.schema().name();
        } else if (change instanceof DropSchema c) {
            return "drop schema " + c.schema().name();
        } else if (change instanceof ModifySchema c) {
            return "modify schema " + c.to().name() + " (" + c.from() + " → " + c.to() + ")";
        } else if (change instanceof AddTable c) {
            return "add table " + c.schema() + "." + c.table().name();
        } else if (change instanceof DropTable c) {
            return "drop table " + c.schema() + "." + c.table().name();
        } else if (change instanceof RenameTable c) {
            return "rename table " + c.schema() + "." + c.from().name() + " to " + c.to().name();
        } else if (change instanceof ModifyTable c) {
            return "modify table " + c.schema() + "." + c.to().name() + ": "
                    + c.changes().stream().map(ChangeSummary::describe).collect(Collectors.joining(", "));
        } else if (change instanceof AddObject c) {
            return "add " + c.object().objectType() + " " + c.schema() + "." + c.object().name();
        } else if (change instanceof DropObject c) {
            return "drop " + c.object().objectType() + " " + c.schema() + "." + c.object().name();
        } else if (change instanceof ModifyObject c) {
            return "modify " + c.to().objectType() + " " + c.schema() + "." + c.to().name() + " (" + c.from() + " → "
                    + c.to() + ")";
        } else if (change instanceof AddExtension c) {
            return "add extension " + c.extension().name();
        } else if (change instanceof DropExtension c) {
            return "drop extension " + c.extension().name();
        } else if (change instanceof ModifyExtension c) {
            return "modify extension " + c.to().name() + " (" + c.from() + " → " + c.to() + ")";
        }
        throw new IllegalArgumentException("unknown change " + change);
    }

    private static String kind(SchemaChange change) {
        if (change instanceof AddObject c) {
            return "add " + c.object().objectType();
        } else if (change instanceof DropObject c) {
            return "drop " + c.object().objectType();
        } else if (change instanceof ModifyObject c) {
            return "modify " + c.to().objectType();
        }
        return words(change.getClass().getSimpleName());
    }

    private static String describe(TableChange change) {
        if (change instanceof AddColumn c) {
            return "add column " + c.column().name();
        } else if (change instanceof DropColumn c) {
            return "drop column " + c.column().name();
        } else if (change instanceof RenameColumn c) {
            return "rename column " + c.from().name() + " to " + c.to().name();
        } else if (change instanceof ModifyColumn c) {
            return "modify column " + c.to().name() + " (" + c.kinds().stream().sorted()
                    .map(kind -> columnChange(kind, c.from(), c.to())).collect(Collectors.joining(", ")) + ")";
        } else if (change instanceof AddPrimaryKey c) {
            return "add primary key " + c.key();
        } else if (change instanceof DropPrimaryKey c) {
            return "drop primary key " + c.key();
        } else if (change instanceof ModifyPrimaryKey c) {
            return "modify primary key (" + c.from() + " → " + c.to() + ")";
        } else if (change instanceof AddIndex c) {
            return "add index " + c.index().name();
        } else if (change instanceof DropIndex c) {
            return "drop index " + c.index().name();
        } else if (change instanceof ModifyIndex c) {
            return "modify index " + c.to().name() + " (" + c.from() + " → " + c.to() + ")";
        } else if (change instanceof RenameIndex c) {
            return "rename index " + c.from().name() + " to " + c.to().name();
        } else if (change instanceof AddForeignKey c) {
            return "add foreign key " + c.key().name();
        } else if (change instanceof DropForeignKey c) {
            return "drop foreign key " + c.key().name();
        } else if (change instanceof ModifyForeignKey c) {
            return "modify foreign key " + c.to().name() + " (" + c.from() + " → " + c.to() + ")";
        } else if (change instanceof AddCheck c) {
            return "add check " + c.check().name() + " " + c.check().expression();
        } else if (change instanceof DropCheck c) {
            return "drop check " + c.check().name() + " " + c.check().expression();
        } else if (change instanceof ModifyCheck c) {
            return "modify check " + c.to().name() + " (" + c.from() + " → " + c.to() + ")";
        } else if (change instanceof ModifyTableOptions c) {
            return "modify table options (comment " + c.from().comment() + " → " + c.to().comment() + ", attributes "
                    + c.from().attributes() + " → " + c.to().attributes() + ")";
        }
        throw new IllegalArgumentException("unknown table change " + change);
    }

    private static String kind(TableChange change) {
        String kind = words(change.getClass().getSimpleName());
        if (change instanceof ModifyColumn c) {
            return kind + " (" + c.kinds().stream().sorted().map(k -> k.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return kind;
    }

    private static String columnChange(ColumnChangeKind kind, Column from, Column to) {
        Function<Column, Object> part = switch (kind) {
            case TYPE -> Column::type;
            case NULLABILITY -> c -> c.nullable() ? "null" : "not null";
            case DEFAULT -> Column::defaultExpression;
            case GENERATED -> Column::generated;
            case COLLATION -> Column::collation;
            case COMMENT -> Column::comment;
            case ATTRIBUTES -> Column::attributes;
        };
        return kind.name().toLowerCase(Locale.ROOT) + ": " + Objects.toString(part.apply(from)) + " → "
                + Objects.toString(part.apply(to));
    }

    /** {@code "ModifyTableOptions"} as {@code "modify table options"}. */
    private static String words(String camelCase) {
        return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
