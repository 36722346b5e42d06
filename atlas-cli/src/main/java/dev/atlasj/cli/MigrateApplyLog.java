package dev.atlasj.cli;

import dev.atlasj.migrate.MigrateResult;
import dev.atlasj.migrate.MigrateResult.AppliedFile;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationStatement;
import dev.atlasj.sql.SqlSyntax;
import java.util.List;

/**
 * What {@code migrate apply} prints, in the layout of Atlas's default apply log: the versions, each file with
 * the statements that ran ({@code ->}) and its time, then the totals. A dry run lists what would run.
 */
final class MigrateApplyLog {

    /** What Atlas prints when nothing is pending. */
    static final String NOTHING_TO_DO = "No migration files to execute";

    private MigrateApplyLog() {
    }

    /** The log of {@code result}, a run of {@code directory}, whose files are split as {@code syntax} says. */
    static String of(MigrateResult result, MigrationDirectory directory, SqlSyntax syntax) {
        if (result.isEmpty()) {
            return NOTHING_TO_DO + "\n";
        }
        StringBuilder text = new StringBuilder("Migrating to version ").append(result.toVersion().orElse(""))
                .append(result.fromVersion().map(v -> " from " + v).orElse(""))
                .append(" (").append(result.files().size()).append(" migrations in total):\n");
        for (AppliedFile file : result.files()) {
            text.append("\n  -- migrating version ").append(file.version());
            if (file.resumedAt() > 0) {
                text.append(" (resuming after statement ").append(file.resumedAt()).append(')');
            }
            for (MigrationStatement statement : statements(directory, syntax, file)) {
                String sql = statement.text().strip();
                text.append("\n    -> ").append(sql).append(sql.endsWith(";") ? "" : ";");
            }
            text.append("\n  -- ok (").append(GoDuration.format(file.duration())).append(")\n");
        }
        text.append("\n  -------------------------\n  -- ").append(GoDuration.format(result.duration()))
                .append("\n  -- ").append(result.files().size()).append(" migrations")
                .append("\n  -- ").append(result.statements()).append(" sql statements\n");
        if (result.dryRun()) {
            text.append("  -- dry run: nothing was applied\n");
        }
        return text.toString();
    }

    private static List<MigrationStatement> statements(MigrationDirectory directory, SqlSyntax syntax, AppliedFile applied) {
        MigrationFile file = directory.files().stream().filter(f -> f.name().equals(applied.name())).findFirst()
                .orElseThrow();
        List<MigrationStatement> all = file.statements(syntax);
        return all.subList(applied.resumedAt(), Math.min(all.size(), applied.resumedAt() + applied.statements()));
    }
}
