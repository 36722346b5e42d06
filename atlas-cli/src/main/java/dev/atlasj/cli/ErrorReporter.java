package dev.atlasj.cli;

import dev.atlasj.AtlasException;
import dev.atlasj.migrate.ChecksumMismatchException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that ends a command into one paragraph on standard error and exit code 1; the
 * stack trace follows only with {@code --debug} or {@value AtlasCli#DEBUG_VARIABLE}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    /** What Atlas prints before a checksum error. */
    private static final String CHECKSUM_HELP = "You have a checksum error in your migration directory.\n"
            + "This happens if you manually create or edit a migration file.\n"
            + "Please check your migration files and run\n\n"
            + "'atlas migrate hash'\n\n"
            + "to re-hash the contents and resolve the error\n";

    private final boolean debugFromEnvironment;

    ErrorReporter(boolean debugFromEnvironment) {
        this.debugFromEnvironment = debugFromEnvironment;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ChecksumMismatchException) {
            err.println(CHECKSUM_HELP);
        }
        err.println("Error: " + message(e));
        if (debugFromEnvironment || debugFlagGiven(parseResult)) {
            e.printStackTrace(err);
        }
        return 1;
    }

    private static String message(Exception e) {
        if (e instanceof CommandFailure || e instanceof AtlasException) {
            return e.getMessage();
        }
        return "unexpected " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ". This is a bug in atlasj: run again with --debug and report what it prints.";
    }

    private static boolean debugFlagGiven(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
