package dev.atlasj.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code atlas}: the root command, which only holds the subcommands and the options they share. */
@Command(
        name = "atlas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {SchemaCommand.class, MigrateCommand.class},
        description = "Manage database schemas as code: atlasj, Atlas's commands and flags on the JVM.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the command failed (the message says why)", "2:invalid usage"},
        footer = {"", "Run 'atlas COMMAND --help' to see what a command does and the flags it takes."})
final class AtlasCommand {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print its stack trace as well as its message. Setting the environment"
                    + " variable " + AtlasCli.DEBUG_VARIABLE + "=true does the same.")
    boolean debug;
}
