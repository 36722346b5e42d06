package dev.atlasj.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MySQL and MariaDB URLs, where the database in the path is the schema the URL is scoped to. */
class MySqlUrlTest {

    private static ServerUrl server(String url) {
        return (ServerUrl) DatabaseUrl.parse(url);
    }

    @Test
    void readsEveryPartOfAMySqlUrl() {
        ServerUrl url = server("mysql://alice:s3cret@db.example:3307/shop?sslMode=DISABLED");

        assertThat(url.scheme()).isEqualTo("mysql");
        assertThat(url.dialect()).isEqualTo("mysql");
        assertThat(url.host()).isEqualTo("db.example");
        assertThat(url.port()).isEqualTo(3307);
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.schemas()).containsExactly("shop");
        assertThat(url.user()).isEqualTo("alice");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mysql://db.example:3307/shop");
        Properties properties = url.connectionProperties();
        assertThat(properties).containsOnlyKeys("user", "password", "sslMode");
        assertThat(properties.getProperty("password")).isEqualTo("s3cret");
        assertThat(properties.getProperty("sslMode")).isEqualTo("DISABLED");
        assertThat(url.redacted()).isEqualTo("mysql://alice:xxxxx@db.example:3307/shop?sslMode=DISABLED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://root@localhost", "mysql://root@localhost/", "mysql://root@localhost:3306/"})
    void withoutADatabaseTheUrlMeansEveryUserDatabase(String text) {
        ServerUrl url = server(text);

        assertThat(url.database()).isEmpty();
        assertThat(url.schemas()).isEmpty();
        assertThat(url.port()).isEqualTo(3306);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mysql://localhost:3306/");
    }

    @Test
    void mariaAndMariadbAreMySqlUrlsForConnectorJ() {
        ServerUrl maria = server("maria://root@127.0.0.1/shop");
        ServerUrl mariadb = server("MariaDB://root:pw@127.0.0.1:3306/shop/");

        assertThat(maria.scheme()).isEqualTo("maria");
        assertThat(maria.dialect()).isEqualTo("mysql");
        assertThat(maria.jdbcUrl()).isEqualTo("jdbc:mysql://127.0.0.1:3306/shop");
        assertThat(mariadb.scheme()).isEqualTo("mariadb");
        assertThat(mariadb.schemas()).containsExactly("shop");
        assertThat(mariadb.redacted()).isEqualTo("MariaDB://root:xxxxx@127.0.0.1:3306/shop/");
    }

    @Test
    void readsJdbcUrlsOfBothDrivers() {
        ServerUrl connectorJ = server("jdbc:mysql://db:3306/shop?user=bob&password=pw&useSSL=false");
        ServerUrl mariadbDriver = server("jdbc:mariadb://db/shop?user=bob&password=pw");

        assertThat(connectorJ.dialect()).isEqualTo("mysql");
        assertThat(connectorJ.jdbcUrl()).isEqualTo("jdbc:mysql://db:3306/shop");
        assertThat(connectorJ.connectionProperties()).containsOnlyKeys("user", "password", "useSSL");
        assertThat(connectorJ.redacted()).isEqualTo("jdbc:mysql://db:3306/shop?user=bob&password=xxxxx&useSSL=false");
        assertThat(mariadbDriver.dialect()).isEqualTo("mysql");
        assertThat(mariadbDriver.jdbcUrl()).isEqualTo("jdbc:mariadb://db:3306/shop");
        assertThat(mariadbDriver.schemas()).containsExactly("shop");
    }

    @Test
    void keepsTheDatabaseNameAsWrittenAndEncodesItForTheDriver() {
        ServerUrl url = server("mysql://root@localhost/My%20Caf%C3%A9");

        assertThat(url.schemas()).containsExactly("My Café");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mysql://localhost:3306/My%20Caf%C3%A9");
    }

    @Test
    void refusesSearchPathBecauseTheDatabaseIsTheSchema() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@localhost/shop?search_path=shop"))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessage("invalid URL mysql://root:xxxxx@localhost/shop?search_path=shop: a MySQL URL is scoped by"
                        + " the database after the host, not by search_path, as in mysql://HOST:3306/DATABASE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mysql://u:hunter2@h/a/b",
        "mysql://u:hunter2@h:99999/d",
        "mariadb://u:hun/ter2@h/d",
        "jdbc:mysql://h/d?password=hunter2&user",
        "maria://u:hunter2@h/d?password=hunter2",
    })
    void aMalformedUrlIsRefusedWithoutShowingThePassword(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageStartingWith("invalid URL ")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("ter2");
    }

    @Test
    void redactsPasswordParametersOfJdbcUrls() {
        assertThat(DatabaseUrl.parse("jdbc:mariadb://h/d?user=u&password=hunter2&trustStorePassword=hunter3").redacted())
                .isEqualTo("jdbc:mariadb://h/d?user=u&password=xxxxx&trustStorePassword=xxxxx");
    }
}
