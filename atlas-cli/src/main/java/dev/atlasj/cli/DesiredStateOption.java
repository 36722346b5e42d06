package dev.atlasj.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --to} flag of the commands that bring something to a desired state: {@code schema apply}, {@code migrate diff}. */
final class DesiredStateOption {

    @Option(names = "--to", required = true, paramLabel = "URL", order = 2,
            description = "The desired state: SQL files or a database (see URLs below). Repeat the flag to compose"
                    + " several into one state.")
    List<String> urls;

    /** The desired state as a side of the comparison. */
    Side side() {
        return Side.parse("--to", urls);
    }
}
