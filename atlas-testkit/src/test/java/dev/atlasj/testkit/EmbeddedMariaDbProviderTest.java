package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbProviderTest {

    @Test
    void startsMariaDbFromMavenBinariesAndCreatesAndDropsDatabasesOnIt() throws SQLException {
        DatabaseProvider.Outcome outcome = new EmbeddedMariaDbProvider().provide(Engine.MYSQL);

        assertThat(outcome).isInstanceOf(DatabaseProvider.Found.class);
        DatabaseServer server = ((DatabaseProvider.Found) outcome).server();
        assertThat(server.description()).startsWith("embedded MariaDB 11.4.5 at 127.0.0.1:");
        server.createDatabase("atlasj_embedded_check");
        try (Connection c = server.connect("atlasj_embedded_check"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@version, DATABASE()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("11.4.5-MariaDB");
            assertThat(rs.getString(2)).isEqualTo("atlasj_embedded_check");
        }
        server.dropDatabase("atlasj_embedded_check");
        assertThat(server.databases()).doesNotContain("atlasj_embedded_check");
    }
}
