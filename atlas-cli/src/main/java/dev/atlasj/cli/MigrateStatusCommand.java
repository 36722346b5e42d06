package dev.atlasj.cli;

import dev.atlasj.migrate.MigrationDirectory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atlas migrate status}: where a database stands against the migration directory. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Get information about the current migration status.",
            "Reads the database's atlas_schema_revisions table and prints \"Migration Status: OK\" when every file is"
                    + " applied, \"Migration Status: PENDING\" otherwise, with the current and next versions and the"
                    + " counts of executed and pending files, and the error of the last file when it failed. Exits"
                    + " with 0 either way; changes nothing."},
        footer = {"", "Examples:",
            "  atlas migrate status --url \"postgres://user:pass@localhost:5432/shop?sslmode=disable\"",
            "  atlas migrate status --url mysql://user:pass@localhost:3306/shop --dir file:///srv/app/migrations"})
final class MigrateStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Mixin
    DirectoryOption dir;

    @Override
    public Integer call() {
        MigrationDirectory directory = dir.open();
        directory.checkSum();
        try (Databases databases = new Databases(null)) {
            spec.commandLine().getOut().println(target.migrator(databases, directory).status());
        }
        return 0;
    }
}
