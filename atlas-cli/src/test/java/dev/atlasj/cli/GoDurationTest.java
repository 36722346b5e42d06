package dev.atlasj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Go's duration notation, as Atlas's {@code --lock-timeout} takes it and its apply log prints it. */
class GoDurationTest {

    @Test
    void readsGoDurations() {
        assertThat(GoDuration.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(GoDuration.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(GoDuration.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(GoDuration.parse("3us")).isEqualTo(Duration.ofNanos(3000));
        assertThat(GoDuration.parse("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesWhatIsNotADuration() {
        for (String text : new String[] {"", "10", "s", "10x", "1..2s", "ten seconds"}) {
            assertThatThrownBy(() -> GoDuration.parse(text)).as(text).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("is not a duration");
        }
    }

    @Test
    void printsAsGoDoes() {
        assertThat(GoDuration.format(Duration.ofNanos(812))).isEqualTo("812ns");
        assertThat(GoDuration.format(Duration.ofNanos(36_152_400))).isEqualTo("36.152ms");
        assertThat(GoDuration.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(GoDuration.format(Duration.ofSeconds(3723))).isEqualTo("1h2m3s");
    }

    @Test
    void aBadFlagValueIsAUsageError() {
        CliRun run = CliRun.atlas("migrate", "apply", "--url", "postgres://localhost/shop", "--lock-timeout", "soon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'soon' is not a duration");
    }
}
