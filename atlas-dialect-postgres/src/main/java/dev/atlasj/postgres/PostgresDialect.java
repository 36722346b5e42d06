package dev.atlasj.postgres;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.MigrationSupport;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.plan.Planner;
import dev.atlasj.state.DevDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The PostgreSQL dialect (12 and newer), registered for {@link java.util.ServiceLoader}. */
public final class PostgresDialect implements Dialect {

    private final PostgresInspector inspector = new PostgresInspector();
    private final PostgresPlanner planner = new PostgresPlanner();
    private final PostgresDiffRules diffRules = new PostgresDiffRules();
    private final PostgresMigrationSupport migrationSupport = new PostgresMigrationSupport();

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean supports(Connection connection) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    @Override
    public Inspector inspector() {
        return inspector;
    }

    @Override
    public Planner planner() {
        return planner;
    }

    /**
     * The empty PostgreSQL database behind {@code dataSource} as a dev database. Each session runs in
     * one transaction that is rolled back at its end, so statements PostgreSQL refuses in a transaction
     * block cannot be part of a desired state.
     */
    @Override
    public DevDatabase devDatabase(DataSource dataSource) {
        return new PostgresDevDatabase(this, dataSource);
    }

    /**
     * Migration runs as Atlas does them on PostgreSQL: the revisions table in the schema
     * {@code atlas_schema_revisions}, a session advisory lock.
     */
    @Override
    public MigrationSupport migrationSupport() {
        return migrationSupport;
    }

    @Override
    public DiffRules diffRules() {
        return diffRules;
    }

    @Override
    public List<String> defaultSchemas() {
        return List.of("public");
    }

    @Override
    public String quote(String identifier) {
        return PostgresIdentifiers.quote(identifier);
    }
}
