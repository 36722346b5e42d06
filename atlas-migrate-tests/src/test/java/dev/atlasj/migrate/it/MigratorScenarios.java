package dev.atlasj.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlasj.Atlas;
import dev.atlasj.migrate.ExecOrder;
import dev.atlasj.migrate.MigrateResult;
import dev.atlasj.migrate.MigrateSetResult;
import dev.atlasj.migrate.MigrateStatus;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationException;
import dev.atlasj.migrate.MigrationFailedException;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationHistoryException;
import dev.atlasj.migrate.MigrationListener;
import dev.atlasj.migrate.MigrationLockException;
import dev.atlasj.migrate.MigrationStatement;
import dev.atlasj.migrate.Migrator;
import dev.atlasj.migrate.Revision;
import dev.atlasj.plan.TxMode;
import dev.atlasj.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrator's behaviour on one engine; each engine's subclass says how its SQL differs. Every test
 * gets a fresh database; the files insert into a table {@code runs} to show what ran.
 */
abstract class MigratorScenarios {

    static final String RUNS = "CREATE TABLE runs (file varchar(100) NOT NULL);\n";

    @TempDir
    Path folder;

    /** The condition on {@code information_schema.tables} that keeps the test database's own tables. */
    abstract String inThisDatabase();

    /** The revisions table where this engine's migrator keeps it, qualified. */
    abstract String revisions();

    /** A statement that waits {@code seconds} once per row of the table {@code hold}. */
    abstract String sleepPerHoldRow(int seconds);

    /** Takes Atlas's migration lock on {@code connection}, as another migration would. */
    abstract void holdMigrationLock(Connection connection) throws SQLException;

    /** What the lock error says about the holder, for this engine. */
    abstract String holderDescription();

    static Migrator migrate(TestDatabase db, MigrationDirectory dir) {
        return Atlas.connect(db.dataSource()).migrate(dir);
    }

    @Test
    void appliesEachFileOnceAndRecordsItAsAtlasDoes(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS,
                "2_fill.sql", "INSERT INTO runs VALUES ('2a');\nINSERT INTO runs VALUES ('2b');\n");

        MigrateResult first = migrate(db, dir).toLatest();
        MigrateResult second = migrate(db, dir).toLatest();

        assertThat(first.files()).extracting(MigrateResult.AppliedFile::name, MigrateResult.AppliedFile::statements)
                .containsExactly(tuple("1_create.sql", 1),
                        tuple("2_fill.sql", 2));
        assertThat(first.toString()).startsWith("Migrating to version 2 (2 migrations in total):")
                .contains("-- 1_create.sql: 1 statement in ", "-- 2_fill.sql: 2 statements in ");
        assertThat(second.isEmpty()).isTrue();
        assertThat(second.toString()).isEqualTo("No migration files to execute");
        assertThat(Rows.column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2a", "2b");
        assertThat(Rows.rows(db, "SELECT version, description, type, applied, total, error, error_stmt, hash, "
                + "partial_hashes FROM " + revisions() + " ORDER BY version")).containsExactly(
                "1|create|2|1|1|null|null|" + dir.sum().hashOf("1_create.sql").orElseThrow() + "|null",
                "2|fill|2|2|2|null|null|" + dir.sum().hashOf("2_fill.sql").orElseThrow() + "|null");
        assertThat(Rows.column(db, "SELECT operator_version FROM " + revisions())).allMatch(v -> v.startsWith("atlasj"));
        assertThat(Rows.column(db, "SELECT execution_time FROM " + revisions())).allMatch(v -> Long.parseLong(v) > 0);
    }

    @Test
    void aFailedFileInATransactionLeavesNothingOfIt(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS,
                "2_fail.sql", "INSERT INTO runs VALUES ('2a');\n\nINSERT INTO missing VALUES (1);\n");

