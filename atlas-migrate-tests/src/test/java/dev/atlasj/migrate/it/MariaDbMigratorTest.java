package dev.atlasj.migrate.it;

import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class MariaDbMigratorTest extends MigratorScenarios {

    @Override
    String inThisDatabase() {
        return "table_schema = DATABASE()";
    }

    @Override
    String revisions() {
        return "atlas_schema_revisions";
    }

    @Override
    String atlasRevisionsTable() {
        return "CREATE TABLE `atlas_schema_revisions` (`version` varchar(255) NOT NULL, `description` varchar(255) NOT NULL, "
                + "`type` bigint unsigned NOT NULL DEFAULT 2, `applied` bigint NOT NULL DEFAULT 0, "
                + "`total` bigint NOT NULL DEFAULT 0, `executed_at` timestamp NOT NULL, `execution_time` bigint NOT NULL, "
                + "`error` longtext NULL, `error_stmt` longtext NULL, `hash` varchar(255) NOT NULL, "
                + "`partial_hashes` json NULL, `operator_version` varchar(255) NOT NULL, PRIMARY KEY (`version`)) "
                + "CHARSET utf8mb4 COLLATE utf8mb4_bin";
    }

    @Override
    String sleepingSessions() {
        return "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(600)%' AND ID <> CONNECTION_ID()";
    }

    @Override
    String sleepPerHoldRow(int seconds) {
        return "SELECT SLEEP(" + seconds + ") FROM hold";
    }

    @Override
    void holdMigrationLock(Connection connection) throws SQLException {
        // The lock's name is server-wide: another run on this server (another test JVM) may hold it for a moment.
        try (Statement s = connection.createStatement();
                ResultSet acquired = s.executeQuery("SELECT GET_LOCK('atlas_migrate_execute', 60)")) {
            acquired.next();
            if (acquired.getInt(1) != 1) {
                throw new IllegalStateException("could not take the migration lock within 60 s");
            }
        }
    }

    @Override
    void lockTable(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLES " + table + " WRITE");
        }
    }

    @Override
    String holderDescription() {
        return "connection ";
    }
}
