package dev.atlasj.postgres.internal.plan;

import dev.atlasj.PlanException;
import dev.atlasj.diff.ColumnChangeKind;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.AddColumn;
import dev.atlasj.diff.TableChange.DropColumn;
import dev.atlasj.diff.TableChange.ModifyColumn;
import dev.atlasj.diff.TableChange.RenameColumn;
import dev.atlasj.schema.Column;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The column changes of a partition less what its parent's changes make. A partition has its
 * parent's columns: adding, dropping or renaming one, or changing its type, collation or
 * generation, is done on the parent, and PostgreSQL does it in every partition. What a partition
 * sets apart from its parent (its own default, NOT NULL, comment) is still the partition's to make.
 */
final class InheritedColumns {

    /** What PostgreSQL changes in a partition's column when its parent's changes. */
    private static final Set<ColumnChangeKind> INHERITED_KINDS =
            EnumSet.of(ColumnChangeKind.TYPE, ColumnChangeKind.COLLATION, ColumnChangeKind.GENERATED);

    private final QualifiedName partition;
    private final QualifiedName parent;
    private final Alterations alterations;

    /**
     * @param parent the table's parent, which it stays a partition of, or {@code null} for a table
     *     that is not a partition: then every change is the table's own
     */
    InheritedColumns(QualifiedName partition, QualifiedName parent, Alterations alterations) {
        this.partition = partition;
        this.parent = parent;
        this.alterations = alterations;
    }

    /**
     * What is left of {@code change} for the partition to make, if anything.
     *
     * @throws PlanException when the change is one only the parent can make and its changes lack it
     */
    Optional<TableChange> ownPart(TableChange change) {
        if (parent == null) {
            return Optional.of(change);
        }
        if (change instanceof AddColumn add) {
            Column inherited = parentChange(AddColumn.class, a -> a.column().name().equals(add.column().name()),
                    add.column(), "adding it").column().withComment(null);
            return modification(inherited, add.column(), ownDifferences(inherited, add.column()));
        }
        if (change instanceof DropColumn drop) {
            parentChange(DropColumn.class, d -> d.column().name().equals(drop.column().name()), drop.column(),
                    "dropping it");
            return Optional.empty();
        }
        if (change instanceof RenameColumn rename) {
            parentChange(RenameColumn.class, r -> r.from().name().equals(rename.from().name())
                    && r.to().name().equals(rename.to().name()), rename.from(), "renaming it to " + rename.to().name());
            return Optional.empty();
        }
        if (change instanceof ModifyColumn modify && !Collections.disjoint(modify.kinds(), INHERITED_KINDS)) {
            Set<ColumnChangeKind> inherited = EnumSet.copyOf(modify.kinds());
            inherited.retainAll(INHERITED_KINDS);
            parentChange(ModifyColumn.class, m -> m.to().name().equals(modify.to().name())
                    && m.kinds().containsAll(inherited), modify.to(), "changing its " + inherited.stream()
                    .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" and ")));
            Set<ColumnChangeKind> own = EnumSet.copyOf(modify.kinds());
            own.removeAll(INHERITED_KINDS);
            return modification(modify.from(), modify.to(), own);
        }
        return Optional.of(change);
    }

    /** What the partition's column sets apart from the column its parent adds. */
    private static Set<ColumnChangeKind> ownDifferences(Column inherited, Column own) {
        Set<ColumnChangeKind> kinds = EnumSet.noneOf(ColumnChangeKind.class);
        if (!Objects.equals(inherited.defaultExpression(), own.defaultExpression())) {
            kinds.add(ColumnChangeKind.DEFAULT);
        }
        if (inherited.nullable() != own.nullable()) {
            kinds.add(ColumnChangeKind.NULLABILITY);
        }
        if (own.comment() != null) {
            kinds.add(ColumnChangeKind.COMMENT);
        }
        return kinds;
    }

    private static Optional<TableChange> modification(Column from, Column to, Set<ColumnChangeKind> kinds) {
        return kinds.isEmpty() ? Optional.empty() : Optional.of(new ModifyColumn(from, to, kinds));
    }

    private <T extends TableChange> T parentChange(Class<T> kind, Predicate<T> same, Column column, String what) {
        return alterations.changesOf(parent).stream().filter(kind::isInstance).map(kind::cast).filter(same)
                .findFirst().orElseThrow(() -> new PlanException("partition " + partition + " cannot change its column "
                        + column.name() + " on its own (" + what + "): a partition has the columns of its parent "
                        + parent + ", so the change must be made there, and the desired schema does not make it"));
    }
}
