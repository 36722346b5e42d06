package dev.atlasj.cli;

import picocli.CommandLine.Command;

/** {@code atlas migrate}: the commands that work on a directory of versioned migration files. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {MigrateDiffCommand.class, MigrateHashCommand.class, MigrateNewCommand.class,
            MigrateValidateCommand.class},
        description = {
            "Manage versioned migration files: a directory of VERSION_NAME.sql files and the atlas.sum that proves"
                    + " they are the files that were reviewed, compatible with Atlas's.",
            "Every command but hash first checks the directory against its atlas.sum and stops on a file added,"
                    + " edited or removed since."})
final class MigrateCommand {
}
