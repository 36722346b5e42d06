package dev.atlasj.postgres.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.ColumnType;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a type change needs {@code USING}, checked against PostgreSQL itself: every conversion
 * said to need none must run without, and every {@code USING} written must run.
 */
@ExtendWith(DatabaseExtension.class)
class TypeConversionTest {

    private static TestDatabase db;

    @BeforeAll
    static void createTypes(TestDatabase database) {
        db = database;
        db.execute("CREATE SCHEMA s; CREATE TYPE s.mood AS ENUM ('a'); CREATE TYPE s.feeling AS ENUM ('a');"
                + " CREATE TYPE s.\"Mood\" AS ENUM ('a')");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "integer | bigint",
            "bigint | smallint",
            "int4 | numeric(10,2)",
            "double precision | integer",
            "character varying(10) | character varying(5)",
            "character varying(10) | text",
            "text | character(3)",
            "uuid | text",
            "s.mood | text",
            "jsonb | character varying",
            "json | jsonb",
            "date | timestamp with time zone",
            "timestamp(3) with time zone | timestamp without time zone",
            "timestamptz | date",
            "time | interval",
            "bit(4) | bit varying(8)",
            "cidr | inet",
            "integer[] | bigint[]",
            "text[] | character varying(3)[]",
            "integer[] | text",
            "s.\"Mood\" | s.\"Mood\"",
    })
    void convertsByAssignmentWithoutUsing(String from, String to) {
        assertThat(conversion(from, to).needsUsing()).isFalse();
        assertThat(alter(from, to, "")).as("ALTER COLUMN c TYPE %s from %s", to, from).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}: USING {2}")
    @CsvSource(delimiter = '|', value = {
            "text | integer | c::integer",
            "character varying(10) | uuid | c::uuid",
            "integer | boolean | c::boolean",
            "boolean | integer | c::integer",
            "text | s.mood | c::s.mood",
            "s.mood | s.feeling | c::text::s.feeling",
            "s.mood | integer | c::text::integer",
            "s.mood[] | s.feeling[] | c::text[]::s.feeling[]",
            "text | text[] | c::text[]",
            "integer[] | integer | c::text::integer",
            "text[] | integer | c::text::integer",
            "text[] | integer[] | c::integer[]",
            "jsonb | integer | c::integer",
            "bit(8) | integer | c::integer",
            "text | jsonb | c::jsonb",
            "date | time without time zone | c::text::time without time zone",
            "integer | date | c::text::date",
            "uuid | bytea | c::text::bytea",
    })
    void castsWithUsingWhereNoAssignmentCastExists(String from, String to, String using) {
        TypeConversion conversion = conversion(from, to);

        assertThat(conversion.needsUsing()).isTrue();
        assertThat(conversion.using("c")).isEqualTo(using);
        assertThat(alter(from, to, "")).as("ALTER COLUMN c TYPE %s from %s", to, from)
                .contains("cannot be cast automatically");
        assertThat(alter(from, to, " USING " + using)).as("ALTER COLUMN c TYPE %s USING %s", to, using).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Total | \"Total\"::integer", "select | \"select\"::integer"})
    void quotesTheColumnItCasts(String column, String using) {
        assertThat(conversion("text", "integer").using(column)).isEqualTo(using);
    }

    /** Runs the type change on an empty table and rolls it back: PostgreSQL's error message, or {@code null}. */
    private static String alter(String from, String to, String using) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TABLE t (c " + from + ")");
            s.execute("ALTER TABLE t ALTER COLUMN c TYPE " + to + using);
            c.rollback();
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static TypeConversion conversion(String from, String to) {
        return new TypeConversion(ColumnType.of(from), ColumnType.of(to));
    }
}
