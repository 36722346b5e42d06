package dev.atlasj.inspect;

import dev.atlasj.schema.Realm;
import java.sql.Connection;

/**
 * Reads a live database's schema into the model.
 *
 * <p>Implementations run a fixed number of catalog queries per inspection, however many tables
 * the database holds, and leave the connection's session state as they found it.
 */
public interface Inspector {

    /**
     * Inspects the schemas {@code options} name.
     *
     * @throws dev.atlasj.InspectionException when the catalog cannot be read or the server is unsupported
     */
    Realm inspect(Connection connection, InspectOptions options);
}
