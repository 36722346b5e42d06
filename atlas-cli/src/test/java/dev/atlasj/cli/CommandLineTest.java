package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help, version and usage errors: what the command says before it touches a database. */
class CommandLineTest {

    @Test
    void helpListsTheCommandsTheSharedFlagsAndTheExitCodes() {
        CliRun run = atlas("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: atlas [-hV] [--debug] [COMMAND]")
                .contains("  schema   Work with the schema of a database.")
                .contains("  migrate  Manage versioned migration files.")
                .contains("--debug", "ATLAS_DEBUG=true", "-V, --version", "-h, --help")
                .contains("Exit codes:", "0   success", "1   the command failed", "2   invalid usage");
    }

    @Test
    void schemaHelpListsItsSubcommands() {
        CliRun run = atlas("schema", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: atlas schema [-hV] [--debug] [COMMAND]")
                .contains("  inspect  Inspect a database and print its schema")
                .contains("  diff     Compare two schema states and print the SQL that turns the first")
                .contains("  apply    Bring a database to a desired schema state");
    }

    @Test
    void diffHelpDescribesEveryFlag() {
        CliRun run = atlas("schema", "diff", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: atlas schema diff [-hV] [--debug] [--dev-url=URL] [--format=FORMAT]\n"
                        + "                         --from=URL [--from=URL]... [--rename=HINT]... --to=URL\n"
                        + "                         [--to=URL]...")
                .contains("\"Schemas are synced, no changes to be made.\"", "search_path")
                .contains("--from=URL", "--to=URL", "--dev-url=URL", "--format=FORMAT", "docs/plan-json-format.md")
                .contains("file://schema.sql", "file://dir/", "Repeat the flag to compose", "embedded://postgres")
                .contains("--rename=HINT", "table:SCHEMA.OLD=NEW", "column:SCHEMA.TABLE.OLD=NEW", "index:SCHEMA.TABLE.OLD=NEW");
    }

    @Test
    void applyHelpDescribesEveryFlag() {
        CliRun run = atlas("schema", "apply", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: atlas schema apply [-hV] [--auto-approve] [--debug] [--dry-run]")
                .contains("-u, --url=URL", "--to=URL", "--dev-url=URL", "--rename=HINT")
                .contains("--auto-approve", "Apply without asking, destructive changes included.")
                .contains("--dry-run", "Print the plan and change nothing.")
                .contains("--tx-mode=MODE", "file (the default)", "none: every statement")
                .contains("without one, only --auto-approve applies", "Destructive");
    }

    @Test
    void applyNeedsBothUrls() {
        CliRun run = atlas("schema", "apply", "--url", "postgres://localhost/db");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Error: Missing required option: '--to=URL'\n"
                + "Run 'atlas schema apply --help' for usage.\n");
    }

    @Test
    void inspectHelpDescribesEveryFlag() {
        CliRun run = atlas("schema", "inspect", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: atlas schema inspect [-hV] [--debug] [--format=FORMAT] -u=URL")
                .contains("[-s=SCHEMA]...")
                .contains("-u, --url=URL", "The database to inspect (see URLs below)", "search_path=SCHEMA")
                .contains("-s, --schema=SCHEMA", "Inspect only this schema;", "Overrides the URL's search_path")
                .contains("--format=FORMAT", "sql (the default):", "json: the schema model")
                .contains("--debug", "-h, --help", "-V, --version")
                .contains("jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD", "defaults to 5432")
                .contains("(@ as %40, / as %2F)");
    }

    @Test
    void versionNamesTheRelease() {
        CliRun run = atlas("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("atlas version \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(atlasj\\)\\R");
        assertThat(atlas("schema", "inspect", "--version").out()).isEqualTo(run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = atlas();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Error: Missing required subcommand\nRun 'atlas --help' for usage.\n");
    }

    @Test
    void aMissingUrlIsAUsageError() {
        CliRun run = atlas("schema", "inspect");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Error: Missing required option: '--url=URL'\n"
                + "Run 'atlas schema inspect --help' for usage.\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = atlas("schema", "inspect", "--url", "postgres://localhost/db", "--format", "hcl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Invalid value for option '--format': expected one of [sql, json]");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = atlas("shema", "inspect");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Error: Unmatched arguments from index 0: 'shema', 'inspect'\n"
                + "Did you mean: atlas schema?\n"
                + "Run 'atlas --help' for usage.\n");
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        CliRun run = atlas("schema", "inspect", "--url", "postgres://localhost/db", "--shema=x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Unknown option: '--shema=x'\n");
    }

    @Test
    void aStrayUrlInAUsageErrorIsRedacted() {
        CliRun run = atlas("schema", "inspect", "--url", "postgres://localhost/db", "postgres://me:hunter2@db/x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'postgres://me:xxxxx@db/x'").doesNotContain("hunter2");
    }
}
