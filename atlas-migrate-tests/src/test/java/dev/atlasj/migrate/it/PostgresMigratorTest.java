package dev.atlasj.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.migrate.MigrateResult;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationHistoryException;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class PostgresMigratorTest extends MigratorScenarios {

    /** Atlas's advisory lock key: Go's FNV-1 32-bit hash of {@code atlas_migrate_execute}. */
    static final long ATLAS_LOCK_KEY = 2686470616L;

    @Override
    String inThisDatabase() {
        return "table_catalog = current_database()";
    }

    @Override
    String revisions() {
        return "atlas_schema_revisions.atlas_schema_revisions";
    }

    @Override
    String atlasRevisionsTable() {
        return "CREATE SCHEMA \"atlas_schema_revisions\";\n"
                + "CREATE TABLE \"atlas_schema_revisions\".\"atlas_schema_revisions\" (\"version\" character varying NOT NULL, "
                + "\"description\" character varying NOT NULL, \"type\" bigint NOT NULL DEFAULT 2, "
                + "\"applied\" bigint NOT NULL DEFAULT 0, \"total\" bigint NOT NULL DEFAULT 0, "
                + "\"executed_at\" timestamptz NOT NULL, \"execution_time\" bigint NOT NULL, \"error\" text NULL, "
                + "\"error_stmt\" text NULL, \"hash\" character varying NOT NULL, \"partial_hashes\" jsonb NULL, "
                + "\"operator_version\" character varying NOT NULL, PRIMARY KEY (\"version\"));";
    }

    @Override
    String sleepingSessions() {
        return "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%' AND pid <> pg_backend_pid()";
    }

    @Override
    String sleepPerHoldRow(int seconds) {
        return "SELECT pg_sleep(" + seconds + ") FROM hold";
    }

    @Override
    void holdMigrationLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET application_name = 'other-migrator'");
            s.execute("SELECT pg_advisory_lock(" + ATLAS_LOCK_KEY + ")");
        }
    }

    @Override
    void lockTable(Connection connection, String table) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
        }
    }

    @Override
    String holderDescription() {
        return "application \"other-migrator\"";
    }

    @Test
    void statementsThatCannotRunInATransactionRunOnTheirOwnInsideAFile(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS
                + "CREATE INDEX CONCURRENTLY runs_file ON runs (file);\nINSERT INTO runs VALUES ('1');\n");

        MigrateResult result = migrate(db, dir).toLatest();

        assertThat(result.statements()).isEqualTo(3);
        assertThat(Rows.column(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'runs'")).containsExactly("runs_file");
    }

    @Test
    void aFlywayDirectoryRunsInItsVersionOrderAndAFileAddedBelowTheLastIsRefused(TestDatabase db) {
        Dirs.writeUnhashed(folder, "V1__create.sql", RUNS, "V2__b.sql", "INSERT INTO runs VALUES ('2');\n",
                "V10__c.sql", "INSERT INTO runs VALUES ('10');\n");
        MigrationDirectory.open(folder, DirectoryFormat.FLYWAY).writeSum();

        MigrateResult result = migrate(db, MigrationDirectory.open(folder, DirectoryFormat.FLYWAY)).toLatest();

        assertThat(result.files()).extracting(MigrateResult.AppliedFile::version).containsExactly("1", "2", "10");
        assertThat(result.toVersion()).contains("10");
        Dirs.writeUnhashed(folder, "V3__d.sql", "INSERT INTO runs VALUES ('3');\n");
        MigrationDirectory.open(folder, DirectoryFormat.FLYWAY).writeSum();
        assertThatThrownBy(() -> migrate(db, MigrationDirectory.open(folder, DirectoryFormat.FLYWAY)).toLatest())
                .isInstanceOf(MigrationHistoryException.class)
                .hasMessageContaining("V3__d.sql has not run, but the later version 10 has");
    }

    @Test
    void aTableAtlasKeptInTheCurrentSchemaIsFoundThere(TestDatabase db) {
        MigrationDirectory dir = Dirs.write(folder, "1_create.sql", RUNS, "2_b.sql", "INSERT INTO runs VALUES ('2');\n");
        migrate(db, dir).revisionsSchema("public").to("1");

        migrate(db, dir).toLatest();

        assertThat(Rows.column(db, "SELECT version FROM public.atlas_schema_revisions ORDER BY 1")).containsExactly("1", "2");
        assertThat(Rows.column(db, "SELECT nspname FROM pg_namespace WHERE nspname = 'atlas_schema_revisions'")).isEmpty();
    }
}
