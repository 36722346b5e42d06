package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.migrate.MigrateResult;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class AppStartupTest {

    @Test
    void theFirstStartMigratesAndTheNextOnesFindNothingPending(TestDatabase db) {
        MigrateResult first = AppStartup.migrate(db.dataSource());
        MigrateResult second = AppStartup.migrate(db.dataSource());

        assertThat(first.files()).extracting(MigrateResult.AppliedFile::name)
                .containsExactly("20240101000000_create_users.sql", "20240102000000_add_email.sql");
        assertThat(second.toString()).isEqualTo("No migration files to execute");
        db.execute("INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.com')");
    }
}
