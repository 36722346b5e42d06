package dev.atlasj.mysql;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.MigrationSupport;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.plan.Planner;
import dev.atlasj.state.DevDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The MySQL dialect: one dialect for two flavors, MySQL 8.0+ and MariaDB 10.6+, told apart by the
 * server's version when a connection is inspected. Registered for {@link java.util.ServiceLoader}.
 *
 * <p>It speaks to the server through MySQL Connector/J, or through the MariaDB driver when that is the
 * driver behind the connection ({@code jdbc:mariadb:} URLs):
 * <ul>
 *   <li>{@link #inspector()} reads every object of the requested databases ({@link MySqlInspector});</li>
 *   <li>{@link #diffRules()} compare schemas written in different ways as the same ({@link MySqlDiffRules});</li>
 *   <li>{@link #planner()} writes the DDL for the changes, none of it transactional ({@link MySqlPlanner});</li>
 *   <li>{@link #devDatabase(DataSource)} runs SQL desired states on an empty database and reads them back
 *       ({@link MySqlDevDatabase}).</li>
 * </ul>
 */
public final class MySqlDialect implements Dialect {

    private final MySqlInspector inspector = new MySqlInspector();
    private final MySqlPlanner planner = new MySqlPlanner();
    private final MySqlDiffRules diffRules = new MySqlDiffRules();
    private final MySqlMigrationSupport migrationSupport = new MySqlMigrationSupport();

    @Override
    public String name() {
        return "mysql";
    }

    /** Whether the connection's driver reports a MySQL or MariaDB server (Connector/J reports MariaDB as MySQL). */
    @Override
    public boolean supports(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.equals("mysql") || product.equals("mariadb");
    }

    @Override
    public Inspector inspector() {
        return inspector;
    }

    @Override
    public Planner planner() {
        return planner;
    }

    /** The empty database {@code dataSource} connects to, as a dev database; see {@link MySqlDevDatabase}. */
    @Override
    public DevDatabase devDatabase(DataSource dataSource) {
        return new MySqlDevDatabase(this, dataSource);
    }

    @Override
    public DiffRules diffRules() {
        return diffRules;
    }

    /**
     * Migration runs as Atlas does them on MySQL: the revisions table in the connection's database, the
     * server's named lock {@code GET_LOCK}.
     */
    @Override
    public MigrationSupport migrationSupport() {
        return migrationSupport;
    }

    @Override
    public String quote(String identifier) {
        return MySqlIdentifiers.quote(identifier);
    }
}
