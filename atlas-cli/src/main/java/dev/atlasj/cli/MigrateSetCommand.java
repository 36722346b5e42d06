package dev.atlasj.cli;

import dev.atlasj.migrate.MigrateSetResult;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.Migrator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas migrate set}: edits the revisions table so that the database is at a version, running nothing. */
@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Set the current version of the migration history table.",
            "Records the database as being at VERSION without running any file: revisions after it are removed,"
                    + " files up to it that never ran are recorded as applied, and a failed or partly applied"
                    + " revision of VERSION is marked resolved. Use it after a change was made by hand, or to undo"
                    + " a revision.",
            "Without VERSION, the directory's last file is meant; with an empty directory, every revision is removed."
                    + " Prints the revisions it set (+) and removed (-)."},
        footer = {"", "Examples:",
            "  atlas migrate set 20240101000000 --url \"postgres://user:pass@localhost:5432/shop?sslmode=disable\"",
            "  atlas migrate set --url mysql://user:pass@localhost:3306/shop --dir file:///srv/app/migrations"})
final class MigrateSetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION",
            description = "The version to record the database at: the version of one of the directory's files.")
    String version;

    @Mixin
    TargetOptions target;

    @Mixin
    DirectoryOption dir;

    @Override
    public Integer call() {
        MigrationDirectory directory = dir.open();
        directory.checkSum();
        try (Databases databases = new Databases(null)) {
            Migrator migrator = target.migrator(databases, directory);
            MigrateSetResult result = version == null ? migrator.set() : migrator.set(version);
            spec.commandLine().getOut().print(result);
        }
        return 0;
    }
}
