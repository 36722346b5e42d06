package dev.atlasj.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    private static ServerUrl server(String url) {
        return (ServerUrl) DatabaseUrl.parse(url);
    }

    @Test
    void readsEveryPartOfAPostgresUrl() {
        ServerUrl url = server("postgres://alice:s3cret@db.example:6543/shop?sslmode=disable&search_path=sales");

        assertThat(url.scheme()).isEqualTo("postgres");
        assertThat(url.dialect()).isEqualTo("postgres");
        assertThat(url.host()).isEqualTo("db.example");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.user()).isEqualTo("alice");
        assertThat(url.hasPassword()).isTrue();
        assertThat(url.schemas()).containsExactly("sales");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop");
        Properties properties = url.connectionProperties();
        assertThat(properties).containsOnlyKeys("user", "password", "sslmode");
        assertThat(properties.getProperty("user")).isEqualTo("alice");
        assertThat(properties.getProperty("password")).isEqualTo("s3cret");
        assertThat(properties.getProperty("sslmode")).isEqualTo("disable");
    }

    @Test
    void postgresqlIsTheSameAsPostgres() {
        ServerUrl url = server("postgresql://alice@localhost/shop");

        assertThat(url.scheme()).isEqualTo("postgresql");
        assertThat(url.dialect()).isEqualTo("postgres");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(url.hasPassword()).isFalse();
    }

    @Test
    void readsAJdbcUrlWithCredentialsAsParameters() {
        ServerUrl url = server("jdbc:postgresql://127.0.0.1/shop?user=bob&password=pw&ssl=false");

        assertThat(url.scheme()).isEqualTo("jdbc:postgresql");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.user()).isEqualTo("bob");
        assertThat(url.connectionProperties().getProperty("password")).isEqualTo("pw");
        assertThat(url.connectionProperties().getProperty("ssl")).isEqualTo("false");
        assertThat(url.schemas()).isEmpty();
        assertThat(url.redacted()).isEqualTo("jdbc:postgresql://127.0.0.1/shop?user=bob&password=xxxxx&ssl=false");
    }

    @Test
    void withoutSearchPathTheUrlMeansEverySchema() {
        assertThat(server("postgres://localhost/shop").schemas()).isEmpty();
        assertThat(server("postgres://localhost/shop?search_path=").schemas()).isEmpty();
    }

    @Test
    void percentDecodesUserPasswordDatabaseAndParameters() {
        ServerUrl url = server("postgres://al%40ice:p%40ss%2Fw%3Ard+%C3%A9@localhost/sh%20op?search_path=My%20caf%C3%A9");

        assertThat(url.user()).isEqualTo("al@ice");
        assertThat(url.connectionProperties().getProperty("password")).isEqualTo("p@ss/w:rd+é");
        assertThat(url.database()).isEqualTo("sh op");
        assertThat(url.schemas()).containsExactly("My café");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/sh%20op");
        assertThat(url.redacted()).isEqualTo("postgres://al%40ice:xxxxx@localhost/sh%20op?search_path=My%20caf%C3%A9");
    }

    @Test
    void keepsTheSplitOfTheLastAtSignLikeGo() {
        ServerUrl url = server("postgres://me:a@b@localhost/shop");

        assertThat(url.user()).isEqualTo("me");
        assertThat(url.connectionProperties().getProperty("password")).isEqualTo("a@b");
        assertThat(url.host()).isEqualTo("localhost");
    }

    @Test
    void translatesLibpqParameterNamesForTheDriver() {
        Properties properties = server("postgres://localhost/shop?connect_timeout=3&application_name=deploy")
                .connectionProperties();

        assertThat(properties.getProperty("connectTimeout")).isEqualTo("3");
        assertThat(properties.getProperty("ApplicationName")).isEqualTo("deploy");
    }

    @Test
    void readsIpv6HostsAndDefaultsTheHost() {
        assertThat(server("postgres://[::1]:5433/shop").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/shop");
        assertThat(server("postgres://u@/shop").host()).isEqualTo("localhost");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(server("PostgreSQL://localhost/shop").scheme()).isEqualTo("postgresql");
    }

    @Test
    void withSchemasReplacesTheScope() {
        ServerUrl url = server("postgres://localhost/shop?search_path=a").withSchemas(List.of("b", "c"));

        assertThat(url.schemas()).containsExactly("b", "c");
        assertThat(url.redacted()).isEqualTo("postgres://localhost/shop?search_path=a");
    }

    @Test
    void redactsThePasswordInEveryForm() {
        assertThat(DatabaseUrl.parse("postgres://u:hunter2@h:1/d?sslmode=disable").redacted())
                .isEqualTo("postgres://u:xxxxx@h:1/d?sslmode=disable");
        assertThat(DatabaseUrl.parse("postgres://u:hunter2@h/d").toString()).isEqualTo("postgres://u:xxxxx@h/d");
        assertThat(DatabaseUrl.parse("postgres://h/d?password=hunter2&sslpassword=hunter3").redacted())
                .isEqualTo("postgres://h/d?password=xxxxx&sslpassword=xxxxx");
        assertThat(DatabaseUrl.parse("postgres://u:@h/d").redacted()).isEqualTo("postgres://u:xxxxx@h/d");
        assertThat(DatabaseUrl.parse("postgres://u@h/d").redacted()).isEqualTo("postgres://u@h/d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mongodb://u:hunter2@h/d", "sqlserver://root:hunter2@localhost/db", "foo", "", "localhost:5432/db"})
    void anUnknownSchemeListsTheAcceptedOnes(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("accepted schemes: postgres://, postgresql://, jdbc:postgresql://")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anUnknownSchemeIsNamedWithTheUrlRedacted() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mongodb://u:hunter2@h/d"))
                .hasMessageStartingWith("unknown URL scheme \"mongodb\" in mongodb://u:xxxxx@h/d;");
        assertThatThrownBy(() -> DatabaseUrl.parse("foo")).hasMessageStartingWith("\"foo\" is not a database URL;");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgres://u:hunter2@h:port/d",
        "postgres://u:hunter2@h:70000/d",
        "postgres://u:hunter2@h",
        "postgres://u:hunter2@h/",
        "postgres://u:hunter2@h/d/e",
        "postgres:u:hunter2@h/d",
        "postgres://u:hun/ter2@h/d",
        "postgres://u:hun#ter2@h/d",
        "postgres://u:hun?ter2@h/d",
        "postgres://u:hunter2%zz@h/d",
        "postgres://u:hunter2@h/d?sslmode",
        "postgres://u:hunter2@h/d?sslmode=a&sslmode=b",
        "postgres://u:hunter2@h/d?password=hunter2",
        "postgres://u:hunter2@h/d?search_path=a,b",
        "jdbc:postgresql://h/d?password=hunter2&user",
    })
    void aMalformedUrlIsRefusedWithoutShowingThePassword(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageStartingWith("invalid URL ")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("ter2");
    }

    @Test
    void aMalformedPartIsNamed() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://h:abc/d"))
                .hasMessage("invalid URL postgres://h:abc/d: the port is not a number from 1 to 65535");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://h"))
                .hasMessage("invalid URL postgres://h: expected one database name after the host, as in"
                        + " postgres://HOST:5432/DATABASE");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://h/d?search_path=a,b"))
                .hasMessageContaining("search_path names one schema");
    }

    @Test
    void redactsAnyTextThatMayHoldAPassword() {
        assertThat(DatabaseUrl.redact("mysql://root:hunter2@db/shop")).isEqualTo("mysql://root:xxxxx@db/shop");
        assertThat(DatabaseUrl.redact("jdbc:mysql://db/shop?password=hunter2&ssl=1"))
                .isEqualTo("jdbc:mysql://db/shop?password=xxxxx&ssl=1");
        assertThat(DatabaseUrl.redact("root:hunter2@db")).isEqualTo("root:xxxxx@db");
        assertThat(DatabaseUrl.redact("--format")).isEqualTo("--format");
    }

    @Test
    void listsTheAcceptedSchemes() {
        assertThat(DatabaseUrl.acceptedSchemes())
                .containsExactly("postgres", "postgresql", "jdbc:postgresql", "mysql", "maria", "mariadb", "jdbc:mysql",
                        "jdbc:mariadb", "file", "embedded", "docker");
    }
}
