package dev.atlasj.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "int | integer",
            "int4 | integer",
            "INTEGER | integer",
            "serial | integer",
            "serial4 | integer",
            "int8 | bigint",
            "bigserial | bigint",
            "int2 | smallint",
            "smallserial | smallint",
            "bool | boolean",
            "float8 | double precision",
            "float | double precision",
            "float(53) | double precision",
            "float(24) | real",
            "float4 | real",
            "Double   Precision | double precision",
            "decimal | numeric",
            "decimal(10,2) | numeric(10,2)",
            "numeric( 10 , 2 ) | numeric(10,2)",
            "numeric(10) | numeric(10,0)",
            "varchar | character varying",
            "varchar(20) | character varying(20)",
            "VARCHAR (20) | character varying(20)",
            "char varying(5) | character varying(5)",
            "char | character(1)",
            "character | character(1)",
            "char(3) | character(3)",
            "bpchar | bpchar",
            "bpchar(3) | character(3)",
            "\"char\" | \"char\"",
            "timestamptz | timestamp with time zone",
            "timestamptz(3) | timestamp(3) with time zone",
            "timestamp | timestamp without time zone",
            "timestamp(6) | timestamp(6) without time zone",
            "TIMESTAMP(3) WITH TIME ZONE | timestamp(3) with time zone",
            "timetz | time with time zone",
            "time(2) | time(2) without time zone",
            "interval | interval",
            "INTERVAL DAY TO SECOND(3) | interval day to second(3)",
            "interval(2) | interval(2)",
            "varbit(8) | bit varying(8)",
            "bit | bit(1)",
            "bit(4) | bit(4)",
            "\"bit\" | \"bit\"",
            "\"bit\"(8) | bit(8)",
            "int[] | integer[]",
            "int[][] | integer[]",
            "int [3] | integer[]",
            "integer ARRAY | integer[]",
            "integer ARRAY[4] | integer[]",
            "varchar(10)[] | character varying(10)[]",
            "timestamptz(3)[] | timestamp(3) with time zone[]",
            "pg_catalog.int4 | integer",
            "pg_catalog.\"varchar\"(12) | character varying(12)",
            "\"int4\" | integer",
            "\"text\" | text",
            "TEXT | text",
            "UUID | uuid",
            "jsonb | jsonb",
            "Public.Mood | public.mood",
            "\"public\".\"mood\" | public.mood",
            "\"public\".\"mood\"[] | public.mood[]",
            "\"MixedCase\".\"Type\" | \"MixedCase\".\"Type\"",
            "app.\"my type\" | app.\"my type\"",
            "\"café\" | \"café\"",
            "public.geometry(Point, 4326) | public.geometry(Point,4326)",
    })
    void spellsTypesAsPostgresPrintsThem(String written, String canonical) {
        assertThat(PostgresTypes.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"integer", "character varying(20)", "timestamp(3) with time zone", "time without time zone",
            "interval day to second(3)", "numeric(10,2)", "\"char\"", "character(1)", "bit varying", "bpchar",
            "double precision", "public.mood[]", "\"MixedCase\".\"Type\"", "app.\"my type\"", "text[]",
            "public.geometry(Point,4326)"})
    void leavesCanonicalFormsAlone(String canonical) {
        assertThat(PostgresTypes.canonical(canonical)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "varchar(", "\"unclosed", "a.b.c", "numeric(1)(2)", "int;", "float(x)", "(3)", "public(3).mood"})
    void rejectsWhatIsNotATypeName(String garbage) {
        assertThatThrownBy(() -> PostgresTypes.canonical(garbage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PostgreSQL type name");
    }
}
