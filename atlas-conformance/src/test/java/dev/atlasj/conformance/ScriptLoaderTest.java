package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class ScriptLoaderTest {

    @Test
    void statementsWrittenBeforeWhatTheyNeedLoadOnARetry(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThat(ScriptLoader.of(DialectUnderTest.POSTGRES).load(connection, """
                    CREATE TABLE child (parent_id int REFERENCES parent (id));
                    CREATE INDEX child_parent ON child (parent_id);
                    CREATE TABLE parent (id int PRIMARY KEY);
                    """, false)).isEmpty();

            assertThat(tables(connection)).containsExactly("child", "parent");
        }
    }

    @Test
    void aStatementNoOrderCanRunMakesTheScriptUnloadable(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThat(ScriptLoader.of(DialectUnderTest.POSTGRES).load(connection, """
                    CREATE TABLE ok (a int);
                    CREATE TABLE broken (
                      a no_such_type
                    );
                    """, false)).hasValue("line 2: type \"no_such_type\" does not exist (42704)");
        }
    }

    @Test
    void aSchemaTheHarnessCreatedCountsAsCreatedOnlyWhenItSaysSo(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            db.execute("CREATE SCHEMA s");
            String script = "CREATE SCHEMA s; CREATE TABLE IF NOT EXISTS s.t (a int);";

            assertThat(ScriptLoader.of(DialectUnderTest.POSTGRES).load(connection, script, false))
                    .hasValue("line 1: schema \"s\" already exists (42P06)");
            assertThat(ScriptLoader.of(DialectUnderTest.POSTGRES).load(connection, script, true)).isEmpty();
        }
    }

    @Test
    void aScriptThatDoesNotSplitIsUnloadable(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThat(ScriptLoader.of(DialectUnderTest.POSTGRES).load(connection, "CREATE TABLE t (a text DEFAULT 'open", false))
                    .hasValueSatisfying(reason -> assertThat(reason).startsWith("the script does not split into statements"));
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT relname FROM pg_class WHERE relkind = 'r' "
                        + "AND relnamespace = 'public'::regnamespace ORDER BY relname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
