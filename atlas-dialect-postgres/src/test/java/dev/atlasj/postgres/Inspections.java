package dev.atlasj.postgres;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.NoSuchElementException;

/** Runs the inspector on a test database and picks objects out of the result. */
final class Inspections {

    private Inspections() {
    }

    /** Inspects {@code schemas} of {@code db}, or every user schema when none is named. */
    static Realm inspect(TestDatabase db, String... schemas) {
        try (Connection connection = db.connect()) {
            return new PostgresInspector().inspect(connection, InspectOptions.schemas(schemas));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code ddl} on {@code db}, then inspects {@code schema} and returns it. */
    static Schema schemaAfter(TestDatabase db, String schema, String ddl) {
        db.execute(ddl);
        return schema(inspect(db, schema), schema);
    }

    /** Runs {@code ddl} on {@code db}, then inspects schema {@code public} and returns {@code table}. */
    static Table tableAfter(TestDatabase db, String table, String ddl) {
        return table(schemaAfter(db, "public", ddl), table);
    }

    static Schema schema(Realm realm, String name) {
        return realm.schema(name).orElseThrow(() -> new NoSuchElementException("no schema " + name + " in " + realm));
    }

    static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new NoSuchElementException("no table " + name + " in " + schema));
    }
}
