package dev.atlasj.mysql.internal.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defaults as each flavor prints them in {@code COLUMN_DEFAULT} and {@code EXTRA}, read into one form.
 * MariaDB's side is covered on the server too (InspectColumnsTest); MySQL's, with no MySQL server here,
 * only by these cases, taken from what MySQL 8 prints.
 */
class ColumnDefaultsTest {

    private static final Columns MYSQL = new Columns(new ServerVersion(false, 8, 0, 36));
    private static final Columns MARIADB = new Columns(new ServerVersion(true, 10, 11, 6));

    @ParameterizedTest(name = "MySQL {0} ({1}, {2}) -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
        "it's \\ x           | <null>                               | varchar(20)         | 'it''s \\\\ x'",
        "b                   | <null>                               | enum('a','b')       | 'b'",
        "2020-01-01 00:00:00 | <null>                               | datetime            | '2020-01-01 00:00:00'",
        "5                   | <null>                               | int unsigned        | 5",
        "1.50                | <null>                               | decimal(5,2)        | 1.50",
        "b'101'              | <null>                               | bit(3)              | b'101'",
        "0x61                | <null>                               | varbinary(4)        | 0x61",
        "uuid()              | default_generated                    | varchar(36)         | uuid()",
        "CURRENT_TIMESTAMP   | default_generated                    | timestamp           | CURRENT_TIMESTAMP",
        "CURRENT_TIMESTAMP(3)| default_generated on update current_timestamp(3) | datetime(3) | CURRENT_TIMESTAMP(3)",
        "<null>              | <null>                               | int                 | <null>",
        "NULL                | <null>                               | varchar(5)          | 'NULL'",
    })
    void readsMySqlDefaults(String value, String extra, String type, String expected) {
        assertThat(MYSQL.defaultValue(value, extra == null ? "" : extra, type)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "MariaDB {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
        "'it''s \\\\ x'        | 'it''s \\\\ x'",
        "NULL                  | <null>",
        "'NULL'                | 'NULL'",
        "current_timestamp()   | CURRENT_TIMESTAMP",
        "current_timestamp(6)  | CURRENT_TIMESTAMP(6)",
        "uuid()                | uuid()",
        "5                     | 5",
    })
    void readsMariaDbDefaults(String value, String expected) {
        assertThat(MARIADB.defaultValue(value, "", "varchar(10)")).isEqualTo(expected);
    }
}
