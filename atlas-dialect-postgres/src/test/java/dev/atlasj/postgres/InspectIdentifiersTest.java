package dev.atlasj.postgres;

import static dev.atlasj.postgres.Inspections.inspect;
import static dev.atlasj.postgres.Inspections.schema;
import static dev.atlasj.postgres.Inspections.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Names that must be quoted: reserved words, upper case, non-ASCII letters, spaces and quotes. */
@ExtendWith(DatabaseExtension.class)
class InspectIdentifiersTest {

    @Test
    void readsReservedWordsAsNames(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "select";
                CREATE TYPE "select"."group" AS ENUM ('a');
                CREATE TABLE "select"."user" (id int PRIMARY KEY, "order" "select"."group", "from" text);
                CREATE TABLE "select"."order" ("user" int CONSTRAINT "references" REFERENCES "select"."user",
                    "check" int CONSTRAINT "check" CHECK ("check" > 0));
                CREATE INDEX "index" ON "select"."order" ("user", "check");
                """);

        Schema s = schema(inspect(db, "select"), "select");

        assertThat(s.enums()).containsExactly(EnumType.of("group", "a"));
        assertThat(table(s, "user").columns()).containsExactly(
                Column.of("id", ColumnType.canonical("integer")).withNullable(false),
                Column.of("order", ColumnType.canonical("\"select\".\"group\"")),
                Column.of("from", ColumnType.canonical("text")));
        Table order = table(s, "order");
        assertThat(order.foreignKeys()).containsExactly(new ForeignKey("references", List.of("user"), "select", "user",
                List.of("id"), null, null, null));
        assertThat(order.checks()).containsExactly(Check.of("check", "(\"check\" > 0)"));
        assertThat(order.indexes()).containsExactly(Index.on("index", "user", "check"));
    }

    @Test
    void readsMixedCaseUnicodeSpacesAndQuotesVerbatim(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "MixedCase";
                CREATE TYPE "MixedCase"."Mood ""x\""" AS ENUM ('ok');
                CREATE TABLE "MixedCase"."café" (
                    "Id" serial PRIMARY KEY,
                    "数据" text NOT NULL,
                    "with space" "MixedCase"."Mood ""x\""",
                    "say ""hi\""" int
                );
                CREATE TABLE "MixedCase"."Child" ("café id" int REFERENCES "MixedCase"."café" ("Id"));
                CREATE UNIQUE INDEX "Idx ""q\""" ON "MixedCase"."café" (lower("数据"), "say ""hi\""");
                COMMENT ON TABLE "MixedCase"."café" IS 'ünïcödé comment';
                """);

        Realm realm = inspect(db, "MixedCase");
        Schema s = schema(realm, "MixedCase");

        Table cafe = table(s, "café");
        assertThat(cafe.comment()).isEqualTo("ünïcödé comment");
        assertThat(cafe.columns()).containsExactly(
                Column.of("Id", ColumnType.canonical("integer")).withNullable(false)
                        .withDefault("nextval('\"MixedCase\".\"café_Id_seq\"'::regclass)"),
                Column.of("数据", ColumnType.canonical("text")).withNullable(false),
                Column.of("with space", ColumnType.canonical("\"MixedCase\".\"Mood \"\"x\"\"\"")),
                Column.of("say \"hi\"", ColumnType.canonical("integer")));
        assertThat(cafe.primaryKey()).isEqualTo(PrimaryKey.of("café_pkey", "Id"));
        assertThat(cafe.indexes()).containsExactly(new Index("Idx \"q\"", true,
                List.of(IndexPart.expression("lower(\"数据\")"), IndexPart.column("say \"hi\"")), null, Attributes.empty()));
        assertThat(table(s, "Child").foreignKeys()).containsExactly(new ForeignKey("Child_café id_fkey",
                List.of("café id"), "MixedCase", "café", List.of("Id"), null, null, null));
        assertThat(s.enums()).containsExactly(EnumType.of("Mood \"x\"", "ok"));
        assertThat(s.sequences()).containsExactly(new Sequence("café_Id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1,
                false, new Sequence.Owner("café", "Id"), null, Attributes.empty()));
    }
}
