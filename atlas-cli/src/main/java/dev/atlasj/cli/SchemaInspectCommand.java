package dev.atlasj.cli;

import dev.atlasj.PlanException;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.schema.Realm;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas schema inspect}: reads a database's schema and prints it as SQL or JSON. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Inspect a database and print its schema: as the SQL that creates it in an empty database, or as JSON.",
            "Reads every user schema of the database unless the URL's search_path or --schema narrows it down."},
        footer = {
            "",
            "URLs:",
            "  postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=disable&search_path=SCHEMA",
            "  postgresql://…                       the same",
            "  jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD",
            "  embedded://postgres/NAME             embedded PostgreSQL that keeps its data",
            "  mysql://USER:PASSWORD@HOST:PORT/DATABASE   MySQL or MariaDB; without DATABASE, every database",
            "  maria://…, mariadb://…, jdbc:mysql://…, jdbc:mariadb://…   the same",
            "  embedded://mariadb/NAME              embedded MariaDB that keeps its data, database NAME",
            "The port defaults to 5432 (3306 for MySQL). Percent-encode special characters in the user name and password"
                    + " (@ as %%40, / as %%2F). Parameters other than user, password and search_path go to the"
                    + " JDBC driver (sslmode, connectTimeout, …). Passwords are shown as xxxxx in every message.",
            "",
            "Examples:",
            "  atlas schema inspect -u \"postgres://postgres:pass@localhost:5432/shop\"",
            "  atlas schema inspect -u \"postgres://localhost/shop?search_path=sales\"",
            "  atlas schema inspect -u \"postgres://localhost/shop\" -s sales -s billing",
            "  atlas schema inspect -u \"postgres://localhost/shop\" --format json | jq"})
final class SchemaInspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-u", "--url"}, required = true, paramLabel = "URL",
            description = "The database to inspect (see URLs below). A search_path=SCHEMA parameter limits"
                    + " the inspection to that schema.")
    String url;

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA",
            description = "Inspect only this schema; repeat the flag for several. Overrides the URL's search_path.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
            description = "sql (the default): the DDL that recreates the schema in an empty database."
                    + " json: the schema model as documented in docs/json-format.md.")
    OutputFormat format;

    @Override
    public Integer call() {
        DatabaseUrl target = Side.parse("--url", List.of(url)).database();
        List<String> scope = schemas.isEmpty() ? Side.schemasOf(target) : schemas;
        try (Databases databases = new Databases(null)) {
            RunningDatabase database = databases.open(target);
            Dialect dialect = databases.dialect(database);
            Realm realm = DatabaseInspection.read(dialect, database, scope, "Correct --schema or the search_path parameter.");
            spec.commandLine().getOut().print(render(realm, dialect, database));
        }
        return 0;
    }

    private String render(Realm realm, Dialect dialect, RunningDatabase database) {
        try {
            return format.render(realm, dialect);
        } catch (PlanException e) {
            throw new CommandFailure("cannot write the schema of " + database.description() + " as SQL: " + e.getMessage()
                    + ". --format json shows all of it.", e);
        }
    }
}
