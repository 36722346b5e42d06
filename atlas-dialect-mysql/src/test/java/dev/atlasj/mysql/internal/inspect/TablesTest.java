package dev.atlasj.mysql.internal.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void readsFulltextParsersFromShowCreateTableOfBothFlavors() {
        String mysql = """
                CREATE TABLE `docs` (
                  `body` text,
                  `title` varchar(100),
                  FULLTEXT KEY `ft_body` (`body`) /*!50100 WITH PARSER `ngram` */ ,
                  FULLTEXT KEY `ft ``title``` (`title`)
                ) ENGINE=InnoDB""";
        String mariaDb = "  FULLTEXT KEY `ft` (`body`) WITH PARSER `mecab`,\n";

        assertThat(Tables.fulltextParsers(mysql)).isEqualTo(Map.of("ft_body", "ngram"));
        assertThat(Tables.fulltextParsers(mariaDb)).isEqualTo(Map.of("ft", "mecab"));
    }

    @Test
    void takesTheCharsetFromTheCollationsName() {
        assertThat(Tables.charsetOf("utf8mb4_0900_ai_ci")).isEqualTo("utf8mb4");
        assertThat(Tables.charsetOf("latin1_swedish_ci")).isEqualTo("latin1");
        assertThat(Tables.charsetOf("binary")).isEqualTo("binary");
        assertThat(Tables.charsetOf(null)).isNull();
    }
}
