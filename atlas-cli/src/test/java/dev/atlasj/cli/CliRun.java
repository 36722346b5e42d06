package dev.atlasj.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One in-process run of the {@code atlas} command line, with what it printed.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun atlas(String... args) {
        return atlas(Map.of(), args);
    }

    static CliRun atlas(Map<String, String> environment, String... args) {
        return atlas(environment, ScriptedTerminal.NONE, args);
    }

    /** Runs with {@code terminal} as the person to ask. */
    static CliRun atlas(Terminal terminal, String... args) {
        return atlas(Map.of(), terminal, args);
    }

    private static CliRun atlas(Map<String, String> environment, Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err), environment, terminal);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Everything the run printed. */
    String output() {
        return out + err;
    }
}
