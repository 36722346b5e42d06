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

/** MySQL-family test databases: asked for with {@link DatabaseEngine}, made and dropped like PostgreSQL ones. */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class MySqlTestDatabaseTest {

    @Test
    void isEmptyAndRunsSeveralStatementsAtOnceIncludingCompoundOnes(TestDatabase database) throws SQLException {
        database.execute("""
                CREATE TABLE a (id int); CREATE TABLE b (id int); INSERT INTO a VALUES (1), (2);
                CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;
                """);

        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATABASE(), (SELECT count(*) FROM a), (SELECT count(*) FROM"
                     + " information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE())")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(database.name());
            assertThat(rs.getInt(2)).isEqualTo(2);
            assertThat(rs.getInt(3)).isEqualTo(2);
        }
        assertThat(database.server().engine()).isEqualTo(Engine.MYSQL);
    }

    @Test
    void aParameterMayAskForAnotherEngineThanItsClass(TestDatabase mysql, @DatabaseEngine(Engine.POSTGRES) TestDatabase postgres) {
        assertThat(mysql.server().engine()).isEqualTo(Engine.MYSQL);
        assertThat(mysql.jdbcUrl()).startsWith("jdbc:mysql://");
        assertThat(postgres.server().engine()).isEqualTo(Engine.POSTGRES);
        assertThat(postgres.jdbcUrl()).startsWith("jdbc:postgresql://");
    }

    @Test
    void aFailingStatementNamesTheDatabase(TestDatabase database) {
        assertThatThrownBy(() -> database.execute("SELECT * FROM missing"))
                .hasMessageStartingWith("SQL failed on test database " + database.name() + ": ")
                .hasMessageContaining("missing' doesn't exist");
    }

    @Test
    void closingDropsTheDatabaseEvenWhileAConnectionHoldsATransactionOnIt() throws SQLException {
        TestDatabase database = TestDatabases.create(Engine.MYSQL);
        database.execute("CREATE TABLE t (id int) ENGINE=InnoDB");
        try (Connection leaked = database.connect()) {
            leaked.setAutoCommit(false);
            leaked.createStatement().execute("INSERT INTO t VALUES (1)");

            database.close();

            assertThat(database.server().databases()).doesNotContain(database.name());
            assertThatThrownBy(() -> leaked.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theCliUrlIsAMySqlUrlWithEscapedCredentials() {
        MySqlServer server = new MySqlServer("plain", "db.example", 3307, "ci user", "p@ss:word/1", Map.of());
        MySqlServer withParameters = new MySqlServer("ssl", "db.example", 3306, "root", null, Map.of("sslMode", "REQUIRED"));

        assertThat(new TestDatabase(server, "atlasj_test_x").url())
                .isEqualTo("mysql://ci%20user:p%40ss%3Aword%2F1@db.example:3307/atlasj_test_x");
        assertThat(new TestDatabase(withParameters, "atlasj_test_x").url())
                .isEqualTo("mysql://root@db.example:3306/atlasj_test_x?sslMode=REQUIRED");
    }

    @Test
    void theLocalServerProviderDeclinesAWrongPasswordWithTheReason() {
        DatabaseProvider.Outcome outcome = new LocalServerProvider(Map.of("MYSQL_PWD", "atlasj-wrong-password")::get)
                .provide(Engine.MYSQL);

        assertThat(outcome).isInstanceOfSatisfying(DatabaseProvider.Declined.class, declined -> assertThat(declined.reason())
                .startsWith("no usable MySQL or MariaDB at 127.0.0.1:3306 as user root (")
                .contains("Access denied")
                .doesNotContain("atlasj-wrong-password"));
    }

    @Test
    void theEnvironmentVariableNamesAMySqlServerByItsJdbcUrl() throws SQLException {
        String url = "jdbc:mysql://127.0.0.1:3306/?user=root&connectionAttributes=program_name:atlasj";

        DatabaseProvider.Outcome outcome = new EnvironmentUrlProvider(Map.of("ATLAS_TEST_MYSQL_URL", url)::get)
                .provide(Engine.MYSQL);

        assertThat(outcome).isInstanceOf(DatabaseProvider.Found.class);
        DatabaseServer server = ((DatabaseProvider.Found) outcome).server();
        assertThat(server.description()).isEqualTo("MySQL at 127.0.0.1:3306 (from ATLAS_TEST_MYSQL_URL)");
        assertThat(server.jdbcUrl("db")).isEqualTo("jdbc:mysql://127.0.0.1:3306/db?connectionAttributes=program_name%3Aatlasj");
        assertThat(server.databases()).doesNotContain("mysql", "information_schema");
        assertThatThrownBy(() -> new EnvironmentUrlProvider(Map.of("ATLAS_TEST_MYSQL_URL", "mysql://root:pw@h/")::get)
                .provide(Engine.MYSQL))
                .hasMessage("ATLAS_TEST_MYSQL_URL must be a JDBC URL such as jdbc:mysql://HOST:3306/?user=USER&password=PASSWORD");
    }

    @Test
    void theEmbeddedPostgresProviderDeclinesMySql() {
        assertThat(new EmbeddedPostgresProvider().provide(Engine.MYSQL))
                .isEqualTo(DatabaseProvider.Outcome.declined("it runs PostgreSQL only"));
        assertThat(new EmbeddedMariaDbProvider().provide(Engine.POSTGRES))
                .isEqualTo(DatabaseProvider.Outcome.declined("it runs MariaDB only"));
    }
}
