package dev.atlasj.migrate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void partialHashesRoundTripAsAJsonArray() {
        List<String> hashes = List.of("h1:abc+/=", "h1:xyz");

        String json = JsonStrings.write(hashes);

        assertThat(json).isEqualTo("[\"h1:abc+/=\",\"h1:xyz\"]");
        assertThat(JsonStrings.read(json)).isEqualTo(hashes);
        assertThat(JsonStrings.read("[\"a\\\"b\\u0041\"]")).containsExactly("a\"bA");
    }

    @Test
    void theServerSpacingOfAJsonArrayIsRead() {
        assertThat(JsonStrings.read("[\"h1:a\", \"h1:b\"]")).containsExactly("h1:a", "h1:b");
        assertThat(JsonStrings.read("[]")).isEmpty();
    }
}
