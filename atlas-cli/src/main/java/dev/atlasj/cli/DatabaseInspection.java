package dev.atlasj.cli;

import dev.atlasj.AtlasException;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.url.ServerUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the schemas a URL is scoped to. A schema that does not exist is an error that lists those that
 * do, whether the inspector refuses to read it or leaves it out.
 */
final class DatabaseInspection {

    /**
     * A database's schema as read, with the dialect that read it.
     *
     * @param dialect the database's dialect
     * @param realm the schemas read
     */
    record Inspected(Dialect dialect, Realm realm) {
    }

    private DatabaseInspection() {
    }

    /**
     * Connects to {@code target} and inspects the schemas it names (every user schema when it names none).
     *
     * @param fix what the user should correct when a schema is missing, as a sentence
     */
    static Inspected read(ServerUrl target, String fix) {
        try (Connection connection = ServerConnections.open(target)) {
            Dialect dialect = Dialects.forConnection(connection);
            return new Inspected(dialect, read(dialect.inspector(), connection, target, fix));
        } catch (SQLException e) {
            throw ServerConnections.explain(e, target);
        }
    }

    private static Realm read(Inspector inspector, Connection connection, ServerUrl target, String fix) {
        Realm realm;
        try {
            realm = inspector.inspect(connection, InspectOptions.schemas(target.schemas()));
        } catch (AtlasException e) {
            CommandFailure failure = new CommandFailure("cannot inspect " + target.redacted() + ": " + e.getMessage(), e);
            if (!target.schemas().isEmpty()) {
                try {
                    rejectMissingSchemas(inspector.inspect(connection, InspectOptions.allSchemas()), target, fix, e);
                } catch (AtlasException again) {
                    failure.addSuppressed(again);
                }
            }
            throw failure;
        }
        if (target.schemas().stream().anyMatch(s -> realm.schema(s).isEmpty())) {
            rejectMissingSchemas(inspector.inspect(connection, InspectOptions.allSchemas()), target, fix, null);
        }
        return realm;
    }

    /** Throws when a schema {@code target} asks for is not in {@code everySchema}, naming those that are. */
    private static void rejectMissingSchemas(Realm everySchema, ServerUrl target, String fix, Throwable cause) {
        List<String> missing = target.schemas().stream().filter(s -> everySchema.schema(s).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<String> existing = everySchema.schemas().stream().map(Schema::name).toList();
        throw new CommandFailure((missing.size() == 1 ? "schema " : "schemas ") + quoted(missing)
                + (missing.size() == 1 ? " does" : " do") + " not exist in database \"" + target.database() + "\" ("
                + target.redacted() + "), which has " + (existing.isEmpty() ? "no user schema" : "schemas " + quoted(existing))
                + ". " + fix, cause);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
