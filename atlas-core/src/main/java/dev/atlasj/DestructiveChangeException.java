package dev.atlasj;

import dev.atlasj.diff.SchemaChange;
import java.util.List;
import java.util.stream.Collectors;

/** A plan would drop data and the caller did not allow it. Nothing was applied. */
public class DestructiveChangeException extends AtlasException {

    private final List<SchemaChange> changes;

    public DestructiveChangeException(List<SchemaChange> changes) {
        super("the plan drops data and destructive changes are not allowed, so nothing was applied: "
                + changes.stream().map(SchemaChange::describe).collect(Collectors.joining("; "))
                + ". Allow them explicitly (ApplyOptions.defaults().allowDestructiveChanges()) if that is intended.");
        this.changes = List.copyOf(changes);
    }

    /** The changes that would drop data. */
    public List<SchemaChange> changes() {
        return changes;
    }
}