        assertThatThrownBy(() -> migrate(db, dir).toLatest())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("2_fail.sql:3")
                .hasMessageContaining("INSERT INTO missing VALUES (1)")
                .hasMessageContaining("Nothing of the file stayed")
                .satisfies(e -> assertThat(((MigrationFailedException) e).applied()).isZero());

        assertThat(Rows.column(db, "SELECT file FROM runs")).isEmpty();
        assertThat(Rows.column(db, "SELECT version FROM " + revisions())).containsExactly("1");
        assertThat(migrate(db, dir).status().nextVersion()).contains("2");
    }

    @Test
    void aFailedFileWithoutATransactionResumesAfterItsLastGoodStatementOnceFixed(TestDatabase db) {
        String header = "-- atlas:txmode none\n\n";
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS, "2_fill.sql", header
                + "INSERT INTO runs VALUES ('2a');\nINSERT INTO runs VALUES ('2b');\nINSERT INTO missing VALUES (1);\n"
                + "INSERT INTO runs VALUES ('2d');\n");

        assertThatThrownBy(() -> migrate(db, dir).toLatest())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("2_fill.sql:5")
                .hasMessageContaining("2 statements of the file stayed applied");
        assertThat(Rows.rows(db, "SELECT applied, total, error_stmt FROM " + revisions() + " WHERE version = '2'"))
                .containsExactly("2|4|INSERT INTO missing VALUES (1)");
        MigrateStatus failed = migrate(db, dir).status();
        assertThat(failed.lastError()).isPresent();
        assertThat(failed.currentVersion()).contains("2");
        assertThat(failed.pending()).containsExactly("2_fill.sql");
        assertThat(failed.toString()).contains("Migration Status: PENDING", "Current Version: 2 (2 statements applied)",
                "(2 statements left)", "(last one partially)");

        MigrationDirectory fixed = Dirs.write(folder, "2_fill.sql", header + "INSERT INTO runs VALUES ('2a');\n"
                + "INSERT INTO runs VALUES ('2b');\nINSERT INTO runs VALUES ('2c');\nINSERT INTO runs VALUES ('2d');\n");
        MigrateResult resumed = migrate(db, fixed).toLatest();

        assertThat(resumed.files()).singleElement().satisfies(f -> {
            assertThat(f.resumedAt()).isEqualTo(2);
            assertThat(f.statements()).isEqualTo(2);
        });
        assertThat(Rows.column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2a", "2b", "2c", "2d");
        assertThat(Rows.rows(db, "SELECT applied, total, error, partial_hashes, hash FROM " + revisions()
                + " WHERE version = '2'")).containsExactly("4|4|null|null|" + fixed.sum().hashOf("2_fill.sql").orElseThrow());
        assertThat(migrate(db, fixed).status().isOk()).isTrue();
    }

    @Test
    void aResumeIsRefusedWhenAStatementThatRanHasChanged(TestDatabase db) {
        String header = "-- atlas:txmode none\n\n";
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS,
                "2_fill.sql", header + "INSERT INTO runs VALUES ('2a');\nINSERT INTO missing VALUES (1);\n");
        assertThatThrownBy(() -> migrate(db, dir).toLatest()).isInstanceOf(MigrationFailedException.class);

        MigrationDirectory edited = Dirs.write(folder, "2_fill.sql", header + "INSERT INTO runs VALUES ('2x');\n"
                + "INSERT INTO runs VALUES ('2b');\n");

        assertThatThrownBy(() -> migrate(db, edited).toLatest())
                .isInstanceOf(MigrationHistoryException.class)
                .hasMessageContaining("2_fill.sql:3")
                .hasMessageContaining("already ran has changed");
        assertThat(Rows.column(db, "SELECT file FROM runs")).containsExactly("2a");
    }

    @Test
    void txModeAllRollsBackEveryFileOfTheRun(TestDatabase db) {
        Dirs.write(folder, "1_create.sql", RUNS);
        migrate(db, MigrationDirectory.open(folder)).toLatest();
        MigrationDirectory dir = Dirs.write(folder, "2_a.sql", "INSERT INTO runs VALUES ('2');\n",
                "3_b.sql", "INSERT INTO runs VALUES ('3');\nINSERT INTO missing VALUES (1);\n");

        assertThatThrownBy(() -> migrate(db, dir).txMode(TxMode.ALL).toLatest())
                .isInstanceOf(MigrationFailedException.class).hasMessageContaining("3_b.sql:2");

        assertThat(Rows.column(db, "SELECT file FROM runs")).isEmpty();
        assertThat(Rows.column(db, "SELECT version FROM " + revisions())).containsExactly("1");
        migrate(db, Dirs.write(folder, "3_b.sql", "INSERT INTO runs VALUES ('3');\n")).txMode(TxMode.ALL).toLatest();
        assertThat(Rows.column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2", "3");
    }

    @Test
    void txModeNoneKeepsWhatRanAndAFileCannotOverrideModeAll(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS,
                "2_a.sql", "INSERT INTO runs VALUES ('2');\nINSERT INTO missing VALUES (1);\n");
        assertThatThrownBy(() -> migrate(db, dir).txMode(TxMode.NONE).toLatest())
                .isInstanceOf(MigrationFailedException.class).hasMessageContaining("1 statement of the file stayed");
        assertThat(Rows.column(db, "SELECT file FROM runs")).containsExactly("2");

        MigrationDirectory overriding = Dirs.write(folder, "2_a.sql", "-- atlas:txmode none\n\n"
                + "INSERT INTO runs VALUES ('2');\nINSERT INTO missing VALUES (1);\n");
        assertThatThrownBy(() -> migrate(db, overriding).txMode(TxMode.ALL).toLatest())
                .isInstanceOf(MigrationException.class).hasMessageContaining("2_a.sql sets -- atlas:txmode");
    }

    @Test
    void aBaselineSkipsTheFilesTheDatabaseAlreadyHas(TestDatabase db) {
        db.execute("CREATE TABLE runs (file varchar(100) NOT NULL)");
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS,
                "2_fill.sql", "INSERT INTO runs VALUES ('2');\n");

        MigrateResult result = migrate(db, dir).baseline("1").toLatest();

        assertThat(result.files()).extracting(MigrateResult.AppliedFile::name).containsExactly("2_fill.sql");
        assertThat(result.fromVersion()).contains("1");
        assertThat(Rows.rows(db, "SELECT version, type, applied, total FROM " + revisions() + " ORDER BY version"))
                .containsExactly("1|1|0|0", "2|2|1|1");
        assertThat(migrate(db, dir).baseline("1").toLatest().isEmpty()).isTrue();
    }

    @Test
    void aDatabaseThatIsNotCleanIsRefusedWithoutBaselineUnlessDirtyIsAllowed(TestDatabase db) {
        db.execute("CREATE TABLE legacy (id int)");
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS);

        assertThatThrownBy(() -> migrate(db, dir).toLatest())
                .isInstanceOf(MigrationHistoryException.class)
                .hasMessageContaining("not clean")
                .hasMessageContaining("legacy")
                .hasMessageContaining("baseline(VERSION)");
        assertThat(tableCount(db)).isZero();

        assertThat(migrate(db, dir).allowDirty().toLatest().files()).hasSize(1);
        assertThatThrownBy(() -> migrate(db, dir).allowDirty().baseline("1").toLatest())
                .isInstanceOf(MigrationException.class).hasMessageContaining("exclude each other");
    }

    @Test
    void aFileOlderThanTheLastAppliedOneFollowsTheExecutionOrder(TestDatabase db) {
        Dirs.write(folder, "1_create.sql", RUNS, "3_c.sql", "INSERT INTO runs VALUES ('3');\n");
        migrate(db, MigrationDirectory.open(folder)).toLatest();
        MigrationDirectory late = Dirs.write(folder, "2_b.sql", "INSERT INTO runs VALUES ('2');\n",
                "4_d.sql", "INSERT INTO runs VALUES ('4');\n");

        assertThatThrownBy(() -> migrate(db, late).toLatest())
                .isInstanceOf(MigrationHistoryException.class)
                .hasMessageContaining("2_b.sql has not run, but the later version 3 has");
        assertThat(migrate(db, late).status().outOfOrder()).containsExactly("2_b.sql");

        assertThat(migrate(db, late).execOrder(ExecOrder.LINEAR_SKIP).toLatest().files())
                .extracting(MigrateResult.AppliedFile::name).containsExactly("4_d.sql");
        assertThat(migrate(db, late).execOrder(ExecOrder.NON_LINEAR).toLatest().files())
                .extracting(MigrateResult.AppliedFile::name).containsExactly("2_b.sql");
        assertThat(Rows.column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2", "3", "4");
    }

    @Test
    void aDryRunReportsAndChangesNothingNotEvenTheRevisionsTable(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS,
                "2_fill.sql", "INSERT INTO runs VALUES ('2a');\nINSERT INTO runs VALUES ('2b');\n");

        MigrateResult result = migrate(db, dir).dryRun().toLatest();

        assertThat(result.dryRun()).isTrue();
        assertThat(result.statements()).isEqualTo(3);
        assertThat(result.toString()).startsWith("Would migrate to version 2").contains("dry run, nothing ran");
        assertThat(tableCount(db)).isZero();
    }

    @Test
    void toAndNextStopWhereTheySay(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS, "2_b.sql", "INSERT INTO runs VALUES ('2');\n",
                "3_c.sql", "INSERT INTO runs VALUES ('3');\n", "4_d.sql", "INSERT INTO runs VALUES ('4');\n");

        assertThat(migrate(db, dir).to("2").toVersion()).contains("2");
        assertThat(migrate(db, dir).next(1).files()).extracting(MigrateResult.AppliedFile::name).containsExactly("3_c.sql");
        MigrateStatus status = migrate(db, dir).status();
        assertThat(status.currentVersion()).contains("3");
        assertThat(status.nextVersion()).contains("4");
        assertThat(status.executed()).isEqualTo(3);
        assertThat(status.pending()).containsExactly("4_d.sql");
        assertThatThrownBy(() -> migrate(db, dir).to("9")).isInstanceOf(MigrationException.class)
                .hasMessageContaining("has version 9");
    }

    @Test
    void setRecordsAVersionWithoutRunningAnything(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS, "2_b.sql", "INSERT INTO runs VALUES ('2');\n",
                "3_c.sql", "INSERT INTO runs VALUES ('3');\n");
        migrate(db, dir).to("1");

        MigrateStatus up = migrate(db, dir).set("3").status();
        assertThat(up.isOk()).isTrue();
        assertThat(Rows.rows(db, "SELECT version, type FROM " + revisions() + " ORDER BY version"))
                .containsExactly("1|2", "2|4", "3|4");
        assertThat(Rows.column(db, "SELECT file FROM runs")).isEmpty();

        MigrateStatus down = migrate(db, dir).set("1").status();
        assertThat(down.pending()).containsExactly("2_b.sql", "3_c.sql");
        assertThat(Rows.column(db, "SELECT version FROM " + revisions())).containsExactly("1");
    }

    @Test
    void setWithoutAVersionGoesToTheLastFileAndPurgesTheRevisionsOfAnEmptyDirectory(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder.resolve("full"), "1_create.sql", RUNS,
                "2_b.sql", "INSERT INTO runs VALUES ('2');\n");
        MigrationDirectory empty = Dirs.write(folder.resolve("empty"));
        assertThatThrownBy(() -> migrate(db, dir).set()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("records no migration");
        migrate(db, dir).to("1");

        MigrateSetResult latest = migrate(db, dir).set();
        assertThat(latest.status().isOk()).isTrue();
        assertThat(latest.toString()).isEqualTo("Current version is 2 (1 set):\n\n  + 2 (b)\n");

        MigrateSetResult purged = migrate(db, empty).set();
        assertThat(purged.removed()).extracting(Revision::version).containsExactly("1", "2");
        assertThat(purged.toString()).isEqualTo("All revisions deleted (2 in total):\n\n  - 1 (create)\n  - 2 (b)\n");
        assertThat(Rows.column(db, "SELECT version FROM " + revisions())).isEmpty();
        assertThat(Rows.column(db, "SELECT file FROM runs")).isEmpty();
    }

    @Test
    void aListenerHearsEachFileAndStatementAsTheyRun(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS,
                "2_fill.sql", "INSERT INTO runs VALUES ('2a');\nINSERT INTO runs VALUES ('2b');\n");
        List<String> dry = new ArrayList<>();
        List<String> real = new ArrayList<>();
        List<String> again = new ArrayList<>();

        migrate(db, dir).dryRun().listener(recorder(dry)).toLatest();
        migrate(db, dir).listener(recorder(real)).toLatest();
        migrate(db, dir).listener(recorder(again)).toLatest();

        assertThat(real).containsExactly("run - to 2, 2 files", "start 1 at 0",
                "ran CREATE TABLE runs (file varchar(100) NOT NULL)", "done 1_create.sql", "start 2 at 0",
                "ran INSERT INTO runs VALUES ('2a')", "ran INSERT INTO runs VALUES ('2b')", "done 2_fill.sql");
        assertThat(dry).isEqualTo(real);
        assertThat(again).isEmpty();
    }

    private static MigrationListener recorder(List<String> heard) {
        return new MigrationListener() {
            @Override
            public void runStarting(Optional<String> from, String to, List<MigrationFile> files) {
                heard.add("run " + from.orElse("-") + " to " + to + ", " + files.size() + " files");
            }

            @Override
            public void fileStarting(MigrationFile file, int resumeAt) {
                heard.add("start " + file.version() + " at " + resumeAt);
            }

            @Override
            public void statementRan(MigrationStatement statement) {
                heard.add("ran " + statement.text().strip());
            }

            @Override
            public void fileDone(MigrateResult.AppliedFile file) {
                heard.add("done " + file.name());
            }
        };
    }

    @Test
    void setResolvesAPartlyAppliedFile(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS, "2_b.sql", "-- atlas:txmode none\n\n"
                + "INSERT INTO runs VALUES ('2');\nINSERT INTO missing VALUES (1);\n");
        assertThatThrownBy(() -> migrate(db, dir).toLatest()).isInstanceOf(MigrationFailedException.class);

        migrate(db, dir).set("2");

        assertThat(Rows.rows(db, "SELECT type, applied, total FROM " + revisions() + " WHERE version = '2'"))
                .containsExactly("6|1|2");
        assertThat(migrate(db, dir).toLatest().isEmpty()).isTrue();
    }

    @Test
    void badInputIsRefusedBeforeAnythingRuns(TestDatabase db) throws Exception {
        Dirs.write(folder, "1_create.sql", RUNS, "2_b.sql", "INSERT INTO runs VALUES ('2');\n");
        Dirs.writeUnhashed(folder, "2_b.sql", "INSERT INTO runs VALUES ('tampered');\n");
        assertRefused(db, "atlas.sum:3", "2_b.sql changed after atlas.sum was written");

        Dirs.write(folder, "2_b.sql", "INSERT INTO runs VALUES ('2');\n");
        Files.writeString(folder.resolve("atlas.sum"), "not a sum\n");
        assertRefused(db, "atlas.sum");

        Files.delete(folder.resolve("atlas.sum"));
        assertRefused(db, "atlas.sum: is missing");

        Dirs.write(folder, "2_b.sql", "INSERT INTO runs VALUES ('2');\n");
        Files.delete(folder.resolve("2_b.sql"));
        assertRefused(db, "2_b.sql is listed in atlas.sum but is no longer in the directory");

        Dirs.write(folder, "2_b.sql", "-- atlas:txmode sometimes\n\nINSERT INTO runs VALUES ('2');\n");
        assertRefused(db, "2_b.sql:1", "unknown atlas:txmode \"sometimes\"");

        Dirs.write(folder, "2_b.sql", "INSERT INTO runs VALUES ('2');\nINSERT INTO runs VALUES ('never closed);\n");
        assertRefused(db, "2_b.sql:2");
    }

    private void assertRefused(TestDatabase db, String... messageParts) {
        assertThatThrownBy(() -> migrate(db, MigrationDirectory.open(folder)).toLatest())
                .isInstanceOf(MigrationException.class)
                .hasMessageContainingAll(messageParts);
        assertThat(tableCount(db)).as("nothing ran").isZero();
    }

    @Test
    void aRunWaitsForTheLockAndNamesWhoHoldsIt(TestDatabase db) throws Exception {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS);
        try (Connection other = db.connect()) {
            holdMigrationLock(other);
            assertThatThrownBy(() -> migrate(db, dir).lockWait(Duration.ofMillis(300)).toLatest())
                    .isInstanceOf(MigrationLockException.class)
                    .hasMessageContaining("atlas_migrate_execute")
                    .hasMessageContaining(holderDescription());
        }
        assertThat(migrate(db, dir).toLatest().files()).hasSize(1);
    }

    @Test
    void aRunWithNothingPendingNeedsNoLock(TestDatabase db) throws Exception {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS);
        migrate(db, dir).toLatest();
        try (Connection other = db.connect()) {
            holdMigrationLock(other);
            assertThat(migrate(db, dir).lockWait(Duration.ofMillis(300)).toLatest().toString())
                    .isEqualTo("No migration files to execute");
            Dirs.write(folder, "2_b.sql", "INSERT INTO runs VALUES ('2');\n");
            assertThatThrownBy(() -> migrate(db, MigrationDirectory.open(folder)).lockWait(Duration.ofMillis(300))
                    .toLatest()).isInstanceOf(MigrationLockException.class);
        }
    }

    @Test
    void theStatementTimeoutOfTheRunStopsALongStatement(TestDatabase db) {
        db.execute("CREATE TABLE hold (id int)");
        db.execute("INSERT INTO hold VALUES (1)");
        MigrationDirectory dir = Dirs.write(folder, "1_wait.sql", sleepPerHoldRow(20) + ";\n");

        assertThatThrownBy(() -> migrate(db, dir).allowDirty()
                .sessionTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)).toLatest())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("1_wait.sql:1");
    }

    @Test
    void aDatabaseAtlasMigratedContinuesHereResumingAtlasPartialFile(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS, "2_fill.sql", "-- atlas:txmode none\n\n"
                + "INSERT INTO runs VALUES ('2a');\nINSERT INTO runs VALUES ('2b');\n",
                "3_more.sql", "INSERT INTO runs VALUES ('3');\n");
        db.execute(atlasRevisionsTable());
        db.execute("CREATE TABLE runs (file varchar(100) NOT NULL)");
        db.execute("INSERT INTO runs VALUES ('2a')");
        String firstStatement = dir.files().get(1).statements(Atlas.connect(db.dataSource()).dialect()
                .migrationSupport().syntax()).get(0).hash();
        db.execute("INSERT INTO " + revisions() + " (version, description, type, applied, total, executed_at, "
                + "execution_time, error, error_stmt, hash, partial_hashes, operator_version) VALUES "
                + "('.atlas_cloud_identifier', 'a3c1a0e6-6f8e-4a34-9a6c-2b8f5e0c9d11', 2, 0, 0, NOW(), 0, NULL, NULL, "
                + "'', NULL, 'Atlas CLI v0.29.0'), "
                + "('1', 'create', 2, 1, 1, NOW(), 2301000, NULL, NULL, '" + dir.sum().hashOf("1_create.sql").orElseThrow()
                + "', NULL, 'Atlas CLI v0.29.0'), "
                + "('2', 'fill', 2, 1, 2, NOW(), 1200000, 'connection reset', 'INSERT INTO runs VALUES (''2b'');', '"
                + dir.sum().hashOf("2_fill.sql").orElseThrow() + "', '[\"" + firstStatement + "\"]', 'Atlas CLI v0.29.0')");

        MigrateStatus before = migrate(db, dir).status();
        MigrateResult result = migrate(db, dir).toLatest();

        assertThat(before.currentVersion()).contains("2");
        assertThat(before.executed()).isEqualTo(2);
        assertThat(before.pending()).containsExactly("2_fill.sql", "3_more.sql");
        assertThat(result.files()).extracting(MigrateResult.AppliedFile::name, MigrateResult.AppliedFile::resumedAt)
                .containsExactly(tuple("2_fill.sql", 1), tuple("3_more.sql", 0));
        assertThat(Rows.column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2a", "2b", "3");
        assertThat(Rows.rows(db, "SELECT version, type, applied, total, error, partial_hashes FROM " + revisions()
                + " ORDER BY version")).containsExactly(".atlas_cloud_identifier|2|0|0|null|null", "1|2|1|1|null|null",
                "2|2|2|2|null|null", "3|2|1|1|null|null");
    }

    /** The revisions table exactly as Atlas creates it. */
    abstract String atlasRevisionsTable();

    @Test
    void eightThreadsMigratingAtOnceRunEachFileOnce(TestDatabase db) throws Exception {
        MigrationDirectory dir = Dirs.write(folder, counterFiles(10));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MigrateResult>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return migrate(db, dir).lockWait(Duration.ofSeconds(60)).toLatest();
                }));
            }
            start.countDown();
            int files = 0;
            for (Future<MigrateResult> run : runs) {
                files += run.get(120, TimeUnit.SECONDS).files().size();
            }
            assertThat(files).isEqualTo(11);
        } finally {
            pool.shutdownNow();
        }
        assertEachCounterFileRanOnce(db, 10);
    }

    @Test
    void fourProcessesMigratingAtOnceAllSucceedAndRunEachFileOnce(TestDatabase db) throws Exception {
        Dirs.write(folder.resolve("dir"), counterFiles(10));
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(migrateInProcess(db, folder.resolve("dir"), folder.resolve("out" + i + ".txt"), false));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(processes.get(i).waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(processes.get(i).exitValue()).as(Files.readString(folder.resolve("out" + i + ".txt"))).isZero();
        }
        assertEachCounterFileRanOnce(db, 10);
    }

    @Test
    void aProcessKilledMidFileLeavesADatabaseTheNextRunCompletes(TestDatabase db) throws Exception {
        MigrationDirectory dir = killMidFile(db, "-- atlas:txmode none\n\n", () -> Rows.column(db,
                "SELECT applied FROM " + revisions() + " WHERE version = '2'").equals(List.of("1")));

        MigrateResult next = migrate(db, dir).allowDirty().lockWait(Duration.ofSeconds(60)).toLatest();

        assertThat(next.files()).extracting(MigrateResult.AppliedFile::name, MigrateResult.AppliedFile::resumedAt)
                .containsExactly(tuple("2_slow.sql", 1));
        assertThat(Rows.column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2a", "2b");
        assertThat(migrate(db, dir).status().isOk()).isTrue();
    }

    @Test
    void aProcessKilledMidFileInATransactionLeavesNothingOfTheFile(TestDatabase db) throws Exception {
        MigrationDirectory dir = killMidFile(db, "", () -> !Rows.column(db, sleepingSessions()).isEmpty());

        assertThat(Rows.column(db, "SELECT file FROM runs")).isEmpty();
        MigrateResult next = migrate(db, dir).allowDirty().lockWait(Duration.ofSeconds(60)).toLatest();

        assertThat(next.files()).extracting(MigrateResult.AppliedFile::name, MigrateResult.AppliedFile::resumedAt)
                .containsExactly(tuple("2_slow.sql", 0));
        assertThat(Rows.column(db, "SELECT file FROM runs ORDER BY file")).containsExactly("2a", "2b");
    }

    /** A query returning a row for each other session running the sleeping statement. */
    abstract String sleepingSessions();

    /**
     * Starts a process whose second file, headed by {@code header}, sleeps between two inserts for as
     * long as the table {@code hold} has a row; kills it with {@code kill -9} once {@code midFile} says it
     * is there, then empties {@code hold} so that the next run does not sleep.
     */
    private MigrationDirectory killMidFile(TestDatabase db, String header, Callable<Boolean> midFile) throws Exception {
        db.execute("CREATE TABLE hold (id int)");
        db.execute("INSERT INTO hold VALUES (1)");
        Path dirFolder = folder.resolve("dir");
        MigrationDirectory dir = Dirs.write(dirFolder, "1_create.sql", RUNS, "2_slow.sql", header
                + "INSERT INTO runs VALUES ('2a');\n" + sleepPerHoldRow(600) + ";\nINSERT INTO runs VALUES ('2b');\n");
        Process victim = migrateInProcess(db, dirFolder, folder.resolve("victim.txt"), true);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!reached(midFile)) {
                assertThat(victim.isAlive()).as(() -> read(folder.resolve("victim.txt"))).isTrue();
                assertThat(System.nanoTime()).as("the victim reached its sleeping statement").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            victim.destroyForcibly();
            victim.waitFor(30, TimeUnit.SECONDS);
        }
        db.execute("DELETE FROM hold");
        return dir;
    }

    private static boolean reached(Callable<Boolean> midFile) throws Exception {
        try {
            return midFile.call();
        } catch (IllegalStateException revisionsNotCreatedYet) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    static Process migrateInProcess(TestDatabase db, Path dir, Path output, boolean allowDirty) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MigrateMain.class.getName(), db.jdbcUrl(),
                db.server().user(), db.server().password() == null ? "" : db.server().password(), dir.toString()));
        if (allowDirty) {
            command.add("allow-dirty");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** A file creating {@code runs}, then {@code count} files each inserting their number into it. */
    static String[] counterFiles(int count) {
        List<String> files = new ArrayList<>(List.of("001_create.sql", RUNS));
        for (int i = 1; i <= count; i++) {
            files.add(String.format("%03d_insert.sql", i + 1));
            files.add("INSERT INTO runs VALUES ('" + i + "');\n");
        }
        return files.toArray(String[]::new);
    }

    private void assertEachCounterFileRanOnce(TestDatabase db, int count) {
        assertThat(Rows.column(db, "SELECT COUNT(*) FROM runs")).containsExactly(String.valueOf(count));
        assertThat(Rows.column(db, "SELECT COUNT(DISTINCT file) FROM runs")).containsExactly(String.valueOf(count));
        assertThat(Rows.column(db, "SELECT COUNT(*) FROM " + revisions())).containsExactly(String.valueOf(count + 1));
    }

    @Test
    void theLockTimeoutOfTheRunStopsAStatementWaitingForATable(TestDatabase db) throws Exception {
        MigrationDirectory first = Dirs.write(folder, "1_create.sql", RUNS);
        migrate(db, first).toLatest();
        MigrationDirectory dir = Dirs.write(folder, "2_alter.sql", "ALTER TABLE runs ADD COLUMN note varchar(10);\n");
        try (Connection other = db.connect()) {
            lockTable(other, "runs");
            assertThatThrownBy(() -> migrate(db, dir).sessionTimeouts(Duration.ofSeconds(1), null).toLatest())
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("2_alter.sql:1");
        }
        assertThat(migrate(db, dir).toLatest().files()).hasSize(1);
    }

    /** Locks {@code table} on {@code connection} so that DDL on it waits, until the connection closes. */
    abstract void lockTable(Connection connection, String table) throws SQLException;

    private long tableCount(TestDatabase db) {
        return Long.parseLong(Rows.column(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN "
                + "('runs', 'atlas_schema_revisions') AND " + inThisDatabase()).get(0));
    }
}
