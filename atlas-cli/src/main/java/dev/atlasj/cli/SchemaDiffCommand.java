package dev.atlasj.cli;

import dev.atlasj.url.ServerUrl;
import java.util.LinkedHashMap;
import java.util.Map;
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
            "A search_path parameter in either URL limits the comparison to that schema on both sides; without one,"
                    + " every user schema is compared, and a schema on one side only is created or dropped."},
        footer = {
            "",
            "URLs: as for 'atlas schema inspect' (see its --help).",
            "",
            "Examples:",
            "  atlas schema diff --from postgres://localhost/v1 --to postgres://localhost/v2",
            "  atlas schema diff --from \"postgres://localhost/v1?search_path=shop\" --to …",
            "  atlas schema diff --from … --to … --rename column:public.users.name=full_name",
            "  atlas schema diff --from … --to … --format json | jq -r '.statements[].sql'"})
final class SchemaDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL", order = 1,
            description = "The current state: the URL of a database.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL", order = 2,
            description = "The desired state: the URL of a database.")
    String to;

    @Mixin
    ComparisonOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql", order = 20,
            description = "sql (the default): the statements. json: the changes and the statements with their"
                    + " reverse and transaction flag, as documented in docs/plan-json-format.md.")
    PlanFormat format;

    @Override
    public Integer call() {
        Map<String, ServerUrl> sides = new LinkedHashMap<>();
        sides.put("--from", StateUrls.database("--from", from));
        sides.put("--to", StateUrls.database("--to", to));
        Scope scope = Scope.of(sides);
        DatabaseInspection.Inspected current = DatabaseInspection.read(scope.applyTo(sides.get("--from")),
                "Correct the search_path parameter, or create the schema first.");
        DatabaseInspection.Inspected desired = DatabaseInspection.read(scope.applyTo(sides.get("--to")),
                "Correct the search_path parameter, or create the schema first.");
        Comparison comparison = Comparison.of(current.dialect(), current.realm(), desired.realm(), options.renames);
        spec.commandLine().getOut().print(format.render(comparison));
        return 0;
    }
}
