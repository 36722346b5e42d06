package dev.atlasj.mysql;

import static dev.atlasj.mysql.Inspections.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class InspectColumnsTest {

    @Test
    void readsTypesWithTheServersSpellingAndTheCanonicalForm(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  a integer NOT NULL,
                  b int(10) unsigned zerofill,
                  c bool,
                  d numeric(8),
                  e real,
                  f character varying(20),
                  g enum('small', 'it''s', 'back\\\\slash'),
                  h set('x', 'y'),
                  i datetime(0),
                  j bigint unsigned
                )
                """);

        assertThat(t.columns()).extracting(Column::type).containsExactly(
                new ColumnType("int(11)", "int"),
                new ColumnType("int(10) unsigned zerofill", "int(10) unsigned zerofill"),
                new ColumnType("tinyint(1)", "tinyint(1)"),
                new ColumnType("decimal(8,0)", "decimal(8,0)"),
                new ColumnType("double", "double"),
                new ColumnType("varchar(20)", "varchar(20)"),
                new ColumnType("enum('small','it''s','back\\\\slash')", "enum('small','it''s','back\\\\slash')"),
                new ColumnType("set('x','y')", "set('x','y')"),
                new ColumnType("datetime", "datetime"),
                new ColumnType("bigint(20) unsigned", "bigint unsigned"));
        assertThat(t.columns()).extracting(Column::nullable)
                .containsExactly(false, true, true, true, true, true, true, true, true, true);
    }

    @Test
    void readsDefaultsOfEveryKindInOneForm(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  n int NOT NULL DEFAULT 5,
                  s varchar(20) DEFAULT 'it''s \\\\ x',
                  e enum('a', 'b') DEFAULT 'b',
                  d datetime DEFAULT '2020-01-01 00:00:00',
                  x decimal(5,2) DEFAULT 1.50,
                  b bit(3) DEFAULT b'101',
                  u varchar(36) DEFAULT (uuid()),
                  z varchar(5) DEFAULT NULL,
                  nothing int,
                  ts timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
                  now0 datetime DEFAULT now() ON UPDATE now()
                )
                """);

        assertThat(t.columns()).extracting(Column::defaultExpression).containsExactly(
                "5", "'it''s \\\\ x'", "'b'", "'2020-01-01 00:00:00'", "1.50", "b'101'", "uuid()", null, null,
                "CURRENT_TIMESTAMP(3)", "CURRENT_TIMESTAMP");
        assertThat(t.column("ts").orElseThrow().attributes().get(MySqlAttributes.ON_UPDATE)).isEqualTo("CURRENT_TIMESTAMP(3)");
        assertThat(t.column("now0").orElseThrow().attributes().get(MySqlAttributes.ON_UPDATE)).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(t.column("n").orElseThrow().attributes()).isEqualTo(Attributes.empty());
    }

    @Test
    void readsAutoIncrementGeneratedAndInvisibleColumns(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  a int,
                  v int GENERATED ALWAYS AS (a + 1) VIRTUAL,
                  s int AS (a * 2) STORED,
                  hidden int INVISIBLE COMMENT 'not in SELECT *'
                )
                """);

        assertThat(t.columns()).containsExactly(
                new Column("id", new ColumnType("bigint(20)", "bigint"), false, null, null, null, null,
                        Attributes.of(MySqlAttributes.AUTO_INCREMENT, true)),
                new Column("a", new ColumnType("int(11)", "int"), true, null, null, null, null, Attributes.empty()),
                new Column("v", new ColumnType("int(11)", "int"), true, null, new Generated("`a` + 1", false), null, null,
                        Attributes.empty()),
                new Column("s", new ColumnType("int(11)", "int"), true, null, new Generated("`a` * 2", true), null, null,
                        Attributes.empty()),
                new Column("hidden", new ColumnType("int(11)", "int"), true, null, null, null, "not in SELECT *",
                        Attributes.of(MySqlAttributes.INVISIBLE, true)));
    }

    @Test
    void readsCharsetAndCollationOnlyWhereTheyDifferFromTheTables(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  inherited varchar(10),
                  latin varchar(10) CHARACTER SET latin1,
                  cased varchar(10) COLLATE utf8mb4_bin,
                  spelled varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
                ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
                """);

        assertThat(t.columns()).extracting(Column::name, Column::collation, c -> c.attributes().get(MySqlAttributes.CHARSET))
                .containsExactly(
                        tuple("inherited", null, null),
                        tuple("latin", "latin1_swedish_ci", "latin1"),
                        tuple("cased", "utf8mb4_bin", null),
                        tuple("spelled", null, null));
    }

    @Test
    void readsMariaDbsJsonColumnAsJsonWithoutItsImplicitCheck(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  doc json NOT NULL,
                  text_with_check longtext CHECK (length(text_with_check) > 0),
                  CONSTRAINT user_check CHECK (json_valid(text_with_check))
                )
                """);

        assertThat(t.column("doc").orElseThrow())
                .isEqualTo(new Column("doc", ColumnType.canonical("json"), false, null, null, null, null, Attributes.empty()));
        assertThat(t.column("text_with_check").orElseThrow().type().canonical()).isEqualTo("longtext");
        assertThat(t.checks()).extracting(dev.atlasj.schema.Check::name, dev.atlasj.schema.Check::expression)
                .containsExactly(
                        tuple("text_with_check", "octet_length(`text_with_check`) > 0"),
                        tuple("user_check", "json_valid(`text_with_check`)"));
    }
}
