package dev.atlasj.conformance;

import static dev.atlasj.mysql.MySqlIdentifiers.quote;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.mysql.MySqlDiffRules;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The MySQL harness's one database. On MySQL a schema is a database, so A and B must be compared under
 * one name: each side is built in the same database, dropped and created again in between (which
 * MariaDB does in milliseconds). One connection, kept open, serves every case.
 *
 * <p>The suite's views qualify tables with the database sqldef tests in, {@value #SUITE_DATABASE};
 * every reference to it is pointed at this database before a statement runs, and this database's
 * name is written as {@value #SUITE_DATABASE} in reasons. Foreign-key checks are off while a side
 * loads, as the suite's README advises: sqldef orders tables by dependency itself.
 */
final class MySqlScratchDatabase implements CaseStates {

    static final String SUITE_DATABASE = "mysqldef_test";

    private final TestDatabase database;
    private final Connection session;
    private final ScriptLoader loader;

    /** Takes over {@code database}. */
    MySqlScratchDatabase(TestDatabase database) throws SQLException {
        this.database = database;
        this.session = database.connect();
        MySqlDiffRules names = new MySqlDiffRules();
        this.loader = new ScriptLoader(DialectUnderTest.MYSQL,
                statement -> names.renameInExpression(statement, SUITE_DATABASE, database.name()));
    }

    @Override
    public Optional<String> build(ConformanceCase testCase, Side side) throws SQLException {
        reset();
        List<String> scripts = side == Side.A ? testCase.start() : List.of(testCase.target());
        try (Statement statement = session.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 0");
            try {
                for (String script : scripts) {
                    Optional<String> failure = loader.load(session, script, false);
                    if (failure.isPresent()) {
                        return failure;
                    }
                }
                return Optional.empty();
            } finally {
                statement.execute("SET SESSION foreign_key_checks = 1");
                statement.execute("USE " + quote(database.name()));
            }
        }
    }

    /** Drops the database and creates it again, empty, with the server's defaults as the testkit did. */
    void reset() throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("DROP DATABASE " + quote(database.name()));
            statement.execute("CREATE DATABASE " + quote(database.name()));
            statement.execute("USE " + quote(database.name()));
        }
    }

    @Override
    public Connection session(Side side) {
        return session;
    }

    @Override
    public boolean shareOneDatabase() {
        return true;
    }

    /** This database alone: the server's others belong to other tests. */
    @Override
    public InspectOptions inspectOptions() {
        return InspectOptions.schemas(database.name());
    }

    @Override
    public String stable(String text) {
        return text.replace(database.name(), SUITE_DATABASE);
    }

    @Override
    public void close() throws SQLException {
        session.close();
    }
}
