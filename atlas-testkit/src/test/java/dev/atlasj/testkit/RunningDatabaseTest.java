package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.ConnectionException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class RunningDatabaseTest {

    @Test
    void aServerUrlReachesItsDatabaseWithTheUrlsScope(TestDatabase db) throws SQLException {
        try (RunningDatabase running = RunningDatabase.open(db.url() + "&search_path=app")) {
            assertThat(running.schemas()).containsExactly("app");
            assertThat(running.description()).isEqualTo(running.url().redacted());
            assertThat(query(running, "SELECT current_database()")).isEqualTo(db.name());
        }
    }

    @Test
    void aNamedEmbeddedDatabaseKeepsItsDataBetweenRunsAndServesOneAtATime() throws SQLException, IOException {
        String name = "it_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        Path data = EmbeddedPostgresServer.namedDataDirectory(name);
        try {
            try (RunningDatabase first = RunningDatabase.open("embedded://postgres/" + name)) {
                execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
                assertThat(first.description()).isEqualTo("embedded PostgreSQL " + EmbeddedPostgresServer.version()
                        + " \"" + name + "\" (data in " + data + ")");
                assertThatThrownBy(() -> RunningDatabase.open("embedded://postgres/" + name))
                        .isInstanceOf(ConnectionException.class)
                        .hasMessage("cannot start embedded PostgreSQL for embedded://postgres/" + name
                                + ": cannot start embedded PostgreSQL on " + data + ": process "
                                + ProcessHandle.current().pid() + " uses it");
            }
            try (RunningDatabase second = RunningDatabase.open("embedded://postgres/" + name)) {
                assertThat(query(second, "SELECT note FROM kept")).isEqualTo("still here");
            }
            assertThat(data.getParent()).isEqualTo(EmbeddedPostgresCache.standard(Environment.system()).root().resolve("databases"));
        } finally {
            EmbeddedPostgresCache.deleteRecursively(data);
        }
    }

    @Test
    void aNamedEmbeddedMariaDbKeepsItsDataInItsDatabaseBetweenRuns() throws SQLException, IOException {
        String name = "it_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        Path data = EmbeddedMariaDb.namedDirectory(Environment.system(), name);
        try {
            try (RunningDatabase first = RunningDatabase.open("embedded://mariadb/" + name)) {
                assertThat(first.schemas()).containsExactly(name);
                assertThat(query(first, "SELECT DATABASE()")).isEqualTo(name);
                execute(first, "CREATE TABLE kept (note text)");
                execute(first, "INSERT INTO kept VALUES ('still here')");
                assertThat(first.description()).isEqualTo("embedded MariaDB " + EmbeddedMariaDb.binariesVersion()
                        + " \"" + name + "\" (data in " + data + ")");
                assertThatThrownBy(() -> RunningDatabase.open("embedded://mariadb/" + name))
                        .isInstanceOf(ConnectionException.class)
                        .hasMessageEndingWith("process " + ProcessHandle.current().pid() + " uses it");
            }
            try (RunningDatabase second = RunningDatabase.open("embedded://mariadb/" + name)) {
                assertThat(query(second, "SELECT note FROM kept")).isEqualTo("still here");
            }
        } finally {
            EmbeddedPostgresCache.deleteRecursively(data);
        }
    }

    @Test
    void aThrowawayEmbeddedMariaDbHoldsOneEmptyDatabaseAndOnlyTheBundledVersionRuns() throws SQLException {
        try (RunningDatabase dev = RunningDatabase.open("embedded://mariadb")) {
            assertThat(query(dev, "SELECT CONCAT(DATABASE(), ' ', COUNT(*)) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE()")).isEqualTo(RunningDatabase.MARIADB_DEV_DATABASE + " 0");
            assertThat(dev.description()).isEqualTo("a throwaway database on embedded MariaDB "
                    + EmbeddedMariaDb.binariesVersion());
        }
        assertThatThrownBy(() -> RunningDatabase.open("embedded://mariadb/10.6"))
                .isInstanceOf(ConnectionException.class)
                .hasMessage("embedded MariaDB 10.6 is not available: this build bundles MariaDB "
                        + EmbeddedMariaDb.binariesVersion() + " only. Use embedded://mariadb, docker://mariadb/10.6 where"
                        + " Docker runs, or the URL of a MariaDB 10.6 server");
    }

    @Test
    void anEmbeddedVersionThatIsNotBundledIsRefusedSayingWhatIs() {
        String bundled = EmbeddedPostgresServer.version();

        assertThatThrownBy(() -> RunningDatabase.open("embedded://postgres/9.6"))
                .isInstanceOf(ConnectionException.class)
                .hasMessage("embedded PostgreSQL 9.6 is not available: this build bundles PostgreSQL " + bundled
                        + " only. Use embedded://postgres or embedded://postgres/" + bundled.split("\\.")[0]
                        + ", docker://postgres/9.6 where Docker runs, or the URL of a PostgreSQL 9.6 server");
        assertThatThrownBy(() -> RunningDatabase.open("embedded://postgres/" + bundled + "1"))
                .hasMessageStartingWith("embedded PostgreSQL " + bundled + "1 is not available");
    }

    @Test
    void dockerRunsTheImageWhereDockerRunsAndIsAClearErrorElsewhere() throws SQLException {
        if (TestcontainersPostgres.dockerAvailable()) {
            try (RunningDatabase docker = RunningDatabase.open("docker://postgres/16/dev")) {
                assertThat(query(docker, "SELECT current_database() || ' ' || current_setting('server_version_num')"))
                        .startsWith("dev 16");
            }
        } else {
            assertThatThrownBy(() -> RunningDatabase.open("docker://postgres/16"))
                    .isInstanceOf(ConnectionException.class)
                    .hasMessage("docker://postgres/16 needs a running Docker engine, and none is reachable;"
                            + " embedded://postgres needs nothing but Java");
        }
    }

    @Test
    void aFileUrlIsNoDatabase() {
        assertThatThrownBy(() -> RunningDatabase.open("file://schema.sql"))
                .isInstanceOf(ConnectionException.class)
                .hasMessageStartingWith("file://schema.sql names SQL files, not a database;");
    }

    private static String query(RunningDatabase database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static void execute(RunningDatabase database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
