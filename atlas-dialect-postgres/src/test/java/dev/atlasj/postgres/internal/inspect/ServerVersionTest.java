package dev.atlasj.postgres.internal.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.InspectionException;
import org.junit.jupiter.api.Test;

class ServerVersionTest {

    @Test
    void refusesServersOlderThan12NamingTheVersion() {
        assertThatThrownBy(() -> new ServerVersion(110022).requireSupported())
                .isInstanceOf(InspectionException.class)
                .hasMessage("PostgreSQL 11.22 is not supported: atlasj needs PostgreSQL 12 or newer");
        assertThatThrownBy(() -> new ServerVersion(90624).requireSupported())
                .hasMessage("PostgreSQL 9.6.24 is not supported: atlasj needs PostgreSQL 12 or newer");
    }

    @Test
    void acceptsTwelveAndNewer() {
        assertThat(new ServerVersion(120000).requireSupported()).hasToString("12.0");
        assertThat(new ServerVersion(170002).requireSupported()).hasToString("17.2");
    }

    @Test
    void readsNullsNotDistinctFromFifteenOn() {
        assertThat(new ServerVersion(140010).hasNullsNotDistinct()).isFalse();
        assertThat(new ServerVersion(150000).hasNullsNotDistinct()).isTrue();
    }

    @Test
    void gatesTheIndexQueryOnTheVersion() {
        assertThat(CatalogQuery.INDEXES.sql(new ServerVersion(140010)))
                .containsPattern("false\\s+AS nulls_not_distinct").doesNotContain("indnullsnotdistinct");
        assertThat(CatalogQuery.INDEXES.sql(new ServerVersion(150004)))
                .containsPattern("i.indnullsnotdistinct\\s+AS nulls_not_distinct");
    }
}
