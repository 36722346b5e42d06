package dev.atlasj.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas schema diff}: prints what it takes to turn one schema state into another. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Compare two schema states and print the SQL that turns the first into the second.",
            "Prints one statement per line, or \"" + Comparison.SYNCED + "\" when the states are the same;"
                    + " changes nothing.",
            "A search_path parameter in either URL (a MySQL URL's database) limits the comparison to that schema on"
                    + " both sides; without one, every user schema is compared, and a schema on one side only is created"
                    + " or dropped. Two URLs scoped to schemas of different names compare them as one schema."},
        footer = {
            "",
            Comparison.URL_HELP,
            "",
            "Examples:",
            "  atlas schema diff --from postgres://localhost/v1 --to postgres://localhost/v2",
            "  atlas schema diff --from postgres://localhost/shop --to file://schema.sql",
            "  atlas schema diff --from \"postgres://localhost/v1?search_path=shop\" --to …",
            "  atlas schema diff --from mysql://root@localhost:3306/db1 --to mysql://root@localhost:3306/db2",
            "  atlas schema diff --from … --to … --rename column:public.users.name=full_name",
            "  atlas schema diff --from … --to … --format json | jq -r '.statements[].sql'"})
final class SchemaDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL", order = 1,
            description = "The current state: a database or SQL files (see URLs below). Repeat the flag to compose"
                    + " several into one state.")
    List<String> from;

    @Option(names = "--to", required = true, paramLabel = "URL", order = 2,
            description = "The desired state, in the same forms as --from.")
    List<String> to;

    @Mixin
    ComparisonOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql", order = 20,
            description = "sql (the default): the statements. json: the changes and the statements with their"
                    + " reverse and transaction flag, as documented in docs/plan-json-format.md.")
    PlanFormat format;

    @Override
    public Integer call() {
        Side current = Side.parse("--from", from);
        Side desired = Side.parse("--to", to);
        try (Databases databases = new Databases(options.devUrl)) {
            Comparison comparison = Comparison.between(current, desired, options.renames, databases);
            spec.commandLine().getOut().print(format.render(comparison));
        }
        return 0;
    }
}
