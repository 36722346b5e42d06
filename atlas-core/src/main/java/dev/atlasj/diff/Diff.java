package dev.atlasj.diff;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The differences between two schema states, as typed changes.
 *
 * <p>Prints as one line per change ({@code add table public.users}), so it reads well in logs and
 * test failures.
 *
 * @param changes the changes, in the differ's order (not an order to run them in: that is the plan's)
 */
public record Diff(List<SchemaChange> changes) {

    public Diff {
        changes = List.copyOf(changes);
    }

    /** Whether the two states are the same. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes that throw data away (see {@link SchemaChange#isDestructive()}). */
    public List<SchemaChange> destructiveChanges() {
        return changes.stream().filter(SchemaChange::isDestructive).toList();
    }

    @Override
    public String toString() {
        return changes.isEmpty() ? "no changes" : changes.stream().map(SchemaChange::describe).collect(Collectors.joining("\n"));
    }
}
