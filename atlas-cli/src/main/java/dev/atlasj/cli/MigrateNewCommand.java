package dev.atlasj.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code atlas migrate new}: adds an empty migration file with the next version. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Creates a new empty migration file in the migration directory.",
            "The file is named as the directory's format names files, with the current UTC time as its version:"
                    + " VERSION_NAME.sql, such as 20240101120000_add_users.sql (golang-migrate: .up.sql and .down.sql;"
                    + " flyway: VVERSION__NAME.sql). atlas.sum is updated to cover it; the directory is created when"
                    + " it does not exist. Prints nothing."},
        footer = {"", "Examples:", "  atlas migrate new add_users", "  atlas migrate new --dir file://db/migrations add_users"})
final class MigrateNewCommand implements Callable<Integer> {

    @Mixin
    MigrationName name;

    @Mixin
    DirectoryOption dir;

    @Override
    public Integer call() {
        var directory = dir.openCreating();
        directory.addFile(directory.nextVersion(), name.value, "");
        return 0;
    }
}
