package dev.atlasj.cli;

import dev.atlasj.url.DatabaseUrl;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that does not parse: what is wrong, a suggestion when picocli has one, and
 * where to read the usage; exit code 2. Arguments are redacted, since a misplaced URL may carry a
 * password.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = e.getMessage();
        for (String arg : args) {
            String redacted = DatabaseUrl.redact(arg);
            if (!redacted.equals(arg)) {
                message = message.replace(arg, redacted);
            }
        }
        err.println("Error: " + message);
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
}
