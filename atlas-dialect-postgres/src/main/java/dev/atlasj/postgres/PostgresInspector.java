package dev.atlasj.postgres;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.schema.Realm;
import java.sql.Connection;

/** Reads PostgreSQL catalogs into the model. (Being written: see the inspector branch.) */
public final class PostgresInspector implements Inspector {

    @Override
    public Realm inspect(Connection connection, InspectOptions options) {
        throw new UnsupportedOperationException("PostgreSQL inspection is not written yet");
    }
}
