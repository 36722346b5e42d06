package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

    private static final Instant START = Instant.parse("2026-11-26T02:08:13Z");

    @Test
    void namesSayWhichRunMadeThem() {
        DatabaseNames names = DatabaseNames.forThisRun(Clock.fixed(START, ZoneOffset.UTC));

        String first = names.next();
        String second = names.next();

        assertThat(names.runPrefix()).matches("atlasj_test_20261126_020813_" + ProcessHandle.current().pid() + "_[0-9a-z]{4}_");
        assertThat(first).isEqualTo(names.runPrefix() + "1");
        assertThat(second).isEqualTo(names.runPrefix() + "2");
        assertThat(first.length()).isLessThanOrEqualTo(63);
        assertThat(DatabaseNames.runStart(first)).contains(START);
    }

    @Test
    void twoRunsStartingTogetherNameDifferently() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);

        assertThat(DatabaseNames.forThisRun(clock).runPrefix()).isNotEqualTo(DatabaseNames.forThisRun(clock).runPrefix());
    }

    @Test
    void namesThatAreNotOursHaveNoRun() {
        assertThat(DatabaseNames.runStart("atlasj_test_k3x9abc")).isEmpty();
        assertThat(DatabaseNames.runStart("app_20261126_020813_1")).isEmpty();
        assertThat(DatabaseNames.runStart("atlasj_test_20261399_020813_1_abcd_1")).isEmpty();
    }
}
