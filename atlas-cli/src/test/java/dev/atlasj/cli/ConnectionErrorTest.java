package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import dev.atlasj.url.DatabaseUrl;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad URLs and unreachable or refusing servers: each gives one paragraph on standard error that
 * names the redacted URL, exit code 1, no stack trace and never the password.
 */
@ExtendWith(DatabaseExtension.class)
class ConnectionErrorTest {

    private static final String PASSWORD = TestUrls.PASSWORD;

    static void assertOneParagraphError(CliRun run, String password) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Error: ").endsWith("\n").doesNotContain("\n\n");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        assertThat(run.output()).doesNotContain(password);
    }

    @Test
    void anUnreachableServer() {
        String url = "postgres://postgres:" + PASSWORD + "@127.0.0.1:1/shop?sslmode=disable";

        CliRun run = atlas("schema", "inspect", "--url", url);

        assertOneParagraphError(run, PASSWORD);
        assertThat(run.err()).isEqualTo("Error: cannot reach the server at 127.0.0.1:1 for"
                + " postgres://postgres:xxxxx@127.0.0.1:1/shop?sslmode=disable: connection refused."
                + " Check that the server is running and that the host and port in the URL are right.\n");
    }

    @Test
    void aRoleThatDoesNotExist(TestDatabase db) {
        String url = TestUrls.url(db, "atlasj_no_such_role", db.name());

        CliRun run = atlas("schema", "inspect", "--url", url);

        assertOneParagraphError(run, TestUrls.password(db));
        assertThat(run.err()).contains("refused the login of " + DatabaseUrl.parse(url).redacted() + ": ")
                .contains("atlasj_no_such_role")
                .endsWith("Check the user name and password in the URL.\n");
    }

    @Test
    void aDatabaseThatDoesNotExist(TestDatabase db) {
        String missing = db.name() + "_missing";
        String url = TestUrls.url(db, db.server().user(), missing);

        CliRun run = atlas("schema", "inspect", "--url", url);

        assertOneParagraphError(run, TestUrls.password(db));
        assertThat(run.err()).startsWith("Error: database \"" + missing + "\" does not exist on ")
                .contains("(" + DatabaseUrl.parse(url).redacted() + ")")
                .endsWith("Create it first, or correct the database name in the URL.\n");
    }

    @Test
    void anUnknownScheme() {
        CliRun run = atlas("schema", "inspect", "--url", "mongodb://admin:" + PASSWORD + "@localhost/shop");

        assertOneParagraphError(run, PASSWORD);
        assertThat(run.err()).isEqualTo("Error: --url: unknown URL scheme \"mongodb\" in mongodb://admin:xxxxx@localhost/shop;"
                + " accepted schemes: postgres://, postgresql://, jdbc:postgresql://, mysql://, maria://, mariadb://,"
                + " jdbc:mysql://, jdbc:mariadb://, file://, embedded://, docker://"
                + " (for example postgres://user:pass@localhost:5432/database?sslmode=disable)\n");
    }

    @Test
    void notAUrlAtAll() {
        CliRun run = atlas("schema", "inspect", "--url", "foo");

        assertOneParagraphError(run, PASSWORD);
        assertThat(run.err()).startsWith("Error: --url: \"foo\" is not a database URL; accepted schemes: ");
    }

    @Test
    void aMalformedUrl() {
        CliRun run = atlas("schema", "inspect", "--url", "postgres://me:" + PASSWORD + "@localhost:port/shop");

        assertOneParagraphError(run, PASSWORD);
        assertThat(run.err()).isEqualTo("Error: --url: invalid URL postgres://me:xxxxx@localhost:port/shop:"
                + " the port is not a number from 1 to 65535\n");
    }

    @Test
    void debugAddsTheStackTraceButStillNoPassword() {
        String url = "postgres://postgres:" + PASSWORD + "@127.0.0.1:1/shop";

        CliRun flag = atlas("schema", "inspect", "--url", url, "--debug");
        CliRun variable = atlas(Map.of(AtlasCli.DEBUG_VARIABLE, "true"), "schema", "inspect", "--url", url);

        for (CliRun run : new CliRun[] {flag, variable}) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("Error: cannot reach the server at 127.0.0.1:1 for postgres://postgres:xxxxx@127.0.0.1:1/shop: ")
                    .contains("\tat dev.atlasj.cli.ServerConnections", "Caused by: org.postgresql.util.PSQLException")
                    .doesNotContain(PASSWORD);
        }
    }
}
