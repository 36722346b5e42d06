package dev.atlasj.dialect;

import dev.atlasj.AtlasException;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.plan.Planner;
import dev.atlasj.state.DevDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Everything the engine needs to know about one database family.
 *
 * <p>Dialect modules implement this interface and register it as a {@link java.util.ServiceLoader}
 * service ({@code META-INF/services/dev.atlasj.dialect.Dialect}); {@link Dialects} finds it from a
 * connection.
 */
public interface Dialect {

    /** The dialect's name, as used in URLs and messages: {@code "postgres"}, {@code "mysql"}. */
    String name();

    /** Whether this dialect speaks to the database behind {@code connection}. */
    boolean supports(Connection connection) throws SQLException;

    /** The catalog reader. */
    Inspector inspector();

    /** The statement writer. */
    Planner planner();

    /** How the differ brings this dialect's models to a comparable form; exact comparison by default. */
    default DiffRules diffRules() {
        return DiffRules.EXACT;
    }

    /**
     * The empty database behind {@code dataSource} used as a dev database: where SQL desired states run
     * and built schemas are normalized. Nothing is checked or opened until a session starts.
     *
     * @throws AtlasException when the dialect has no dev database support
     */
    default DevDatabase devDatabase(DataSource dataSource) {
        throw new AtlasException("the " + name() + " dialect cannot use a dev database");
    }

    /**
     * The schemas every new database of this dialect starts with ({@code public} on PostgreSQL). A
     * desired state compared with a whole database keeps them, empty if it defines nothing in them,
     * so that a comparison never plans to drop them.
     */
    default List<String> defaultSchemas() {
        return List.of();
    }

    /**
     * What running a migration directory needs from this dialect: the revisions table, the lock and
     * session settings.
     *
     * @throws AtlasException when the dialect cannot run migration directories
     */
    default MigrationSupport migrationSupport() {
        throw new AtlasException("the " + name() + " dialect cannot run migration directories");
    }

    /** Quotes an identifier for use in SQL when it needs quoting, and leaves it bare otherwise. */
    String quote(String identifier);
}
