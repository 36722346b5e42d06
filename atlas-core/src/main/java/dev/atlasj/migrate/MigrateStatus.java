package dev.atlasj.migrate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a database stands against a migration directory, as Atlas's {@code migrate status} reports it.
 *
 * @param currentVersion the version of the last revision, empty when nothing has run
 * @param nextVersion the version of the first pending file, empty when nothing is pending
 * @param executed how many revisions the database records
 * @param pending the files a run would apply, in order
 * @param outOfOrder files older than the last applied one that never ran (see {@link ExecOrder})
 * @param lastRevision the last revision, when there is one: a partial one is resumed by the next run
 */
public record MigrateStatus(Optional<String> currentVersion, Optional<String> nextVersion, int executed,
        List<String> pending, List<String> outOfOrder, Optional<Revision> lastRevision) {

    public MigrateStatus {
        Objects.requireNonNull(currentVersion, "currentVersion");
        Objects.requireNonNull(nextVersion, "nextVersion");
        Objects.requireNonNull(lastRevision, "lastRevision");
        pending = List.copyOf(pending);
        outOfOrder = List.copyOf(outOfOrder);
    }

    /** Whether nothing is pending. */
    public boolean isOk() {
        return pending.isEmpty();
    }

    /** The error the last revision records, when its file failed. */
    public Optional<String> lastError() {
        return lastRevision.flatMap(Revision::error);
    }

    /**
     * Atlas's report: {@code Migration Status: OK} or {@code PENDING}, the versions and the counts; for a
     * partly applied last file, how many of its statements ran and are left, and the error that stopped it
     * (not shown once {@code set} resolved the file).
     */
    @Override
    public String toString() {
        Optional<Revision> partial = lastRevision.filter(Revision::isPartial);
        StringBuilder text = new StringBuilder("Migration Status: ").append(isOk() ? "OK" : "PENDING").append('\n')
                .append("  -- Current Version: ").append(currentVersion.orElse("No migration applied yet"))
                .append(partial.map(r -> " (" + r.applied() + " statements applied)").orElse("")).append('\n')
                .append("  -- Next Version:    ").append(nextVersion.orElse("Already at latest version"))
                .append(partial.map(r -> " (" + (r.total() - r.applied()) + " statements left)").orElse("")).append('\n')
                .append("  -- Executed Files:  ").append(executed).append(partial.map(r -> " (last one partially)").orElse(""))
                .append('\n')
                .append("  -- Pending Files:   ").append(pending.size());
        if (!outOfOrder.isEmpty()) {
            text.append("\n  -- Out of order:    ").append(String.join(", ", outOfOrder));
        }
        partial.filter(r -> r.error().isPresent()).ifPresent(r -> text.append("\n\nLast migration attempt had errors:")
                .append(r.errorStatement().map(sql -> "\n  -- SQL:   " + sql).orElse(""))
                .append("\n  -- ERROR: ").append(r.error().get()));
        return text.toString();
    }
}
