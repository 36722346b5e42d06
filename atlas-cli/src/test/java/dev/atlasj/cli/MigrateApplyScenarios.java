package dev.atlasj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas migrate apply}, {@code status} and {@code set} on one engine, against a fresh database per
 * test; each engine's subclass gives its URLs and where its revisions table is. Every output is checked
 * for the password the URL carries.
 */
abstract class MigrateApplyScenarios {

    static final String CREATE = "CREATE TABLE runs (file varchar(100) NOT NULL);\n";

    @TempDir
    Path root;

    /** The CLI URL of {@code db}, with a password when the server takes one (or ignores it). */
    abstract String url(TestDatabase db);

    /** A URL of {@code db}'s engine with {@link TestUrls#PASSWORD} that no server listens at. */
    abstract String unreachableUrl();

    /** The revisions table, qualified as this engine's default places it. */
    abstract String revisions();

    String dir() {
        return "file://" + root;
    }

    void write(String... nameThenContent) {
        try {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                Files.writeString(root.resolve(nameThenContent[i]), nameThenContent[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MigrationDirectory.open(root).writeSum();
    }

    void threeFiles() {
        write("1_create.sql", CREATE, "2_a.sql", "INSERT INTO runs VALUES ('2');\n",
                "3_b.sql", "INSERT INTO runs VALUES ('3a');\nINSERT INTO runs VALUES ('3b');\n");
    }

    CliRun migrate(TestDatabase db, String command, String... args) {
        List<String> all = new ArrayList<>(List.of("migrate", command, "--url", url(db), "--dir", dir()));
        all.addAll(List.of(args));
        CliRun run = CliRun.atlas(all.toArray(String[]::new));
        assertThat(run.output()).doesNotContain(TestUrls.PASSWORD);
        return run;
    }

    static List<String> column(TestDatabase db, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return values;
    }

    @Test
    void applyRunsEveryPendingFileAndStatusFollows(TestDatabase db) {
        threeFiles();

        CliRun before = migrate(db, "status");
        CliRun apply = migrate(db, "apply");
        CliRun again = migrate(db, "apply");
        CliRun after = migrate(db, "status");

        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).isEqualTo("Migration Status: PENDING\n"
                + "  -- Current Version: No migration applied yet\n"
                + "  -- Next Version:    1\n"
                + "  -- Executed Files:  0\n"
                + "  -- Pending Files:   3\n");
        assertThat(apply.exitCode()).as(apply.output()).isZero();
        assertThat(apply.out()).startsWith("Migrating to version 3 (3 migrations in total):\n\n"
                        + "  -- migrating version 1\n    -> CREATE TABLE runs (file varchar(100) NOT NULL);\n  -- ok (")
                .contains("  -- migrating version 3\n    -> INSERT INTO runs VALUES ('3a');\n"
                        + "    -> INSERT INTO runs VALUES ('3b');\n  -- ok (")
                .contains("  -------------------------\n")
                .endsWith("  -- 3 migrations\n  -- 4 sql statements\n");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("No migration files to execute\n");
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).isEqualTo("Migration Status: OK\n"
                + "  -- Current Version: 3\n"
                + "  -- Next Version:    Already at latest version\n"
                + "  -- Executed Files:  3\n"
                + "  -- Pending Files:   0\n");
        assertThat(column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2", "3a", "3b");
    }

    @Test
    void applyWithAnAmountRunsThatManyFiles(TestDatabase db) {
        threeFiles();

        CliRun first = migrate(db, "apply", "2");
        CliRun rest = migrate(db, "apply", "5");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.out()).startsWith("Migrating to version 2 (2 migrations in total):")
                .endsWith("  -- 2 migrations\n  -- 2 sql statements\n");
        assertThat(rest.out()).startsWith("Migrating to version 3 from 2 (1 migrations in total):");
        assertThat(column(db, "SELECT version FROM " + revisions() + " ORDER BY version")).containsExactly("1", "2", "3");
    }

    @Test
    void dryRunPrintsTheStatementsAndChangesNothing(TestDatabase db) {
        threeFiles();
        migrate(db, "apply", "1");

        CliRun dry = migrate(db, "apply", "--dry-run");

        assertThat(dry.exitCode()).as(dry.output()).isZero();
        assertThat(dry.out()).startsWith("Migrating to version 3 from 1 (2 migrations in total):")
                .contains("-> INSERT INTO runs VALUES ('2');", "-> INSERT INTO runs VALUES ('3b');")
                .endsWith("  -- 2 migrations\n  -- 3 sql statements\n  -- dry run: nothing was applied\n");
        assertThat(column(db, "SELECT file FROM runs")).isEmpty();
        assertThat(column(db, "SELECT version FROM " + revisions())).containsExactly("1");
    }

    @Test
    void aDirtyDatabaseIsRefusedUntilABaselineOrAllowDirtyIsGiven(TestDatabase db) {
        threeFiles();
        db.execute(CREATE);

        CliRun refused = migrate(db, "apply");
        CliRun both = migrate(db, "apply", "--baseline", "1", "--allow-dirty");
        CliRun baseline = migrate(db, "apply", "--baseline", "1");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("Error: the database is not clean and records no migration: it holds ")
                .contains("runs", "Give --baseline VERSION with the version the database is at, or --allow-dirty");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--baseline and --allow-dirty exclude each other");
        assertThat(baseline.exitCode()).as(baseline.output()).isZero();
        assertThat(baseline.out()).startsWith("Migrating to version 3 from 1 (2 migrations in total):");
        assertThat(column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2", "3a", "3b");
        assertThat(column(db, "SELECT type FROM " + revisions() + " WHERE version = '1'")).containsExactly("1");
    }

    @Test
    void allowDirtyRunsEveryFileOnANonEmptyDatabase(TestDatabase db) {
        write("1_a.sql", "CREATE TABLE other (id int);\n");
        db.execute(CREATE);

        CliRun run = migrate(db, "apply", "--allow-dirty");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(column(db, "SELECT version FROM " + revisions())).containsExactly("1");
    }

    @Test
    void aFileAddedBelowTheLastAppliedOneFollowsTheExecOrder(TestDatabase db) {
        write("1_create.sql", CREATE, "3_b.sql", "INSERT INTO runs VALUES ('3');\n");
        migrate(db, "apply");
        write("2_a.sql", "INSERT INTO runs VALUES ('2');\n");

        CliRun linear = migrate(db, "apply");
        CliRun skip = migrate(db, "apply", "--exec-order", "linear-skip");
        CliRun nonLinear = migrate(db, "apply", "--exec-order", "non-linear");

        assertThat(linear.exitCode()).isEqualTo(1);
        assertThat(linear.err()).startsWith("Error: ").contains("2_a.sql");
        assertThat(skip.out()).isEqualTo("No migration files to execute\n");
        assertThat(nonLinear.exitCode()).as(nonLinear.output()).isZero();
        assertThat(nonLinear.out()).contains("  -- migrating version 2\n    -> INSERT INTO runs VALUES ('2');\n");
        assertThat(column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2", "3");
    }

    @Test
    void aFailingStatementIsNamedWithItsFileAndLineAndWhatStayed(TestDatabase db) {
        write("1_create.sql", CREATE, "2_bad.sql", "INSERT INTO runs VALUES ('2');\nINSERT INTO missing VALUES (1);\n");

        CliRun failed = migrate(db, "apply", "--tx-mode", "none");
        CliRun status = migrate(db, "status");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).startsWith("Migrating to version 2 (2 migrations in total):\n")
                .contains("  -- migrating version 2\n    -> INSERT INTO runs VALUES ('2');\n    ")
                .doesNotContain("-> INSERT INTO missing")
                .endsWith("  -- 1 migrations ok (1 with errors)\n  -- 2 sql statements ok (1 with errors)\n");
        assertThat(failed.err()).startsWith("Error: migration file 2_bad.sql:2 failed: ")
                .contains("missing", "exist", "statement: INSERT INTO missing VALUES (1)",
                        "1 statement of the file stayed applied",
                        "The database is now at version 2, with 1 pending file; 'atlas migrate status' shows more.")
                .doesNotContain("\tat ");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).startsWith("Migration Status: PENDING\n"
                        + "  -- Current Version: 2 (1 statements applied)\n"
                        + "  -- Next Version:    2 (1 statements left)\n"
                        + "  -- Executed Files:  2 (last one partially)\n"
                        + "  -- Pending Files:   1\n\n"
                        + "Last migration attempt had errors:\n"
                        + "  -- SQL:   INSERT INTO missing VALUES (1)\n"
                        + "  -- ERROR: ")
                .contains("missing");
        assertThat(column(db, "SELECT file FROM runs")).containsExactly("2");
    }

    @Test
    void setMovesTheRecordedVersionAndPurgesWithAnEmptyDirectory(TestDatabase db) throws IOException {
        threeFiles();
        migrate(db, "apply", "1");

        CliRun up = migrate(db, "set", "3");
        CliRun down = migrate(db, "set", "2");
        CliRun latest = migrate(db, "set");
        CliRun unknown = migrate(db, "set", "9");

        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.out()).isEqualTo("Current version is 3 (2 set):\n\n  + 2 (a)\n  + 3 (b)\n");
        assertThat(down.out()).isEqualTo("Current version is 2 (1 removed):\n\n  - 3 (b)\n");
        assertThat(latest.out()).isEqualTo("Current version is 3 (1 set):\n\n  + 3 (b)\n");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("has version 9");
        assertThat(column(db, "SELECT file FROM runs")).isEmpty();

        for (String file : List.of("1_create.sql", "2_a.sql", "3_b.sql")) {
            Files.delete(root.resolve(file));
        }
        MigrationDirectory.open(root).writeSum();
        CliRun purge = migrate(db, "set");

        assertThat(purge.exitCode()).as(purge.output()).isZero();
        assertThat(purge.out()).isEqualTo("All revisions deleted (3 in total):\n\n  - 1 (create)\n  - 2 (a)\n  - 3 (b)\n");
        assertThat(column(db, "SELECT version FROM " + revisions())).isEmpty();
    }

    @Test
    void aTamperedDirectoryIsRefusedBeforeConnecting() throws IOException {
        threeFiles();
        Files.writeString(root.resolve("2_a.sql"), "INSERT INTO runs VALUES ('tampered');\n");

        for (String command : List.of("apply", "status", "set")) {
            CliRun run = CliRun.atlas("migrate", command, "--url", unreachableUrl(), "--dir", dir());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("You have a checksum error in your migration directory.")
                    .contains("2_a.sql").doesNotContain("cannot reach");
        }
    }

    @Test
    void aThrowawayDatabaseIsRefused() {
        write("1_create.sql", CREATE);

        CliRun run = CliRun.atlas("migrate", "apply", "--url", "docker://postgres/15", "--dir", dir());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is a throwaway database");
    }

    @Test
    void anUnreachableServerIsNamedWithoutThePassword() {
        write("1_create.sql", CREATE);

        for (String command : List.of("apply", "status", "set")) {
            CliRun run = CliRun.atlas("migrate", command, "--url", unreachableUrl(), "--dir", dir());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("Error: cannot reach the server at 127.0.0.1:1").contains(":xxxxx@")
                    .doesNotContain(TestUrls.PASSWORD);
            assertThat(run.out()).isEmpty();
        }
    }
}
