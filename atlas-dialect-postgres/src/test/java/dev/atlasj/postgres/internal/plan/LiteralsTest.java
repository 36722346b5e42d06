package dev.atlasj.postgres.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void plainTextIsAPlainConstant() {
        assertThat(Literals.string("users of the shop")).isEqualTo("'users of the shop'");
        assertThat(Literals.string("")).isEqualTo("''");
    }

    @Test
    void quotesAreDoubled() {
        assertThat(Literals.string("it's")).isEqualTo("'it''s'");
    }

    @Test
    void unicodeIsWrittenAsIs() {
        assertThat(Literals.string("café – 東京 🐘")).isEqualTo("'café – 東京 🐘'");
    }

    @Test
    void backslashesMakeAnEscapeStringSoThatNoSettingChangesTheirMeaning() {
        assertThat(Literals.string("C:\\temp")).isEqualTo("E'C:\\\\temp'");
        assertThat(Literals.string("it's \\n")).isEqualTo("E'it''s \\\\n'");
    }

    @Test
    void controlCharactersAreEscapedSoThatAStatementStaysOnOneLine() {
        assertThat(Literals.string("line 1\nline 2\r\tend")).isEqualTo("E'line 1\\nline 2\\r\\tend'");
        assertThat(Literals.string("bell\u0007")).isEqualTo("E'bell\\x07'");
    }
}
