package dev.atlasj.diff;

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
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Compares one table present on both sides, part by part. */
final class TableDiffer {

    private final DiffRules rules;
    private final Table from;
    private final Table to;
    private final List<TableChange> changes = new ArrayList<>();

    TableDiffer(DiffRules rules, Table from, Table to) {
        this.rules = rules;
        this.from = from;
        this.to = to;
    }

    List<TableChange> changes() {
        if (!Objects.equals(from.comment(), to.comment()) || !from.attributes().equals(to.attributes())) {
            changes.add(new ModifyTableOptions(from, to));
        }
        columns();
        primaryKey();
        indexes();
        foreignKeys();
        checks();
        return changes;
    }

    private void columns() {
        Map<String, Column> wanted = byName(to.columns(), Column::name);
        for (Column column : from.columns()) {
            Column target = wanted.get(column.name());
            if (target == null) {
                changes.add(new DropColumn(column));
                continue;
            }
            Set<ColumnChangeKind> kinds = columnChanges(column, target);
            if (!kinds.isEmpty()) {
                changes.add(new ModifyColumn(column, target, kinds));
            }
        }
        Map<String, Column> present = byName(from.columns(), Column::name);
        for (Column column : to.columns()) {
            if (!present.containsKey(column.name())) {
                changes.add(new AddColumn(column));
            }
        }
    }

    private Set<ColumnChangeKind> columnChanges(Column a, Column b) {
        Set<ColumnChangeKind> kinds = EnumSet.noneOf(ColumnChangeKind.class);
        if (!a.type().canonical().equals(b.type().canonical())) {
            kinds.add(ColumnChangeKind.TYPE);
        }
        if (a.nullable() != b.nullable()) {
            kinds.add(ColumnChangeKind.NULLABILITY);
        }
        if (!rules.sameDefault(a, b)) {
            kinds.add(ColumnChangeKind.DEFAULT);
        }
        if (!Objects.equals(a.generated(), b.generated())) {
            kinds.add(ColumnChangeKind.GENERATED);
        }
        if (!Objects.equals(a.collation(), b.collation())) {
            kinds.add(ColumnChangeKind.COLLATION);
        }
        if (!Objects.equals(a.comment(), b.comment())) {
            kinds.add(ColumnChangeKind.COMMENT);
        }
        if (!a.attributes().equals(b.attributes())) {
            kinds.add(ColumnChangeKind.ATTRIBUTES);
        }
        return kinds;
    }

    private void primaryKey() {
        PrimaryKey a = from.primaryKey();
        PrimaryKey b = to.primaryKey();
        if (a == null && b == null) {
            return;
        }
        if (a == null) {
            changes.add(new AddPrimaryKey(b));
        } else if (b == null) {
            changes.add(new DropPrimaryKey(a));
        } else if (!a.columns().equals(b.columns()) || !a.attributes().equals(b.attributes())
                || !sameName(a.name(), b.name(), rules.isGeneratedName(to, b, b.name()))) {
            changes.add(new ModifyPrimaryKey(a, b));
        }
    }

    private void indexes() {
        matchByName(from.indexes(), to.indexes(), Index::name,
                (a, b) -> a.withName(b.name()).withComment(null).equals(b.withComment(null)),
                (b) -> rules.isGeneratedName(to, b, b.name()),
                DropIndex::new, AddIndex::new,
                (a, b) -> changes.add(new ModifyIndex(a, b)));
    }

    private void foreignKeys() {
        matchByName(from.foreignKeys(), to.foreignKeys(), ForeignKey::name,
                (a, b) -> a.withName(b.name()).equals(b),
                (b) -> rules.isGeneratedName(to, b, b.name()),
                DropForeignKey::new, AddForeignKey::new,
                (a, b) -> changes.add(new ModifyForeignKey(a, b)));
    }

    private void checks() {
        matchByName(from.checks(), to.checks(), Check::name,
                (a, b) -> a.withName(b.name()).equals(b),
                (b) -> b.name() == null || rules.isGeneratedName(to, b, b.name()),
                DropCheck::new, AddCheck::new,
                (a, b) -> changes.add(new ModifyCheck(a, b)));
    }

    /**
     * Pairs current and desired items in three rounds. Equal items are left alone. Then a desired
     * item whose name the database would have generated (the user did not choose it) takes a current
     * item of the same content under any name, so that an identical constraint is not dropped and
     * re-added, nor rewritten when the generated names fell on other items (two unnamed checks written
     * in the other order swap {@code t_a_check} and {@code t_a_check1}). Then the remaining items of
     * the same name are reported as modified. What is left on either side is dropped or added.
     */
    private <T> void matchByName(List<T> current, List<T> desired, Function<T, String> name,
            BiPredicate<T, T> sameContent, java.util.function.Predicate<T> generatedName,
            Function<T, TableChange> drop, Function<T, TableChange> add, java.util.function.BiConsumer<T, T> modified) {
        List<T> unmatchedCurrent = new ArrayList<>(current);
        List<T> unmatchedDesired = new ArrayList<>();
        for (T target : desired) {
            if (!unmatchedCurrent.remove(target)) {
                unmatchedDesired.add(target);
            }
        }
        for (Iterator<T> it = unmatchedDesired.iterator(); it.hasNext(); ) {
            T target = it.next();
            if (!generatedName.test(target)) {
                continue;
            }
            for (Iterator<T> candidates = unmatchedCurrent.iterator(); candidates.hasNext(); ) {
                if (sameContent.test(candidates.next(), target)) {
                    candidates.remove();
                    it.remove();
                    break;
                }
            }
        }
        for (Iterator<T> it = unmatchedDesired.iterator(); it.hasNext(); ) {
            T target = it.next();
            for (Iterator<T> candidates = unmatchedCurrent.iterator(); candidates.hasNext(); ) {
                T item = candidates.next();
                if (name.apply(target) != null && name.apply(target).equals(name.apply(item))) {
                    modified.accept(item, target);
                    candidates.remove();
                    it.remove();
                    break;
                }
            }
        }
        unmatchedCurrent.forEach(item -> changes.add(drop.apply(item)));
        unmatchedDesired.forEach(item -> changes.add(add.apply(item)));
    }

    private static boolean sameName(String a, String b, boolean desiredNameGenerated) {
        return b == null || desiredNameGenerated || b.equals(a);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(name.apply(item), item);
        }
        return map;
    }
}
