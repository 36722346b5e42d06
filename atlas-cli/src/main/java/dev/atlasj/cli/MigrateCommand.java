package dev.atlasj.cli;

import picocli.CommandLine.Command;

/** {@code atlas migrate}: the commands that work on a directory of versioned migration files. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {MigrateApplyCommand.class, MigrateDiffCommand.class, MigrateHashCommand.class,
            MigrateNewCommand.class, MigrateSetCommand.class, MigrateStatusCommand.class, MigrateValidateCommand.class},
        description = {
            "Manage versioned migration files.",
            "A migration directory holds VERSION_NAME.sql files and the atlas.sum that proves they are the files"
                    + " that were reviewed, as Atlas writes them.",
            "Every command but hash first checks the directory against its atlas.sum and stops on a file added,"
                    + " edited or removed since."})
final class MigrateCommand {
}
