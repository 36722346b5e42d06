package dev.atlasj.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedNamesTest {

    @Test
    void shortNamesJoinTableColumnsAndLabel() {
        assertThat(GeneratedNames.of("t", "pkey")).isEqualTo("t_pkey");
        assertThat(GeneratedNames.of("t", List.of("d", "e"), "key")).isEqualTo("t_d_e_key");
        assertThat(GeneratedNames.of("t2", List.of("x", "y"), "fkey")).isEqualTo("t2_x_y_fkey");
    }

    @Test
    void longNamesAreShortenedLikePostgresDoes() {
        String table = "a_very_long_table_name_that_goes_on_and_on_forever_and_ever_xx";

        assertThat(GeneratedNames.of(table, List.of("a_very_long_column_name_that_goes_on_and_on"), "key"))
                .isEqualTo("a_very_long_table_name_that_g_a_very_long_column_name_that__key");
        assertThat(GeneratedNames.of(table, List.of("b"), "key"))
                .isEqualTo("a_very_long_table_name_that_goes_on_and_on_forever_and_ev_b_key");
    }

    @Test
    void multibyteCharactersAreNeverCut() {
        String name = GeneratedNames.of("数".repeat(30), List.of("c"), "key");

        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(name).isEqualTo("数".repeat(19) + "_c_key");
    }

    @Test
    void collisionNumbersStillCountAsGenerated() {
        assertThat(GeneratedNames.matches("t_check1", "t", null, "check")).isTrue();
        assertThat(GeneratedNames.matches("t_check", "t", null, "check")).isTrue();
        assertThat(GeneratedNames.matches("t_check_positive", "t", null, "check")).isFalse();
        assertThat(GeneratedNames.matches("uq_email", "t", List.of("email"), "key")).isFalse();
    }
}
