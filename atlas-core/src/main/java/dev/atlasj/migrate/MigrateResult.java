package dev.atlasj.migrate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a migration run did (or, for a dry run, would do): the files in the order they ran.
 *
 * @param fromVersion the database's version before the run, empty when nothing had run
 * @param toVersion the version after the run, empty when nothing has run
 * @param files the files that ran
 * @param duration how long the whole run took, waiting for the lock included
 * @param dryRun whether nothing was actually run
 */
public record MigrateResult(Optional<String> fromVersion, Optional<String> toVersion, List<AppliedFile> files,
        Duration duration, boolean dryRun) {

    /**
     * One file of a run.
     *
     * @param name the file, relative to its directory
     * @param version its version
     * @param statements how many statements ran in this run (fewer than the file has when it was resumed)
     * @param resumedAt how many statements had run before, when the file was resumed; 0 otherwise
     * @param duration how long the file ran
     */
    public record AppliedFile(String name, String version, int statements, int resumedAt, Duration duration) {

        public AppliedFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public String toString() {
            return name + ": " + plural(statements, "statement")
                    + (resumedAt > 0 ? " (resumed after statement " + resumedAt + ")" : "")
                    + " in " + duration.toMillis() + " ms";
        }
    }

    public MigrateResult {
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(toVersion, "toVersion");
        Objects.requireNonNull(duration, "duration");
        files = List.copyOf(files);
    }

    /** Whether nothing was pending. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The number of statements run, over all files. */
    public int statements() {
        return files.stream().mapToInt(AppliedFile::statements).sum();
    }

    /**
     * Atlas's summary: {@code No migration files to execute}, or the versions, then a line per file and
     * the totals.
     */
    @Override
    public String toString() {
        if (files.isEmpty()) {
            return "No migration files to execute";
        }
        StringBuilder text = new StringBuilder(dryRun ? "Would migrate" : "Migrating")
                .append(" to version ").append(toVersion.orElse(""))
                .append(fromVersion.map(v -> " from " + v).orElse(""))
                .append(" (").append(plural(files.size(), "migration")).append(" in total):\n");
        for (AppliedFile file : files) {
            text.append("  -- ").append(dryRun ? file.name() + ": " + plural(file.statements(), "statement") : file)
                    .append('\n');
        }
        return text.append("  ").append(plural(files.size(), "migration")).append(", ")
                .append(plural(statements(), "statement"))
                .append(dryRun ? " (dry run, nothing ran)" : " in " + duration.toMillis() + " ms")
                .toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
