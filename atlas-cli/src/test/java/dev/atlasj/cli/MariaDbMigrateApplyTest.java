package dev.atlasj.cli;

import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code migrate apply}, {@code status} and {@code set} scenarios on MariaDB through {@code mysql://} URLs. */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class MariaDbMigrateApplyTest extends MigrateApplyScenarios {

    @Override
    String url(TestDatabase db) {
        return db.url();
    }

    @Override
    String unreachableUrl() {
        return "maria://root:" + TestUrls.PASSWORD + "@127.0.0.1:1/shop";
    }

    @Override
    String revisions() {
        return "atlas_schema_revisions";
    }
}
