package dev.atlasj.conformance;

import static dev.atlasj.postgres.PostgresIdentifiers.quote;

import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One database of the harness's pool. It serves every case of the run and is wiped between cases,
 * which costs a fraction of creating a database per case. One connection, kept open, serves
 * resets, scripts, inspections and plans: opening a connection costs more than most cases.
 */
final class ScratchDatabase implements AutoCloseable {

    /** The schema sqldef's {@code user:} cases work in. */
    private static final String USER_SCHEMA = "foo";
    private static final String RESET = SqlResources.read("reset.sql");
    private static final String USER_SCHEMAS = SqlResources.read("user-schemas.sql");
    private static final ScriptLoader LOADER = ScriptLoader.of(DialectUnderTest.POSTGRES);

    private final TestDatabase database;
    private final Connection session;

    /** Takes over {@code database}; the roles of {@link ClusterRoles} must exist. */
    ScratchDatabase(TestDatabase database) throws SQLException {
        this.database = database;
        this.session = database.connect();
        try (Statement statement = session.createStatement()) {
            relaxDurability(statement);
            statement.execute("GRANT ALL ON DATABASE " + quote(database.name()) + " TO " + quote(ClusterRoles.PSQLDEF_USER));
        }
    }

    /** The connection that loads, inspects and applies plans; it is in auto-commit mode between uses. */
    Connection session() {
        return session;
    }

    /** Brings the database back to the state of a new one: only {@code public}, as PostgreSQL 15 creates it. */
    void reset() throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute(RESET);
        }
    }

    /** Creates the schema {@code foo} that sqldef's {@code user:} cases own and work in. */
    void createUserSchema() throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("CREATE SCHEMA " + quote(USER_SCHEMA) + " AUTHORIZATION " + quote(ClusterRoles.PSQLDEF_USER));
        }
    }

    /** Creates the schemas of {@code names} that do not exist yet. */
    void createSchemas(Collection<String> names) throws SQLException {
        try (Statement statement = session.createStatement()) {
            for (String name : names) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + quote(name));
            }
        }
    }

    /** The schemas that scripts created, system and extension schemas left out. */
    List<String> userSchemas() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = session.createStatement(); ResultSet rs = statement.executeQuery(USER_SCHEMAS)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * Loads a case's script on the session connection, and then undoes whatever session state the
     * script or the harness set ({@code SET ROLE}, {@code search_path}, timeouts).
     *
     * @param asUser whether the script runs as sqldef's {@code psqldef_user}, in its schema {@code foo}
     * @param schemasExist whether the harness created schemas beforehand (see {@link ScriptLoader})
     * @return why the script does not load, or empty when it loaded
     */
    Optional<String> load(String script, boolean asUser, boolean schemasExist) throws SQLException {
        try (Statement statement = session.createStatement()) {
            if (asUser) {
                statement.execute("SET ROLE " + quote(ClusterRoles.PSQLDEF_USER));
                statement.execute("SET search_path TO " + quote(USER_SCHEMA) + ", public");
            }
            try {
                return LOADER.load(session, script, schemasExist);
            } finally {
                statement.execute("RESET SESSION AUTHORIZATION");
                statement.execute("RESET ALL");
                relaxDurability(statement);
            }
        }
    }

    /** Commits need not wait for the disk: a crash loses nothing this harness needs to keep. */
    private static void relaxDurability(Statement statement) throws SQLException {
        statement.execute("SET synchronous_commit = off");
    }

    @Override
    public void close() throws SQLException {
        session.close();
    }

    @Override
    public String toString() {
        return database.toString();
    }
}
