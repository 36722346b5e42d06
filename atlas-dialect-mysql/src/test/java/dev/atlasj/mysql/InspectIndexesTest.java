package dev.atlasj.mysql;

import static dev.atlasj.mysql.Inspections.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class InspectIndexesTest {

    @Test
    void readsPrimaryUniqueAndPlainIndexesWithPrefixesAndDirections(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  a int NOT NULL, b int NOT NULL, name varchar(100), note text,
                  PRIMARY KEY (b, a),
                  UNIQUE KEY uq_name (name),
                  KEY ix_multi (name(10), a DESC) COMMENT 'for search',
                  INDEX ix_note (note(20))
                )
                """);

        assertThat(t.primaryKey()).isEqualTo(PrimaryKey.of(null, "b", "a"));
        assertThat(t.indexes()).containsExactly(
                new Index("ix_multi", false, List.of(
                        IndexPart.column("name").with(MySqlAttributes.PREFIX_LENGTH, 10),
                        IndexPart.column("a").descending(true)), "for search", Attributes.empty()),
                new Index("ix_note", false, List.of(IndexPart.column("note").with(MySqlAttributes.PREFIX_LENGTH, 20)),
                        null, Attributes.empty()),
                Index.uniqueOn("uq_name", "name"));
    }

    @Test
    void readsThePrimaryKeysComment(TestDatabase db) {
        Table t = tableAfter(db, "t", "CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b) COMMENT 'pair')");

        assertThat(t.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("a", "b"),
                Attributes.of(MySqlAttributes.PRIMARY_KEY_COMMENT, "pair")));
    }

    @Test
    void readsFulltextSpatialHashAndIgnoredIndexes(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  body text, place point NOT NULL, code varchar(10), v int,
                  FULLTEXT KEY ft_body (body),
                  SPATIAL KEY sp_place (place),
                  KEY ix_v (v) IGNORED
                ) ENGINE = InnoDB;
                CREATE TABLE m (code varchar(10), KEY ix_code (code) USING HASH, KEY ix_tree (code) USING BTREE) ENGINE = MEMORY;
                """);
        Table memory = Inspections.table(Inspections.schema(Inspections.inspect(db, db.name()), db.name()), "m");

        assertThat(t.index("ft_body").orElseThrow().attributes()).isEqualTo(Attributes.of(MySqlAttributes.INDEX_TYPE, "FULLTEXT"));
        assertThat(t.index("sp_place").orElseThrow().attributes()).isEqualTo(Attributes.of(MySqlAttributes.INDEX_TYPE, "SPATIAL"));
        assertThat(t.index("ix_v").orElseThrow().attributes()).isEqualTo(Attributes.of(MySqlAttributes.INDEX_INVISIBLE, true));
        assertThat(memory.index("ix_code").orElseThrow().attributes()).isEqualTo(Attributes.of(MySqlAttributes.INDEX_TYPE, "HASH"));
        assertThat(memory.index("ix_tree").orElseThrow().attributes()).isEqualTo(Attributes.empty());
    }

    @Test
    void readsTheIndexMariaDbAddsForAForeignKeyLikeAnyOther(TestDatabase db) {
        Table t = tableAfter(db, "child", """
                CREATE TABLE parent (id int PRIMARY KEY);
                CREATE TABLE child (parent_id int, CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id));
                """);

        assertThat(t.indexes()).containsExactly(Index.on("fk_parent", "parent_id"));
    }
}
