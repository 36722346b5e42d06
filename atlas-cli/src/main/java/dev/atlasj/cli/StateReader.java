package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.state.DesiredState;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.FileUrl;
import java.util.List;

/**
 * Reads a side of a comparison as a realm, in the comparison's scope: one database by inspecting it; SQL
 * files, or a migration directory's files, by running them on the dev database; several URLs as one state
 * composed in the order given.
 */
final class StateReader {

    private final Databases databases;
    private final Dialect dialect;
    private final Scope scope;

    StateReader(Databases databases, Dialect dialect, Scope scope) {
        this.databases = databases;
        this.dialect = dialect;
        this.scope = scope;
    }

    /**
     * Reads {@code side}.
     *
     * @param fix what the user should correct when a database lacks the scope's schema, as a sentence
     */
    Realm read(Side side, String fix) {
        if (side.isOneDatabase()) {
            return DatabaseInspection.read(dialect, databases.open(side.urls().get(0)), scope.schemas(), fix);
        }
        List<DesiredState> parts = side.urls().stream().map(this::part).toList();
        DesiredState state = parts.size() == 1 ? parts.get(0) : DesiredState.compose(parts);
        DevDatabase dev = side.needsDevDatabase() ? databases.devDatabase(dialect) : null;
        Realm realm = state.read(new DesiredState.Context(dialect, dev));
        if (scope.schema() == null) {
            return withDefaultSchemas(realm);
        }
        if (side.isMigrationDirectory() && realm.schema(scope.schema()).isEmpty()) {
            // a directory that has created nothing there yet runs in a database that has the schema
            realm = realm.withSchema(Schema.named(scope.schema()));
        }
        return scope.restrict(realm, side.describe());
    }

    /**
     * The realm with the schemas every database of the dialect has, empty where the files left them out: a
     * database compared as a whole with files that never mention {@code public} keeps it (its contents are
     * still compared), as it would if the files were loaded into a fresh database.
     */
    private Realm withDefaultSchemas(Realm realm) {
        Realm result = realm;
        for (String name : dialect.defaultSchemas()) {
            if (result.schema(name).isEmpty()) {
                result = result.withSchema(Schema.named(name));
            }
        }
        return result;
    }

    private DesiredState part(DatabaseUrl url) {
        if (url instanceof FileUrl file) {
            return file.directoryFormat()
                    .map(format -> DirectoryReplay.state(MigrationDirectory.open(file.path(), DirectoryFormat.named(format)),
                            file.path().toString(), dialect))
                    .orElseGet(() -> DesiredState.sql(file.path()));
        }
        RunningDatabase database = databases.open(url);
        return DesiredState.database(database.dataSource(), InspectOptions.schemas(scope.schemas()),
                database.description());
    }
}
