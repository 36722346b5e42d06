package dev.atlasj.cli;

import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atlas migrate diff}: writes the next migration file, from the directory's state to the desired one. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Compute the diff between the migration directory and a desired state and create a new migration file.",
            "Runs every file of the directory on the dev database, compares the result with the desired state of"
                    + " --to (in the schema of a search_path parameter, on --to or --dev-url, or in every schema),"
                    + " and writes the statements that take one to the other as the next file"
                    + " (VERSION_NAME.sql, each statement under a comment saying what it does), then updates atlas.sum.",
            "Prints \"" + MigrateDiffCommand.SYNCED + "\" and writes nothing when there is nothing to do."},
        footer = {
            "",
            Comparison.URL_HELP,
            "",
            "Examples:",
            "  atlas migrate diff add_users --to file://schema.sql",
            "  atlas migrate diff --to file://schema/ --dir \"file://db?format=golang-migrate\"",
            "  atlas migrate diff add_users --to postgres://localhost/shop \\",
            "      --dev-url postgres://localhost/dev"})
final class MigrateDiffCommand implements Callable<Integer> {

    /** What Atlas prints when the directory already leads to the desired state. */
    static final String SYNCED = "The migration directory is synced with the desired state, no changes to be made";

    @Spec
    CommandSpec spec;

    @Mixin
    MigrationName name;

    @Mixin
    DirectoryOption dir;

    @Mixin
    DesiredStateOption to;

    @Mixin
    ComparisonOptions options;

    @Override
    public Integer call() {
        Side desired = to.side();
        MigrationDirectory directory = dir.openCreating();
        directory.checkSum();
        try (Databases databases = new Databases(options.devUrl)) {
            Side current = dir.side();
            Scope scope = Scope.of(current, desired);
            if (scope.schema() == null && !databases.devSchemas().isEmpty()) {
                scope = new Scope(databases.devSchemas().get(0));
            }
            Comparison comparison = Comparison.between(current, desired, scope, options.renames, databases);
            if (comparison.synced()) {
                spec.commandLine().getOut().println(SYNCED);
                return 0;
            }
            ChangeComment comments = new ChangeComment(databases.dialect(desired)::quote);
            directory.addFile(directory.nextVersion(), name.value, text(comparison.plan(), comments));
        }
        return 0;
    }

    /**
     * The file's text: each statement under a comment line, ending in {@code ;}, as Atlas lays it out. A
     * plan that cannot run in one transaction (an enum value used after it is added) makes a file that
     * runs without one.
     */
    private static String text(Plan plan, ChangeComment comments) {
        StringBuilder text = new StringBuilder(plan.transactional() ? "" : "-- atlas:txmode none\n\n");
        for (PlannedStatement statement : plan.statements()) {
            text.append("-- ").append(comments.of(statement)).append('\n').append(statement.sql()).append(";\n");
        }
        return text.toString();
    }
}
