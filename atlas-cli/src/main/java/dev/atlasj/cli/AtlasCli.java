package dev.atlasj.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The {@code atlas} command: the entry point of the runnable jar, and a way to run the command
 * line in-process with its output captured.
 */
public final class AtlasCli {

    /** The environment variable that, set to {@code true} or {@code 1}, makes errors print their stack trace. */
    public static final String DEBUG_VARIABLE = "ATLAS_DEBUG";

    private AtlasCli() {
    }

    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        System.exit(run(args, out, err, System.getenv()));
    }

    /**
     * Runs {@code atlas ARGS…}.
     *
     * @param out where results go
     * @param err where errors and diagnostics go
     * @param environment the environment variables to honour ({@value #DEBUG_VARIABLE})
     * @return the exit code: 0 on success, 1 when the command failed, 2 on invalid usage
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return run(args, out, err, environment, Terminal.system());
    }

    /** Runs {@code atlas ARGS…}, asking {@code terminal} where a command needs approval. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new AtlasCommand(), factory(terminal))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrorReporter())
                .setExecutionExceptionHandler(new ErrorReporter(debugRequested(environment)));
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Creates the commands, handing the terminal to those that ask questions. */
    private static IFactory factory(Terminal terminal) {
        IFactory defaults = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == SchemaApplyCommand.class ? type.cast(new SchemaApplyCommand(terminal)) : defaults.create(type);
            }
        };
    }

    private static boolean debugRequested(Map<String, String> environment) {
        String value = environment.getOrDefault(DEBUG_VARIABLE, "");
        return value.equalsIgnoreCase("true") || value.equals("1");
    }
}
