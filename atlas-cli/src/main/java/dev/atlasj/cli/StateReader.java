package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.SchemaRename;
import dev.atlasj.state.DesiredState;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.FileUrl;
import java.util.List;
import java.util.Optional;

/**
 * Reads a side of a comparison as a realm, in the comparison's scope: one database by inspecting it; SQL
 * files, or a migration directory's files, by running them on the dev database; several URLs as one state
 * composed in the order given. On MySQL, what SQL files create without naming a database lands in the dev
 * database and is read as the scoped schema.
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
        return read(side, fix, null);
    }

    /**
     * Reads {@code side}, the desired state, where the dev database stands for the scoped schema of
     * {@code current} (the current state as read) when it has it: see {@link DevDatabase#standingFor}.
     */
    Realm read(Side side, String fix, Realm current) {
        if (side.isOneDatabase()) {
            return DatabaseInspection.read(dialect, databases.open(side.urls().get(0)), scope.schemas(), fix);
        }
        List<DesiredState> parts = side.urls().stream().map(this::part).toList();
        DesiredState state = parts.size() == 1 ? parts.get(0) : DesiredState.compose(parts);
        DevDatabase dev = side.needsDevDatabase() ? databases.devDatabase(dialect) : null;
        Optional<Schema> target = current == null || scope.schema() == null ? Optional.empty()
                : current.schema(scope.schema());
        if (dev != null && target.isPresent()) {
            dev = dev.standingFor(target.get());
        }
        Realm realm = state.read(new DesiredState.Context(dialect, dev));
        Optional<String> devSchema = dev == null ? Optional.empty() : dev.defaultSchema();
        if (devSchema.isPresent() && realm.schema(devSchema.get()).isPresent()) {
            realm = unqualified(realm, devSchema.get(), side);
        }
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
     * {@code realm} with what the SQL created without naming a schema, in the dev database's own schema
     * {@code devSchema}, moved to the schema the comparison is scoped to: as in Atlas, a schema-scoped dev
     * database is compared as the target's schema.
     *
     * @throws CommandFailure when the comparison covers every schema, where such objects have no schema to go
     *     to, or when the SQL also creates the scoped schema itself
     */
    private Realm unqualified(Realm realm, String devSchema, Side side) {
        String target = scope.schema();
        if (devSchema.equals(target)) {
            return realm;
        }
        Schema unqualified = realm.schema(devSchema).orElseThrow();
        String example = unqualified.tables().isEmpty() ? "objects" : "table " + unqualified.tables().get(0).name();
        if (target == null) {
            throw new CommandFailure(side.describe() + " creates " + example + " without naming a database (it landed in"
                    + " the dev database \"" + devSchema + "\"), and the comparison covers every database because no URL"
                    + " names one. Name the database in the URL (mysql://HOST:PORT/DATABASE), or let the SQL create and"
                    + " name its databases (CREATE DATABASE shop; USE shop; …).");
        }
        if (realm.schema(target).isPresent()) {
            throw new CommandFailure(side.describe() + " creates objects in database \"" + target + "\" and also "
                    + example + " without naming a database; name the database everywhere, or nowhere.");
        }
        return new SchemaRename(devSchema, target).apply(realm);
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
