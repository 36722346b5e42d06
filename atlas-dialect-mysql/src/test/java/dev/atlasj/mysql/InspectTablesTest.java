package dev.atlasj.mysql;

import static dev.atlasj.mysql.Inspections.inspect;
import static dev.atlasj.mysql.Inspections.schema;
import static dev.atlasj.mysql.Inspections.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Schema;
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
class InspectTablesTest {

    @Test
    void aTableWithTheDefaultsHasNoAttributes(TestDatabase db) {
        Table t = tableAfter(db, "plain", "CREATE TABLE plain (id int PRIMARY KEY)");

        assertThat(t.attributes()).isEqualTo(Attributes.empty());
        assertThat(t.comment()).isNull();
    }

    @Test
    void readsEngineCharsetCollationRowFormatOptionsAndComment(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (id int) ENGINE = MyISAM DEFAULT CHARSET = latin1 COLLATE = latin1_bin
                  ROW_FORMAT = FIXED CHECKSUM = 1 COMMENT 'a ''quoted'' comment'
                """);

        assertThat(t.attributes()).isEqualTo(Attributes.empty()
                .with(MySqlAttributes.ENGINE, "MyISAM")
                .with(MySqlAttributes.CHARSET, "latin1")
                .with(MySqlAttributes.COLLATION, "latin1_bin")
                .with(MySqlAttributes.ROW_FORMAT, "FIXED")
                .with(MySqlAttributes.TABLE_OPTIONS, "checksum=1"));
        assertThat(t.comment()).isEqualTo("a 'quoted' comment");
    }

    @Test
    void readsTheAutoIncrementCounterForTheRecord(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 1000;
                INSERT INTO t VALUES (NULL), (NULL);
                """);

        assertThat(t.attributes().get(MySqlAttributes.AUTO_INCREMENT_COUNTER)).isEqualTo(1002L);
    }

    @Test
    void readsSchemaCharsetCollationAndCommentAgainstTheServersDefaults(TestDatabase db, TestDatabase other) {
        db.execute("ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_general_ci COMMENT 'the shop'");
        db.execute("CREATE TABLE inherits (name varchar(5)); CREATE TABLE own (name varchar(5)) CHARSET utf8mb4");

        Schema s = schema(inspect(db, db.name()), db.name());
        Schema plain = schema(inspect(other, other.name()), other.name());

        assertThat(s.attributes()).isEqualTo(Attributes.empty()
                .with(MySqlAttributes.CHARSET, "latin1").with(MySqlAttributes.COLLATION, "latin1_general_ci"));
        assertThat(s.comment()).isEqualTo("the shop");
        assertThat(s.table("inherits").orElseThrow().attributes()).isEqualTo(Attributes.empty());
        assertThat(s.table("own").orElseThrow().attributes().get(MySqlAttributes.CHARSET)).isEqualTo("utf8mb4");
        assertThat(plain.attributes()).isEqualTo(Attributes.empty());
    }

    @Test
    void readsRangeColumnsPartitioningWithEachPartition(TestDatabase db) {
        Table t = tableAfter(db, "events", """
                CREATE TABLE events (id int NOT NULL, created date NOT NULL, PRIMARY KEY (id, created))
                PARTITION BY RANGE COLUMNS (created) (
                  PARTITION p2023 VALUES LESS THAN ('2024-01-01') COMMENT 'old',
                  PARTITION pmax VALUES LESS THAN (MAXVALUE)
                )
                """);

        assertThat(t.attributes().get(MySqlAttributes.PARTITIONING)).isEqualTo(new Partitioning("RANGE COLUMNS",
                "`created`", null, null, List.of(
                        new Partitioning.Partition("p2023", "'2024-01-01'", 0, "old"),
                        new Partitioning.Partition("pmax", "MAXVALUE", 0, null))));
    }

    @Test
    void readsHashListAndKeyPartitioningAndSubpartitions(TestDatabase db) {
        db.execute("""
                CREATE TABLE h (id int) PARTITION BY HASH (id) PARTITIONS 3;
                CREATE TABLE k (id int PRIMARY KEY) PARTITION BY LINEAR KEY () PARTITIONS 2;
                CREATE TABLE l (region int, y int) PARTITION BY LIST (region)
                  SUBPARTITION BY HASH (y) SUBPARTITIONS 2 (
                  PARTITION east VALUES IN (1, 2), PARTITION west VALUES IN (3));
                """);
        Schema s = schema(inspect(db, db.name()), db.name());

        assertThat(s.table("h").orElseThrow().attributes().get(MySqlAttributes.PARTITIONING)).isEqualTo(new Partitioning(
                "HASH", "`id`", null, null, List.of(new Partitioning.Partition("p0", null, 0, null),
                        new Partitioning.Partition("p1", null, 0, null), new Partitioning.Partition("p2", null, 0, null))));
        assertThat(s.table("k").orElseThrow().attributes().get(MySqlAttributes.PARTITIONING).method()).isEqualTo("LINEAR KEY");
        assertThat(s.table("l").orElseThrow().attributes().get(MySqlAttributes.PARTITIONING)).isEqualTo(new Partitioning(
                "LIST", "`region`", "HASH", "`y`", List.of(new Partitioning.Partition("east", "1,2", 2, null),
                        new Partitioning.Partition("west", "3", 2, null))));
    }
}
