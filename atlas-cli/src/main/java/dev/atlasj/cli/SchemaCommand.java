package dev.atlasj.cli;

import picocli.CommandLine.Command;

/** {@code atlas schema}: the commands that work on a database's schema as a whole. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {SchemaInspectCommand.class, SchemaDiffCommand.class, SchemaApplyCommand.class},
        description = "Work with the schema of a database.")
final class SchemaCommand {
}
