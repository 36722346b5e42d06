package dev.atlasj.diff;

import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import java.util.Set;

/** One difference inside a table that exists on both sides. */
public sealed interface TableChange {

    /** The change as a short phrase: {@code drop column name}. */
    default String describe() {
        return ChangeText.of(this);
    }

    record AddColumn(Column column) implements TableChange {
    }

    record DropColumn(Column column) implements TableChange {
    }

    /** A column whose definition changes; {@code kinds} says which parts of it. */
    record ModifyColumn(Column from, Column to, Set<ColumnChangeKind> kinds) implements TableChange {
        public ModifyColumn {
            kinds = Set.copyOf(kinds);
        }
    }

    /** A column to rename, from an explicit rename hint. */
    record RenameColumn(Column from, Column to) implements TableChange {
    }

    record AddPrimaryKey(PrimaryKey key) implements TableChange {
    }

    record DropPrimaryKey(PrimaryKey key) implements TableChange {
    }

    record ModifyPrimaryKey(PrimaryKey from, PrimaryKey to) implements TableChange {
    }

    record AddIndex(Index index) implements TableChange {
    }

    record DropIndex(Index index) implements TableChange {
    }

    record ModifyIndex(Index from, Index to) implements TableChange {
    }

    /** An index to rename, from an explicit rename hint or a database-generated name. */
    record RenameIndex(Index from, Index to) implements TableChange {
    }

    record AddForeignKey(ForeignKey key) implements TableChange {
    }

    record DropForeignKey(ForeignKey key) implements TableChange {
    }

    record ModifyForeignKey(ForeignKey from, ForeignKey to) implements TableChange {
    }

    record AddCheck(Check check) implements TableChange {
    }

    record DropCheck(Check check) implements TableChange {
    }

    record ModifyCheck(Check from, Check to) implements TableChange {
    }

    /** The table's comment or dialect attributes change; the table itself stays. */
    record ModifyTableOptions(Table from, Table to) implements TableChange {
    }
}
