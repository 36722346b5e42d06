package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import java.sql.Connection;

/** The entry point of PostgreSQL inspection: prepares the connection, reads the catalog, restores the connection. */
public final class CatalogInspection {

    private CatalogInspection() {
    }

    /**
     * Reads the schemas {@code options} names from the database behind {@code connection}.
     *
     * @throws dev.atlasj.InspectionException when the server is unsupported, a requested schema does not
     *     exist, or the catalog cannot be read
     */
    public static Realm inspect(Connection connection, InspectOptions options) {
        try (InspectionSession session = InspectionSession.open(connection)) {
            return new RealmReader(session, options).read();
        }
    }
}
