package dev.atlasj.cli;

import dev.atlasj.AtlasException;
import dev.atlasj.PlanException;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.ServerUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
            "The port defaults to 5432. Percent-encode special characters in the user name and password"
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
        ServerUrl target = serverUrl(url);
        if (!schemas.isEmpty()) {
            target = target.withSchemas(schemas);
        }
        String output;
        try (Connection connection = ServerConnections.open(target)) {
            Dialect dialect = Dialects.forConnection(connection);
            Realm realm = inspect(dialect.inspector(), connection, target);
            output = render(realm, dialect, target);
        } catch (SQLException e) {
            throw ServerConnections.explain(e, target);
        }
        spec.commandLine().getOut().print(output);
        return 0;
    }

    private String render(Realm realm, Dialect dialect, ServerUrl target) {
        try {
            return format.render(realm, dialect);
        } catch (PlanException e) {
            throw new CommandFailure("cannot write the schema of " + target.redacted() + " as SQL: " + e.getMessage()
                    + ". --format json shows all of it.", e);
        }
    }

    private static ServerUrl serverUrl(String text) {
        DatabaseUrl parsed = DatabaseUrl.parse(text);
        if (parsed instanceof ServerUrl server) {
            return server;
        }
        throw new CommandFailure("schema inspect reads a database, and " + parsed.redacted() + " is not one;"
                + " give the URL of a database server, such as postgres://user:pass@localhost:5432/shop.");
    }

    /**
     * Reads the schemas {@code target} is scoped to. A schema that does not exist is an error that lists
     * those that do, whether the inspector refuses to read it or leaves it out.
     */
    private static Realm inspect(Inspector inspector, Connection connection, ServerUrl target) {
        Realm realm;
        try {
            realm = inspector.inspect(connection, InspectOptions.schemas(target.schemas()));
        } catch (AtlasException e) {
            CommandFailure failure = new CommandFailure("cannot inspect " + target.redacted() + ": " + e.getMessage(), e);
            if (!target.schemas().isEmpty()) {
                try {
                    rejectMissingSchemas(inspector.inspect(connection, InspectOptions.allSchemas()), target, e);
                } catch (AtlasException again) {
                    failure.addSuppressed(again);
                }
            }
            throw failure;
        }
        if (target.schemas().stream().anyMatch(s -> realm.schema(s).isEmpty())) {
            rejectMissingSchemas(inspector.inspect(connection, InspectOptions.allSchemas()), target, null);
        }
        return realm;
    }

    /** Throws when a schema {@code target} asks for is not in {@code everySchema}, naming those that are. */
    private static void rejectMissingSchemas(Realm everySchema, ServerUrl target, Throwable cause) {
        List<String> missing = target.schemas().stream().filter(s -> everySchema.schema(s).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<String> existing = everySchema.schemas().stream().map(Schema::name).toList();
        throw new CommandFailure((missing.size() == 1 ? "schema " : "schemas ") + quoted(missing)
                + (missing.size() == 1 ? " does" : " do") + " not exist in database \"" + target.database() + "\" ("
                + target.redacted() + "), which has " + (existing.isEmpty() ? "no user schema" : "schemas " + quoted(existing))
                + ". Correct --schema or the search_path parameter.", cause);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
