package dev.atlasj.cli;

import dev.atlasj.migrate.MigrateResult;
import dev.atlasj.migrate.MigrateResult.AppliedFile;
import dev.atlasj.migrate.MigrationFailedException;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationListener;
import dev.atlasj.migrate.MigrationStatement;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate apply} prints as the run goes, in the layout of Atlas's default apply log: the versions,
 * each file with the statements that ran ({@code ->}) and its time, then the totals; a failed statement's
 * error in its file's place, and the totals that say what was ok. A dry run lists what would run.
 */
final class MigrateApplyLog implements MigrationListener {

    /** What Atlas prints when nothing is pending. */
    static final String NOTHING_TO_DO = "No migration files to execute";

    private final PrintWriter out;
    private boolean started;
    private int files;
    private int statements;

    MigrateApplyLog(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void runStarting(Optional<String> fromVersion, String toVersion, List<MigrationFile> pending) {
        started = true;
        out.print("Migrating to version " + toVersion + fromVersion.map(v -> " from " + v).orElse("") + " ("
                + pending.size() + " migrations in total):\n");
        out.flush();
    }

    @Override
    public void fileStarting(MigrationFile file, int resumeAt) {
        out.print("\n  -- migrating version " + file.version()
                + (resumeAt > 0 ? " (resuming after statement " + resumeAt + ")" : ""));
        out.flush();
    }

    @Override
    public void statementRan(MigrationStatement statement) {
        statements++;
        String sql = statement.text().strip();
        out.print("\n    -> " + sql + (sql.endsWith(";") ? "" : ";"));
        out.flush();
    }

    @Override
    public void fileDone(AppliedFile file) {
        files++;
        out.print("\n  -- ok (" + GoDuration.format(file.duration()) + ")\n");
        out.flush();
    }

    /** Ends the log of a run that went through. */
    void finished(MigrateResult result) {
        if (result.isEmpty()) {
            out.println(NOTHING_TO_DO);
            return;
        }
        totals(result.duration());
        out.print("  -- " + result.files().size() + " migrations\n  -- " + result.statements() + " sql statements\n");
        if (result.dryRun()) {
            out.print("  -- dry run: nothing was applied\n");
        }
        out.flush();
    }

    /** Ends the log of a run that {@code failure} stopped after {@code took}; nothing when no file had started. */
    void failed(MigrationFailedException failure, Duration took) {
        if (!started) {
            return;
        }
        String reason = failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage();
        out.print("\n    " + String.valueOf(reason).strip().replaceAll("\\s*\\R\\s*", " ") + "\n");
        totals(took);
        out.print("  -- " + files + " migrations ok (1 with errors)\n  -- " + statements
                + " sql statements ok (1 with errors)\n");
        out.flush();
    }

    private void totals(Duration took) {
        out.print("\n  -------------------------\n  -- " + GoDuration.format(took) + "\n");
    }
}
