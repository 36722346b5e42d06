package dev.atlasj.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.state.DevDatabaseException;
import dev.atlasj.state.DevSession;
import dev.atlasj.state.SqlScript;
import dev.atlasj.state.SqlScriptException;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SQL desired states run on a MySQL-family dev database and read back, leaving it and its server clean. */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class MySqlDevDatabaseTest {

    /** The README's MySQL example: reserved-word names, a DELIMITER $$ section with a trigger and a procedure, a view. */
    private static final Path SHOP = Path.of("../examples/mysql/schema.sql");


    private static DevDatabase dev(TestDatabase db) {
        return new MySqlDialect().devDatabase(db.dataSource());
    }

    @Test
    void unqualifiedObjectsLandInTheDevDatabaseAndAreDroppedAfterwards(TestDatabase db) throws SQLException, IOException {
        Realm realm = dev(db).load(List.of(new SqlScript("schema.sql", Files.readString(SHOP))));

        Schema schema = realm.schema(db.name()).orElseThrow();
        assertThat(realm.schemas()).hasSize(1);
        assertThat(schema.tables()).extracting(t -> t.name()).containsExactly("customers", "order", "order_log");
        assertThat(schema.table("order").orElseThrow().columns()).extracting(c -> c.name())
                .containsExactly("key", "customer_id", "select", "total", "created_at");
        assertThat(schema.triggers()).extracting(t -> t.name()).containsExactly("order_logged");
        assertThat(schema.routines()).extracting(r -> r.name()).containsExactly("touch_order");
        assertThat(schema.views()).extracting(v -> v.name()).containsExactly("big_orders");
        assertThat(objects(db)).isEmpty();
    }

    @Test
    void databasesTheScriptCreatesAreReadAndDropped(TestDatabase db) throws SQLException {
        String other = db.name() + "_x";
        Realm realm = dev(db).load(List.of(new SqlScript("two.sql", "CREATE DATABASE " + other + ";\n"
                + "CREATE TABLE " + other + ".items (id int PRIMARY KEY);\n"
                + "USE " + other + ";\nCREATE TABLE more_items (id int);\n")));

        assertThat(realm.schemas()).extracting(Schema::name).containsExactly(other);
        assertThat(realm.schema(other).orElseThrow().tables()).extracting(t -> t.name())
                .containsExactly("items", "more_items");
        assertThat(databases(db)).doesNotContain(other).contains(db.name());
    }

    @Test
    void aFailingStatementNamesFileAndLineAndLeavesNothingBehind(TestDatabase db) throws SQLException {
        String other = db.name() + "_y";
        String sql = "CREATE DATABASE " + other + ";\nCREATE TABLE ok (id int);\n\nCREATE TABLE bad (\n  id int,\n"
                + "  name TEXTT\n);\n";

        assertThatThrownBy(() -> dev(db).load(List.of(new SqlScript("schema/bad.sql", sql))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessageStartingWith("schema/bad.sql:6: ")
                .hasMessageContaining("'TEXTT")
                .hasMessageNotContaining("at line");
        assertThat(objects(db)).isEmpty();
        assertThat(databases(db)).doesNotContain(other);
    }

    @Test
    void aSyntaxErrorIsPlacedOnTheLineTheServerNames(TestDatabase db) {
        String sql = "CREATE TABLE ok (id int);\nCREATE TABLE bad (\n  id int,\n  name text NOT NULL DEFAULT ,\n  x int\n);";

        assertThatThrownBy(() -> dev(db).load(List.of(new SqlScript("syntax.sql", sql))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessageStartingWith("syntax.sql:4: You have an error in your SQL syntax")
                .hasMessageNotContaining("at line");
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefusedByName(TestDatabase db) {
        db.execute("CREATE TABLE leftover (id int); CREATE VIEW v AS SELECT 1 AS one;");

        assertThatThrownBy(() -> dev(db).open()).isInstanceOf(DevDatabaseException.class)
                .hasMessageStartingWith("the dev database \"" + db.name() + "\" is not empty: it holds table leftover,"
                        + " view v. A dev database must be empty");
    }

    @Test
    void databasesThatWereThereBeforeAreNotToBeTouched(TestDatabase db, TestDatabase existing) throws SQLException {
        assertThatThrownBy(() -> dev(db).load(List.of(new SqlScript("use.sql", "CREATE TABLE a (id int);\nUSE `"
                + existing.name() + "`;\nCREATE TABLE b (id int);"))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessageStartingWith("use.sql:2: USE " + existing.name() + " would change database \"" + existing.name()
                        + "\", which was on the dev database's server before");
        assertThat(objects(db)).isEmpty();
        assertThat(objects(existing)).isEmpty();
    }

    @Test
    void aDatabaseSomeoneElseCreatesOnTheServerMeanwhileIsLeftAlone(TestDatabase db) throws SQLException {
        String theirs = db.name() + "_theirs";
        try (DevSession session = dev(db).open(); Connection other = db.dataSource().getConnection();
                Statement statement = other.createStatement()) {
            session.run(new SqlScript("mine.sql", "CREATE DATABASE `" + db.name() + "_mine`;\nCREATE TABLE t (id int);"));
            statement.execute("CREATE DATABASE `" + theirs + "`");

            assertThat(session.inspect().schemas()).extracting(Schema::name)
                    .containsExactlyInAnyOrder(db.name(), db.name() + "_mine");
        }
        try {
            assertThat(databases(db)).contains(theirs).doesNotContain(db.name() + "_mine");
        } finally {
            db.execute("DROP DATABASE IF EXISTS `" + theirs + "`");
        }
    }

    @Test
    void theDevDatabasesDefaultsArePutBack(TestDatabase db) throws SQLException {
        String before = collation(db);

        Realm realm = dev(db).load(List.of(new SqlScript("charset.sql", "ALTER DATABASE CHARACTER SET latin1"
                + " COLLATE latin1_swedish_ci;\nCREATE TABLE t (name varchar(10));")));

        assertThat(realm.schema(db.name()).orElseThrow().table("t")).isPresent();
        assertThat(collation(db)).isEqualTo(before);
    }

    @Test
    void standingForASchemaTheDevDatabaseTakesItsCharacterSetForTheSession(TestDatabase db) throws SQLException {
        String before = collation(db);
        Schema latin = Schema.builder("shop").attribute(MySqlAttributes.CHARSET, "latin1")
                .attribute(MySqlAttributes.COLLATION, "latin1_swedish_ci").build();

        Realm realm = dev(db).standingFor(latin).load(List.of(new SqlScript("t.sql", "CREATE TABLE t (name varchar(10));")));

        assertThat(realm.schema(db.name()).orElseThrow().attributes().get(MySqlAttributes.COLLATION))
                .isEqualTo("latin1_swedish_ci");
        assertThat(realm.schema(db.name()).orElseThrow().table("t").orElseThrow().attributes()
                .get(MySqlAttributes.COLLATION)).isIn(null, "latin1_swedish_ci");
        assertThat(collation(db)).isEqualTo(before);
    }

    private static List<String> objects(TestDatabase db) throws SQLException {
        return strings(db, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " UNION ALL SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()");
    }

    private static List<String> databases(TestDatabase db) throws SQLException {
        return strings(db, "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA");
    }

    private static String collation(TestDatabase db) throws SQLException {
        return strings(db, "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME = DATABASE()").get(0);
    }

    private static List<String> strings(TestDatabase db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
