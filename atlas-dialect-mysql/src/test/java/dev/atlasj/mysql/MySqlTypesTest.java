package dev.atlasj.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MySqlTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "int(11)                    | int",
        "INT                        | int",
        "integer                    | int",
        "int4                       | int",
        "int(10) unsigned           | int unsigned",
        "int unsigned zerofill      | int(10) unsigned zerofill",
        "int zerofill               | int(10) unsigned zerofill",
        "int(5) zerofill            | int(5) unsigned zerofill",
        "bigint(20) signed          | bigint",
        "int8                       | bigint",
        "int1                       | tinyint",
        "middleint                  | mediumint",
        "tinyint(4)                 | tinyint",
        "tinyint(1)                 | tinyint(1)",
        "bool                       | tinyint(1)",
        "BOOLEAN                    | tinyint(1)",
        "serial                     | bigint unsigned",
        "dec                        | decimal(10,0)",
        "numeric(8)                 | decimal(8,0)",
        "fixed(8, 2)                | decimal(8,2)",
        "decimal(12,2) unsigned     | decimal(12,2) unsigned",
        "real                       | double",
        "double precision           | double",
        "float8                     | double",
        "float4                     | float",
        "float(10)                  | float",
        "float(30)                  | double",
        "float(7,3)                 | float(7,3)",
        "character varying(20)      | varchar(20)",
        "national char varying(5)   | varchar(5)",
        "nvarchar(5)                | varchar(5)",
        "char                       | char(1)",
        "character(3)               | char(3)",
        "binary                     | binary(1)",
        "char byte                  | binary(1)",
        "bit                        | bit(1)",
        "long varchar               | mediumtext",
        "long varbinary             | mediumblob",
        "datetime(0)                | datetime",
        "timestamp(3)               | timestamp(3)",
        "year(4)                    | year",
        "json                       | json",
        "GEOMETRY                   | geometry",
        "inet6                      | inet6",
    })
    void spellsEachTypeAsTheServerReadsIt(String type, String canonical) {
        assertThat(MySqlTypes.canonical(type)).isEqualTo(canonical);
        assertThat(MySqlTypes.canonical(canonical)).as("canonical forms are fixed points").isEqualTo(canonical);
    }

    @Test
    void quotesEnumAndSetMembersOneWay() {
        assertThat(MySqlTypes.canonical("ENUM( 'a' , \"b\" , 'it''s', 'q\\'x', 'back\\\\slash')"))
                .isEqualTo("enum('a','b','it''s','q''x','back\\\\slash')");
        assertThat(MySqlTypes.canonical("set('x','y, z')")).isEqualTo("set('x','y, z')");
        assertThat(MySqlTypes.members("enum('a','it''s','(b)')")).containsExactly("a", "it's", "(b)");
    }

    @Test
    void quotesLiteralsAsMariaDbPrintsThem() {
        assertThat(MySqlTypes.quote("it's \\ x\nnext\ttab")).isEqualTo("'it''s \\\\ x\\nnext\\ttab'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "int(", "int(a)", "enum", "enum(a)", "int unsigned wide", "int(1)(2)", "int;"})
    void refusesWhatIsNotAType(String type) {
        assertThatThrownBy(() -> MySqlTypes.canonical(type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a MySQL column type: \"" + type + "\"");
    }

    @Test
    void refusesACharacterSetInTheTypeWithTheReason() {
        assertThatThrownBy(() -> MySqlTypes.canonical("varchar(10) character set latin1"))
                .hasMessage("not a MySQL column type: \"varchar(10) character set latin1\""
                        + " (a character set or collation is a column attribute, not part of the type)");
    }
}
