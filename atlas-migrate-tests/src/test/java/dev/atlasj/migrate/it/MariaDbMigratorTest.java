package dev.atlasj.migrate.it;

import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import java.sql.Connection;
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
    String sleepPerHoldRow(int seconds) {
        return "SELECT SLEEP(" + seconds + ") FROM hold";
    }

    @Override
    void holdMigrationLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT GET_LOCK('atlas_migrate_execute', 0)");
        }
    }

    @Override
    String holderDescription() {
        return "connection ";
    }
}
