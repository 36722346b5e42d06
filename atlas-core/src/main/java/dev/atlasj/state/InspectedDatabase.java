package dev.atlasj.state;

import dev.atlasj.ConnectionException;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** The schemas of a live database, as its inspector reads them. */
final class InspectedDatabase implements DesiredState {

    private final DataSource dataSource;
    private final InspectOptions options;
    private final String description;

    InspectedDatabase(DataSource dataSource, InspectOptions options, String description) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.options = Objects.requireNonNull(options, "options");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Realm read(Context context) {
        Dialect dialect = context.dialect();
        try (Connection connection = dataSource.getConnection()) {
            if (!dialect.supports(connection)) {
                throw new DesiredStateException(description + " is a " + connection.getMetaData().getDatabaseProductName()
                        + " database, and the desired state is meant for " + dialect.name());
            }
            return dialect.inspector().inspect(connection, options);
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
