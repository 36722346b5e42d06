package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class TestDatabaseTest {

    @Test
    void isEmptyAndRunsSeveralStatementsAtOnce(TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE a (id int); CREATE TABLE b (id int); INSERT INTO a VALUES (1), (2)");

        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database(), (SELECT count(*) FROM a),"
                     + " (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(database.name());
            assertThat(rs.getInt(2)).isEqualTo(2);
            assertThat(rs.getInt(3)).isEqualTo(2);
        }
    }

    @Test
    void aFailingStatementNamesTheDatabase(TestDatabase database) {
        assertThatThrownBy(() -> database.execute("SELECT * FROM missing"))
                .hasMessageStartingWith("SQL failed on test database " + database.name() + ": ERROR: relation \"missing\" does not exist");
    }

    @Test
    void closingDropsTheDatabaseEvenWhileATestStillHoldsAConnection() throws SQLException {
        TestDatabase database = TestDatabases.create(Engine.POSTGRES);
        try (Connection leaked = database.connect()) {
            database.close();

            assertThat(database.server().databases()).doesNotContain(database.name());
            assertThatThrownBy(() -> leaked.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theCliUrlCarriesEscapedCredentialsAndDisablesSslUnlessTheServerSetsIt() {
        PostgresServer plain = new PostgresServer("plain", "db.example", 5433, "postgres", "ci user", "p@ss:word/1", Map.of());
        PostgresServer ssl = new PostgresServer("ssl", "db.example", 5433, "postgres", "postgres", null, Map.of("sslmode", "require"));

        assertThat(new TestDatabase(plain, "atlasj_test_x").url())
                .isEqualTo("postgres://ci%20user:p%40ss%3Aword%2F1@db.example:5433/atlasj_test_x?sslmode=disable");
        assertThat(new TestDatabase(ssl, "atlasj_test_x").url())
                .isEqualTo("postgres://postgres@db.example:5433/atlasj_test_x?sslmode=require");
    }
}
