package dev.atlasj.postgres.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.DropObject;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables and columns a plan removes, whether dropped one by one or with their schema, and the
 * sequences that go with them.
 *
 * <p>PostgreSQL drops a sequence together with the column that owns it ({@code serial} columns,
 * {@code OWNED BY}). The differ reports such a sequence as dropped too; planning a
 * {@code DROP SEQUENCE} for it would fail, so the sequence is left to its owner instead, and the
 * owner's reverse creates it again.
 */
public final class Removals {

    private final Set<QualifiedName> tables = new HashSet<>();
    private final Set<ColumnName> columns = new HashSet<>();
    private final List<OwnedSequence> ownedSequences = new ArrayList<>();

    private Removals() {
    }

    /** What {@code changes} remove. */
    public static Removals of(List<SchemaChange> changes) {
        Removals removals = new Removals();
        for (SchemaChange change : changes) {
            if (change instanceof DropTable drop) {
                removals.tables.add(new QualifiedName(drop.schema(), drop.table().name()));
            } else if (change instanceof DropSchema drop) {
                drop.schema().tables().forEach(t -> removals.tables.add(new QualifiedName(drop.schema().name(), t.name())));
            } else if (change instanceof ModifyTable modify) {
                QualifiedName table = new QualifiedName(modify.schema(), modify.to().name());
                modify.changes().stream().filter(c -> c instanceof TableChange.DropColumn)
                        .map(c -> ((TableChange.DropColumn) c).column().name())
                        .forEach(column -> removals.columns.add(new ColumnName(table, column)));
            }
        }
        for (SchemaChange change : changes) {
            if (change instanceof DropObject drop && drop.object() instanceof Sequence sequence) {
                removals.keepIfOwned(drop.schema(), sequence);
            } else if (change instanceof DropSchema drop) {
                Schema schema = drop.schema();
                schema.sequences().forEach(sequence -> removals.keepIfOwned(schema.name(), sequence));
            }
        }
        return removals;
    }

    /** Whether the plan drops the table, by itself or with its schema. */
    public boolean removesTable(QualifiedName table) {
        return tables.contains(table);
    }

    /** Whether the plan drops the column, by itself or with its table. */
    public boolean removesColumn(QualifiedName table, String column) {
        return tables.contains(table) || columns.contains(new ColumnName(table, column));
    }

    /** Whether the column that owns a sequence of {@code schema} goes away, and the sequence with it. */
    public boolean removesOwner(String schema, Sequence.Owner owner) {
        if (owner == null) {
            return false;
        }
        QualifiedName table = new QualifiedName(schema, owner.table());
        return tables.contains(table) || columns.contains(new ColumnName(table, owner.column()));
    }

    /** The dropped sequences owned by a column of {@code table}, which go with the table. */
    public List<Sequence> sequencesOwnedBy(QualifiedName table) {
        return ownedSequences.stream().filter(s -> s.table().equals(table)).map(OwnedSequence::sequence).toList();
    }

    /** The dropped sequences owned by {@code column} of {@code table}, which go with the column. */
    public List<Sequence> sequencesOwnedBy(QualifiedName table, String column) {
        return ownedSequences.stream()
                .filter(s -> s.table().equals(table) && s.sequence().ownedBy().column().equals(column))
                .map(OwnedSequence::sequence).toList();
    }

    /** Whether a dropped sequence goes with its owner rather than being dropped on its own. */
    public boolean goesWithOwner(String schema, Sequence sequence) {
        return removesOwner(schema, sequence.ownedBy());
    }

    private void keepIfOwned(String schema, Sequence sequence) {
        if (removesOwner(schema, sequence.ownedBy())) {
            ownedSequences.add(new OwnedSequence(new QualifiedName(schema, sequence.ownedBy().table()), sequence));
        }
    }

    private record ColumnName(QualifiedName table, String column) {
    }

    private record OwnedSequence(QualifiedName table, Sequence sequence) {
    }
}
