package dev.atlasj.mysql;

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

    /** Inspects the databases named. */
    static Realm inspect(TestDatabase db, String... schemas) {
        try (Connection connection = db.connect()) {
            return new MySqlInspector().inspect(connection, InspectOptions.schemas(schemas));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code ddl} on {@code db}, then inspects it and returns its schema. */
    static Schema schemaAfter(TestDatabase db, String ddl) {
        db.execute(ddl);
        return schema(inspect(db, db.name()), db.name());
    }

    /** Runs {@code ddl} on {@code db}, then inspects it and returns {@code table}. */
    static Table tableAfter(TestDatabase db, String table, String ddl) {
        return table(schemaAfter(db, ddl), table);
    }

    static Schema schema(Realm realm, String name) {
        return realm.schema(name).orElseThrow(() -> new NoSuchElementException("no schema " + name + " in " + realm));
    }

    static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new NoSuchElementException("no table " + name + " in " + schema));
    }
}
