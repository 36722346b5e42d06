package dev.atlasj.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Migrator#set(String)} changed in the revisions table, and where the database stands after it.
 *
 * @param set the revisions written: files recorded as resolved, a failed or partial revision marked resolved
 * @param removed the revisions deleted: those after the version set, or all of them when the revisions were purged
 * @param status where the database stands afterwards
 */
public record MigrateSetResult(List<Revision> set, List<Revision> removed, MigrateStatus status) {

    public MigrateSetResult {
        set = List.copyOf(set);
        removed = List.copyOf(removed);
        Objects.requireNonNull(status, "status");
    }

    /** Whether the revisions table was left as it was. */
    public boolean isEmpty() {
        return set.isEmpty() && removed.isEmpty();
    }

    /**
     * Atlas's summary: {@code Current version is V (1 set, 2 removed):} or {@code All revisions deleted (N in total):},
     * then a {@code +} or {@code -} line per revision, by version; empty when nothing changed.
     */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (status.currentVersion().isEmpty()) {
            text.append("All revisions deleted (").append(removed.size()).append(" in total):\n");
        } else {
            List<String> counts = new ArrayList<>();
            if (!set.isEmpty()) {
                counts.add(set.size() + " set");
            }
            if (!removed.isEmpty()) {
                counts.add(removed.size() + " removed");
            }
            text.append("Current version is ").append(status.currentVersion().get()).append(" (")
                    .append(String.join(", ", counts)).append("):\n");
        }
        text.append('\n');
        List<String[]> lines = new ArrayList<>();
        set.forEach(r -> lines.add(new String[] {r.version(), "+", r.description()}));
        removed.forEach(r -> lines.add(new String[] {r.version(), "-", r.description()}));
        lines.sort(Comparator.comparing(l -> l[0]));
        for (String[] line : lines) {
            text.append("  ").append(line[1]).append(' ').append(line[0])
                    .append(line[2].isEmpty() ? "" : " (" + line[2] + ")").append('\n');
        }
        return text.toString();
    }
}
