package dev.atlasj.cli;

import dev.atlasj.AtlasException;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.ServerUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the schemas of a database. A schema that does not exist is an error that lists those that do,
 * whether the inspector refuses to read it or leaves it out.
 */
final class DatabaseInspection {

    private DatabaseInspection() {
    }

    /**
     * Inspects {@code schemas} of {@code database}, or every user schema when {@code schemas} is empty.
     *
     * @param fix what the user should correct when a schema is missing, as a sentence
     */
    static Realm read(Dialect dialect, RunningDatabase database, List<String> schemas, String fix) {
        try (Connection connection = ServerConnections.open(database)) {
            return read(dialect.inspector(), connection, database, schemas, fix);
        } catch (SQLException e) {
            throw ServerConnections.explain(e, database);
        }
    }

    private static Realm read(Inspector inspector, Connection connection, RunningDatabase database, List<String> schemas,
            String fix) {
        Realm realm;
        try {
            realm = inspector.inspect(connection, InspectOptions.schemas(schemas));
        } catch (AtlasException e) {
            CommandFailure failure = new CommandFailure("cannot inspect " + database.description() + ": " + e.getMessage(), e);
            if (!schemas.isEmpty()) {
                try {
                    rejectMissing(inspector.inspect(connection, InspectOptions.allSchemas()), database, schemas, fix, e);
                } catch (AtlasException again) {
                    failure.addSuppressed(again);
                }
            }
            throw failure;
        }
        if (schemas.stream().anyMatch(s -> realm.schema(s).isEmpty())) {
            rejectMissing(inspector.inspect(connection, InspectOptions.allSchemas()), database, schemas, fix, null);
        }
        return realm;
    }

    /** Throws when a schema of {@code schemas} is not in {@code everySchema}, naming those that are. */
    private static void rejectMissing(Realm everySchema, RunningDatabase database, List<String> schemas, String fix,
            Throwable cause) {
        List<String> missing = schemas.stream().filter(s -> everySchema.schema(s).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<String> existing = everySchema.schemas().stream().map(Schema::name).toList();
        String where = database.url() instanceof ServerUrl url
                ? "database \"" + url.database() + "\" (" + url.redacted() + ")" : database.description();
        throw new CommandFailure((missing.size() == 1 ? "schema " : "schemas ") + quoted(missing)
                + (missing.size() == 1 ? " does" : " do") + " not exist in " + where + ", which has "
                + (existing.isEmpty() ? "no user schema" : "schemas " + quoted(existing)) + ". " + fix, cause);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
