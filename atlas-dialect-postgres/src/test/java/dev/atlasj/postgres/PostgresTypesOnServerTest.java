package dev.atlasj.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The canonical form of a spelling is what the server itself prints for a column declared with it. */
@ExtendWith(DatabaseExtension.class)
class PostgresTypesOnServerTest {

    private static final List<String> SPELLINGS = List.of(
            "int", "int4", "INTEGER", "serial", "int8", "bigserial", "int2", "smallserial", "bool", "float", "float8",
            "float(10)", "float(40)", "float4", "double precision", "real", "decimal", "decimal(10, 2)", "numeric(7)",
            "varchar", "varchar(20)", "character varying(3)", "char", "char(4)", "character", "bpchar", "\"char\"",
            "timestamptz", "timestamptz(3)", "timestamp", "timestamp(0)", "TIMESTAMP(6) WITH TIME ZONE", "time",
            "timetz(2)", "interval", "interval(3)", "interval year to month", "INTERVAL DAY TO SECOND(2)", "bit",
            "bit(3)", "varbit", "varbit(5)", "int[]", "int[][]", "integer ARRAY[3]", "varchar(5)[]", "text", "bytea",
            "uuid", "json", "jsonb", "inet", "money", "xml", "tsvector", "int4range", "pg_catalog.int4",
            "public.mood", "\"public\".\"mood\"[]", "public.\"Weird Type\"");

    @Test
    void canonicalFormsAreWhatFormatTypePrints(TestDatabase db) {
        String columns = IntStream.range(0, SPELLINGS.size())
                .mapToObj(i -> "c" + i + " " + SPELLINGS.get(i))
                .collect(Collectors.joining(", "));

        Table t = Inspections.tableAfter(db, "t", "CREATE TYPE mood AS ENUM ('ok');"
                + "CREATE TYPE \"Weird Type\" AS ENUM ('x'); CREATE TABLE t (" + columns + ")");

        for (int i = 0; i < SPELLINGS.size(); i++) {
            ColumnType type = t.columns().get(i).type();
            assertThat(PostgresTypes.canonical(SPELLINGS.get(i))).as(SPELLINGS.get(i)).isEqualTo(type.raw());
            assertThat(type.canonical()).as("canonical of " + type.raw()).isEqualTo(type.raw());
        }
        assertThat(t.columns()).extracting(Column::name).hasSize(SPELLINGS.size());
    }
}
