package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.conformance.ConformanceCase.Setup;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class CaseRunnerTest {

    private static ScratchDatabasePair databases;
    private static CaseRunner runner;

    @BeforeAll
    static void open(TestDatabase a, TestDatabase b) throws SQLException {
        try (Connection connection = a.connect()) {
            ClusterRoles.ensure(connection);
        }
        databases = new ScratchDatabasePair(new ScratchDatabase(a), new ScratchDatabase(b));
        runner = new CaseRunner(databases, DialectUnderTest.POSTGRES, DiffRules.EXACT);
    }

    @AfterAll
    static void close() throws SQLException {
        databases.close();
    }

    @Test
    void creatingWhatTheTargetHasPasses() throws SQLException {
        CaseResult result = runner.run(pair(Setup.PLAIN, "", "CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL);"));

        assertThat(result.aToB().outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.aToB().reason()).isEqualTo(Reason.NONE);
    }

    @Test
    void aPlanTheDataRefusesFails() throws SQLException {
        CaseResult result = runner.run(pair(Setup.PLAIN,
                "CREATE TABLE t (a int); INSERT INTO t VALUES (NULL);",
                "CREATE TABLE t (a int NOT NULL);"));

        assertThat(result.aToB().outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.aToB().reason().text()).isNotEmpty();
    }

    @Test
    void aTargetThatLeavesOutTheStartsSchemasGetsThemWhenTheCaseSaysSo() throws SQLException {
        String start = "CREATE SCHEMA s; CREATE TABLE s.t (a int);";
        String target = "CREATE TABLE s.t (a int);";

        assertThat(runner.run(pair(Setup.TARGET_KEEPS_START_SCHEMAS, start, target)).results())
                .extracting(Result::outcome).containsExactly(Outcome.PASS, Outcome.PASS);
        assertThat(runner.run(pair(Setup.PLAIN, start, target)).aToB().reason().text())
                .isEqualTo("does not load: B, line 1: schema \"s\" does not exist (3F000)");
    }

    @Test
    void psqldefUserCasesWorkInTheUsersSchema() throws SQLException {
        CaseResult result = runner.run(pair(Setup.AS_PSQLDEF_USER, "", "CREATE TABLE t (a int);"));

        assertThat(result.aToB().outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aSideThatDoesNotLoadMakesTheCaseNotLoadableBothWays() throws SQLException {
        CaseResult result = runner.run(pair(Setup.PLAIN, "CREATE TABLE t (a int);",
                "CREATE TABLE t (a int DEFAULT now() AT TIME ZONE 'utc');"));

        assertThat(result.results()).extracting(Result::outcome).containsExactly(Outcome.NOT_LOADABLE, Outcome.NOT_LOADABLE);
        assertThat(result.aToB().reason().text()).startsWith("does not load: B, line 1: syntax error at or near \"AT\"");
    }

    @Test
    void aCaseWithObjectsBeyondIssue3IsOutOfScopeAndNamesThem() throws SQLException {
        CaseResult result = runner.run(pair(Setup.PLAIN, "CREATE TABLE t (a int);",
                "CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t; GRANT SELECT ON t TO reader;"));

        assertThat(result.results()).extracting(Result::outcome).containsExactly(Outcome.OUT_OF_SCOPE, Outcome.OUT_OF_SCOPE);
        assertThat(result.aToB().reason()).isEqualTo(new Reason("privileges (public.t), views (public.v)", "privileges, views"));
    }

    private static ConformanceCase pair(Setup setup, String start, String target) {
        return new ConformanceCase(Suite.SQLDEF_POSTGRES, "test", "test", List.of(start), target, setup, null);
    }
}
