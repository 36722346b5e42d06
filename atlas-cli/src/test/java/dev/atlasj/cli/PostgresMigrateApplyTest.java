package dev.atlasj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code migrate apply}, {@code status} and {@code set} scenarios on PostgreSQL, with a password in every
 * URL (the test server trusts and ignores it), and four {@code atlas} processes applying one directory at once.
 */
@ExtendWith(DatabaseExtension.class)
class PostgresMigrateApplyTest extends MigrateApplyScenarios {

    @Override
    String url(TestDatabase db) {
        return TestUrls.url(db);
    }

    @Override
    String unreachableUrl() {
        return "postgres://postgres:" + TestUrls.PASSWORD + "@127.0.0.1:1/shop?sslmode=disable";
    }

    @Override
    String revisions() {
        return "atlas_schema_revisions.atlas_schema_revisions";
    }

    @Test
    void theRevisionsSchemaFlagPlacesAndFindsTheTable(TestDatabase db) {
        write("1_create.sql", CREATE);

        CliRun apply = migrate(db, "apply", "--revisions-schema", "audit");
        CliRun elsewhere = migrate(db, "status");
        CliRun there = migrate(db, "status", "--revisions-schema", "audit");

        assertThat(apply.exitCode()).as(apply.output()).isZero();
        assertThat(column(db, "SELECT version FROM audit.atlas_schema_revisions")).containsExactly("1");
        assertThat(elsewhere.out()).startsWith("Migration Status: PENDING\n");
        assertThat(there.out()).startsWith("Migration Status: OK\n");
    }

    @Test
    void theStatementTimeoutEndsAStatementThatRunsTooLong(TestDatabase db) {
        write("1_create.sql", CREATE, "2_slow.sql", "SELECT pg_sleep(60);\n");

        CliRun run = migrate(db, "apply", "--statement-timeout", "200ms");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: migration file 2_slow.sql:1 failed: ")
                .contains("statement timeout", "The database is now at version 1, with 1 pending file");
    }

    @Test
    void fourProcessesApplyingAtOnceRunEveryFileOnce(TestDatabase db) throws Exception {
        List<String> files = new ArrayList<>(List.of("1_create.sql", CREATE));
        for (int i = 2; i <= 6; i++) {
            files.addAll(List.of(i + "_f.sql", "INSERT INTO runs VALUES ('" + i + "');\nSELECT pg_sleep(0.2);\n"));
        }
        write(files.toArray(String[]::new));

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AtlasCli.class.getName(), "migrate", "apply",
                    "--url", url(db), "--dir", dir(), "--lock-timeout", "2m").redirectErrorStream(true).start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process process : processes) {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String output = output(process);
            outputs.add(output);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).doesNotContain(TestUrls.PASSWORD);
        }

        assertThat(column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2", "3", "4", "5", "6");
        assertThat(column(db, "SELECT version || ':' || applied || '/' || total FROM " + revisions() + " ORDER BY version"))
                .containsExactly("1:1/1", "2:2/2", "3:2/2", "4:2/2", "5:2/2", "6:2/2");
        assertThat(outputs.stream().mapToLong(o -> o.lines().filter(l -> l.startsWith("  -- migrating version")).count())
                .sum()).isEqualTo(6);
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
