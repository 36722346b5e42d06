package dev.atlasj.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresMigrationSupportTest {

    private final PostgresMigrationSupport support = new PostgresMigrationSupport();

    @Test
    void theLockKeyIsAtlasFnv1HashOfTheLockName() {
        assertThat(PostgresMigrationSupport.key("atlas_migrate_execute")).isEqualTo(2686470616L);
        assertThat(PostgresMigrationSupport.key("")).isEqualTo(0x811c9dc5L);
    }

    @Test
    void statementsPostgresRefusesInATransactionBlockAreKnown() {
        assertThat(support.runsInTransaction("CREATE INDEX CONCURRENTLY i ON t (a)")).isFalse();
        assertThat(support.runsInTransaction("create unique index concurrently if not exists i on t (a)")).isFalse();
        assertThat(support.runsInTransaction("DROP INDEX CONCURRENTLY IF EXISTS i")).isFalse();
        assertThat(support.runsInTransaction("REINDEX (VERBOSE) INDEX CONCURRENTLY i")).isFalse();
        assertThat(support.runsInTransaction("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY")).isFalse();
        assertThat(support.runsInTransaction("/* maintenance */ VACUUM ANALYZE t")).isFalse();
        assertThat(support.runsInTransaction("CREATE DATABASE other")).isFalse();
        assertThat(support.runsInTransaction("ALTER SYSTEM SET work_mem = '64MB'")).isFalse();
    }

    @Test
    void everythingElseRunsInATransaction() {
        assertThat(support.runsInTransaction("CREATE INDEX i ON t (a)")).isTrue();
        assertThat(support.runsInTransaction("CREATE TABLE \"CONCURRENTLY\" (a int)")).isTrue();
        assertThat(support.runsInTransaction("INSERT INTO t VALUES ('CREATE INDEX CONCURRENTLY')")).isTrue();
        assertThat(support.runsInTransaction("ALTER TABLE p DETACH PARTITION p1")).isTrue();
        assertThat(support.runsInTransaction("")).isTrue();
    }
}
