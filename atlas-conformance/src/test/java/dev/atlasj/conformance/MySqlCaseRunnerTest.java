package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.conformance.CaseStates.Side;
import dev.atlasj.conformance.ConformanceCase.Setup;
import dev.atlasj.mysql.MySqlDialect;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class MySqlCaseRunnerTest {

    private static MySqlScratchDatabase database;
    private static CaseRunner runner;

    @BeforeAll
    static void open(TestDatabase db) throws SQLException {
        database = new MySqlScratchDatabase(db);
        runner = new CaseRunner(database, DialectUnderTest.MYSQL, new MySqlDialect().diffRules());
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
    }

    @Test
    void bothWaysPassAndTheDatabaseEndsInTheTargetState() throws SQLException {
        CaseResult result = runner.run(pair("CREATE TABLE t (id int PRIMARY KEY);",
                "CREATE TABLE t (id int PRIMARY KEY, name varchar(20) NOT NULL); CREATE TABLE u (a int);"));

        assertThat(result.results()).extracting(Result::outcome).containsExactly(Outcome.PASS, Outcome.PASS);
        assertThat(tables()).containsExactly("t.id", "t.name", "u.a");
    }

    @Test
    void aPlanTheDataRefusesFails() throws SQLException {
        CaseResult result = runner.run(pair("CREATE TABLE t (a int); INSERT INTO t VALUES (NULL);",
                "CREATE TABLE t (a int NOT NULL);"));

        assertThat(result.aToB().outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.aToB().reason().text()).startsWith("statement failed: ").contains("(1265)")
                .contains("`mysqldef_test`.`t`");
        assertThat(result.bToA().outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void theSuitesDatabaseNameMeansTheHarnesssAndForeignKeysMayComeFirst() throws SQLException {
        String target = """
                CREATE TABLE child (parent_id int, FOREIGN KEY (parent_id) REFERENCES parent (id));
                CREATE TABLE parent (id int PRIMARY KEY);
                CREATE VIEW v AS SELECT p.id FROM mysqldef_test.parent AS p;
                """;

        CaseResult result = runner.run(pair("", target));

        assertThat(result.results()).extracting(Result::outcome).containsExactly(Outcome.PASS, Outcome.PASS);
    }

    @Test
    void triggerBodiesLoadWhole() throws SQLException {
        CaseResult result = runner.run(pair("CREATE TABLE t (a int, b int);", """
                CREATE TABLE t (a int, b int);
                CREATE TRIGGER t_copy BEFORE INSERT ON t FOR EACH ROW BEGIN
                  SET NEW.b = NEW.a;
                  SET NEW.a = NEW.a + 1;
                END;
                """));

        assertThat(result.results()).extracting(Result::outcome).containsExactly(Outcome.PASS, Outcome.PASS);
    }

    @Test
    void eventsAreOutOfScope() throws SQLException {
        CaseResult result = runner.run(pair("CREATE TABLE t (a int);",
                "CREATE TABLE t (a int); CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t;"));

        assertThat(result.results()).extracting(Result::outcome).containsExactly(Outcome.OUT_OF_SCOPE, Outcome.OUT_OF_SCOPE);
        assertThat(result.aToB().reason()).isEqualTo(new Reason("events (e)", "events"));
    }

    @Test
    void aSideThatDoesNotLoadNamesItsLineAndTheServersError() throws SQLException {
        CaseResult result = runner.run(pair("CREATE TABLE t (a int);", "CREATE TABLE t (a int);\nCREATE TABLE u (a vector(3));"));

        assertThat(result.results()).extracting(Result::outcome).containsExactly(Outcome.NOT_LOADABLE, Outcome.NOT_LOADABLE);
        assertThat(result.aToB().reason().text()).startsWith("does not load: B, line 2: ").endsWith(")");
    }

    /** Every column of the scratch database's tables, as {@code table.column}. */
    private static List<String> tables() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = database.session(Side.A).createStatement();
                ResultSet rs = statement.executeQuery("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM"
                        + " information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private static ConformanceCase pair(String start, String target) {
        return new ConformanceCase(Suite.SQLDEF_MYSQL, "test", "test", List.of(start), target, Setup.PLAIN, null);
    }
}
