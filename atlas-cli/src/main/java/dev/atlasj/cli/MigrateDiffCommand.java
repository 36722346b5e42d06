package dev.atlasj.cli;

import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.migrate.MigrationDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Scope.Pair scopes = Scope.of(current, desired);
            if (scopes.current().schema() == null && !databases.devSchemas().isEmpty()) {
                Scope dev = new Scope(databases.devSchemas().get(0));
                scopes = new Scope.Pair(dev, dev);
            }
            Comparison comparison = Comparison.between(current, desired, scopes, options.renames, databases);
            if (comparison.synced() || comparison.plan().isEmpty()) {
                spec.commandLine().getOut().println(SYNCED);
                return 0;
            }
            MigrationText text = new MigrationText(comparison.plan(),
                    new ChangeComment(databases.dialect(desired)::quote), directory.format(),
                    scopes.current().schema());
            Path written = directory.addFile(directory.nextVersion(), name.value, text.up());
            if (directory.format() == DirectoryFormat.GOLANG_MIGRATE) {
                writeDown(written, text.down());
            }
        }
        return 0;
    }

    /** Fills the empty {@code .down.sql} beside {@code up}; golang-migrate's down files are not in {@code atlas.sum}. */
    private static void writeDown(Path up, String text) {
        String name = up.getFileName().toString();
        Path down = up.resolveSibling(name.substring(0, name.length() - ".up.sql".length()) + ".down.sql");
        try {
            Files.writeString(down, text);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + down + ": " + e.getMessage(), e);
        }
    }
}
