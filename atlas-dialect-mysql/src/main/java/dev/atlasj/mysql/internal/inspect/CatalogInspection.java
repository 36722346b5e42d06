package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import java.sql.Connection;

/** The entry point of MySQL and MariaDB inspection. */
public final class CatalogInspection {

    private CatalogInspection() {
    }

    /**
     * Reads the schemas {@code options} names from the server behind {@code connection}.
     *
     * @throws dev.atlasj.InspectionException when the server is unsupported, a requested database does
     *     not exist, or the catalog cannot be read
     */
    public static Realm inspect(Connection connection, InspectOptions options) {
        return new RealmReader(connection, options).read();
    }
}
