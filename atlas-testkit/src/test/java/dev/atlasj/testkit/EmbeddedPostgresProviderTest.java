package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Starts the embedded server for real, though another provider answers here: once for this JVM. */
class EmbeddedPostgresProviderTest {

    @Test
    void startsPostgres15FromTheCacheAndCreatesAndDropsDatabasesOnIt() throws SQLException {
        DatabaseProvider.Outcome outcome = new EmbeddedPostgresProvider().provide(Engine.POSTGRES);

        assertThat(outcome).isInstanceOf(DatabaseProvider.Found.class);
        EmbeddedPostgresServer server = (EmbeddedPostgresServer) ((DatabaseProvider.Found) outcome).server();
        assertThat(server).isSameAs(EmbeddedPostgresProvider.server());
        assertThat(server.dataDirectory().getParent())
                .isEqualTo(EmbeddedPostgresCache.standard(Environment.system()).versionDirectory());
        assertThat(server.dataDirectory().getFileName().toString()).startsWith("scratch-");

        String name = DatabaseNames.forThisRun(java.time.Clock.systemUTC()).next();
        server.createDatabase(name);
        try (Connection leaked = server.connect(name); Statement s = leaked.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int, current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isBetween(150000, 159999);
            assertThat(rs.getString(2)).isEqualTo("postgres");

            server.dropDatabase(name);

            assertThat(server.databases()).doesNotContain(name);
            assertThatThrownBy(() -> s.executeQuery("SELECT 1")).isInstanceOf(SQLException.class);
        }
    }
}
