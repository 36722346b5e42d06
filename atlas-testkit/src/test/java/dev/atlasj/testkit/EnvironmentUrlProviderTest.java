package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentUrlProviderTest {

    @Test
    void declinesWhenTheVariableIsNotSet() {
        DatabaseProvider.Outcome outcome = new EnvironmentUrlProvider(Map.of("ATLAS_TEST_POSTGRES_URL", " ")::get)
                .provide(Engine.POSTGRES);

        assertThat(outcome).isEqualTo(DatabaseProvider.Outcome.declined("ATLAS_TEST_POSTGRES_URL is not set"));
    }

    @Test
    void usesTheServerTheVariableNamesWithItsCredentialsAndParameters() throws SQLException {
        DatabaseServer local = TestDatabases.server(Engine.POSTGRES);
        String url = local.jdbcUrl("postgres") + "?user=" + local.user()
                + (local.password() == null ? "" : "&password=" + local.password())
                + "&ApplicationName=from%20the%20variable";

        DatabaseProvider.Outcome outcome = new EnvironmentUrlProvider(Map.of("ATLAS_TEST_POSTGRES_URL", url)::get)
                .provide(Engine.POSTGRES);

        assertThat(outcome).isInstanceOf(DatabaseProvider.Found.class);
        DatabaseServer server = ((DatabaseProvider.Found) outcome).server();
        assertThat(server.description()).endsWith("(from ATLAS_TEST_POSTGRES_URL)");
        assertThat(server.jdbcUrl("db")).endsWith("/db?ApplicationName=from+the+variable").doesNotContain("user=");
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('application_name')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("from the variable");
        }
    }

    @Test
    void refusesAUrlThatIsNotJdbcWithoutRepeatingIt() {
        EnvironmentUrlProvider provider = new EnvironmentUrlProvider(
                Map.of("ATLAS_TEST_POSTGRES_URL", "postgres://me:s3cret-pw@db.example/postgres")::get);

        assertThatThrownBy(() -> provider.provide(Engine.POSTGRES))
                .hasMessage("ATLAS_TEST_POSTGRES_URL must be a JDBC URL such as "
                        + "jdbc:postgresql://HOST:5432/postgres?user=USER&password=PASSWORD");
    }
}
