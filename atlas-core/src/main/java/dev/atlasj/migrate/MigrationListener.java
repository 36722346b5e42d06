package dev.atlasj.migrate;

import dev.atlasj.migrate.MigrateResult.AppliedFile;
import java.util.List;
import java.util.Optional;

/**
 * Hears a migration run as it goes, for progress output such as the {@code atlas migrate apply} log; give
 * one to {@link Migrator#listener}. Calls come on the thread of the run, inside its lock; every method does
 * nothing by default. A run with nothing pending calls none of them. A dry run calls them all, as if its
 * statements ran.
 */
public interface MigrationListener {

    /** The pending files are known and about to run: from {@code fromVersion} (empty when nothing ran) to {@code toVersion}. */
    default void runStarting(Optional<String> fromVersion, String toVersion, List<MigrationFile> files) {
    }

    /** {@code file} starts, after its first {@code resumeAt} statements, which ran in an earlier run. */
    default void fileStarting(MigrationFile file, int resumeAt) {
    }

    /** {@code statement} ran (or, in a dry run, would run). */
    default void statementRan(MigrationStatement statement) {
    }

    /** {@code file} ran to its end. */
    default void fileDone(AppliedFile file) {
    }
}
