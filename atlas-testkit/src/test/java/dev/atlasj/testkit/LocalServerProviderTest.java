package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalServerProviderTest {

    @Test
    void declinesWithTheReasonWhenTheServerRefusesTheUser() {
        DatabaseProvider.Outcome outcome = new LocalServerProvider(Map.of("PGUSER", "atlasj_no_such_user")::get)
                .provide(Engine.POSTGRES);

        assertThat(outcome).isInstanceOfSatisfying(DatabaseProvider.Declined.class, declined -> assertThat(declined.reason())
                .startsWith("no usable PostgreSQL at 127.0.0.1:5432 as user atlasj_no_such_user ("));
    }
}
