package dev.atlasj.mysql;

import static dev.atlasj.mysql.Inspections.inspect;
import static dev.atlasj.mysql.Inspections.schema;
import static dev.atlasj.mysql.Inspections.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Names that must be quoted: reserved words, mixed case, non-ASCII letters, spaces and backticks. */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class InspectIdentifiersTest {

    @Test
    void readsReservedWordsAsNames(TestDatabase db) {
        db.execute("""
                CREATE TABLE `select` (`key` int PRIMARY KEY, `order` varchar(10), `from` int);
                CREATE TABLE `order` (`select` int, `check` int, CONSTRAINT `check` CHECK (`check` > 0),
                  CONSTRAINT `references` FOREIGN KEY (`select`) REFERENCES `select` (`key`));
                CREATE INDEX `index` ON `order` (`select`, `check`);
                CREATE VIEW `table` AS SELECT `key` FROM `select`;
                """);

        Schema s = schema(inspect(db, db.name()), db.name());

        Table select = table(s, "select");
        assertThat(select.columns()).extracting(Column::name).containsExactly("key", "order", "from");
        assertThat(select.primaryKey()).isEqualTo(PrimaryKey.of(null, "key"));
        Table order = table(s, "order");
        assertThat(order.foreignKeys()).containsExactly(new ForeignKey("references", List.of("select"), db.name(), "select",
                List.of("key"), ReferentialAction.RESTRICT, ReferentialAction.RESTRICT, null));
        assertThat(order.checks()).containsExactly(Check.of("check", "`check` > 0"));
        assertThat(order.indexes()).containsExactly(Index.on("index", "select", "check"));
        assertThat(s.view("table")).isPresent();
    }

    @Test
    void readsMixedCaseUnicodeSpacesAndBackticksVerbatim(TestDatabase db) {
        db.execute("""
                CREATE TABLE `Café` (
                  `Id` int PRIMARY KEY,
                  `数据` varchar(20) NOT NULL,
                  `with space` int,
                  `say ``hi``` int
                ) COMMENT 'ünïcödé comment';
                CREATE TABLE `Child` (`café id` int, CONSTRAINT `Fk Café` FOREIGN KEY (`café id`) REFERENCES `Café` (`Id`));
                CREATE UNIQUE INDEX `Idx ``q``` ON `Café` (`数据`(5), `say ``hi``` DESC);
                """);

        Schema s = schema(inspect(db, db.name()), db.name());

        Table cafe = table(s, "Café");
        assertThat(cafe.comment()).isEqualTo("ünïcödé comment");
        assertThat(cafe.columns()).extracting(Column::name).containsExactly("Id", "数据", "with space", "say `hi`");
        assertThat(cafe.indexes()).containsExactly(new Index("Idx `q`", true, List.of(
                IndexPart.column("数据").with(MySqlAttributes.PREFIX_LENGTH, 5), IndexPart.column("say `hi`").descending(true)),
                null, Attributes.empty()));
        assertThat(table(s, "Child").foreignKeys()).extracting(ForeignKey::name, ForeignKey::refTable, ForeignKey::columns)
                .containsExactly(tuple("Fk Café", "Café", List.of("café id")));
        assertThat(MySqlIdentifiers.qualify(db.name(), "say `hi`")).isEqualTo("`" + db.name() + "`.`say ``hi```");
    }
}
