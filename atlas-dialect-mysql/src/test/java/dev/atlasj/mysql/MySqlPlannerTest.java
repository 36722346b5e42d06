package dev.atlasj.mysql;

import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT;
import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT_COUNTER;
import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;
import static dev.atlasj.mysql.MySqlAttributes.ENGINE;
import static dev.atlasj.mysql.MySqlAttributes.FULLTEXT_PARSER;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_TYPE;
import static dev.atlasj.mysql.MySqlAttributes.INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.NOT_ENFORCED;
import static dev.atlasj.mysql.MySqlAttributes.ON_UPDATE;
import static dev.atlasj.mysql.MySqlAttributes.PARTITIONING;
import static dev.atlasj.mysql.MySqlAttributes.PREFIX_LENGTH;
import static dev.atlasj.mysql.MySqlAttributes.ROW_FORMAT;
import static dev.atlasj.mysql.MySqlAttributes.TABLE_OPTIONS;
import static dev.atlasj.mysql.Planning.column;
import static dev.atlasj.mysql.Planning.create;
import static dev.atlasj.mysql.Planning.fk;
import static dev.atlasj.mysql.Planning.keyed;
import static dev.atlasj.mysql.Planning.reverses;
import static dev.atlasj.mysql.Planning.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.PlanException;
import dev.atlasj.diff.Changes;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL written to create each kind of object, and the order of a creation. */
class MySqlPlannerTest {

    @Test
    void createsADatabaseWithItsCharacterSetCollationAndComment() {
        Plan plan = new MySqlPlanner().plan(Changes.toCreate(Realm.of(Schema.builder("app").attribute(CHARSET, "latin1")
                .attribute(COLLATION, "latin1_bin").comment("it's ours").build())));

        assertThat(sql(plan)).containsExactly("CREATE DATABASE `app` CHARACTER SET latin1 COLLATE latin1_bin COMMENT 'it''s ours'");
        assertThat(reverses(plan)).containsExactly("DROP DATABASE `app`");
    }

    @Test
    void noStatementIsTransactionalAndThePlanSaysSo() {
        Plan plan = create(Schema.builder("s").table(keyed("t").build()).build());

        assertThat(plan.statements()).isNotEmpty().noneMatch(PlannedStatement::transactional);
        assertThat(plan.transactional()).isFalse();
        assertThat(new MySqlPlanner().plan(List.of()).transactional()).as("nothing to do can be done in one").isTrue();
    }

    @Test
    void createsATableWithEveryColumnAttribute() {
        Table t = Table.builder("t")
                .column(column("id", "bigint unsigned").withNullable(false).with(AUTO_INCREMENT, true).withComment("key"))
                .column(column("name", "varchar(20)").with(CHARSET, "latin1").withCollation("latin1_bin").withNullable(false)
                        .withDefault("'it''s'"))
                .column(column("at", "timestamp(3)").withDefault("CURRENT_TIMESTAMP(3)").with(ON_UPDATE, "CURRENT_TIMESTAMP(3)"))
                .column(column("body", "text").withDefault("'none'"))
                .column(column("uid", "char(36)").withDefault("uuid()"))
                .column(column("sum", "int").withGenerated(new Generated("`id` + 1", false)).with(INVISIBLE, true))
                .column(column("kept", "int").withGenerated(new Generated("`id` * 2", true)).withNullable(false))
                .primaryKey(PrimaryKey.of(null, "id"))
                .build();

        assertThat(sql(create(Schema.builder("s").table(t).build()))).containsExactly("CREATE TABLE `s`.`t` ("
                + "`id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT 'key', "
                + "`name` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT 'it''s', "
                + "`at` timestamp(3) NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), "
                + "`body` text DEFAULT ('none'), "
                + "`uid` char(36) DEFAULT (uuid()), "
                + "`sum` int GENERATED ALWAYS AS (`id` + 1) VIRTUAL INVISIBLE, "
                + "`kept` int GENERATED ALWAYS AS (`id` * 2) STORED NOT NULL, "
                + "PRIMARY KEY (`id`))");
    }

    @Test
    void createsEveryKindOfIndexInItsTable() {
        Table t = keyed("t").column(column("a", "varchar(50)")).column(column("b", "text")).column(column("p", "point").withNullable(false))
                .index(new Index("u", true, List.of(IndexPart.column("a").with(PREFIX_LENGTH, 10).descending(true),
                        IndexPart.column("id")), "unique, in part", null))
                .index(Index.on("ft", "b").with(INDEX_TYPE, "FULLTEXT").with(FULLTEXT_PARSER, "ngram"))
                .index(Index.on("sp", "p").with(INDEX_TYPE, "SPATIAL"))
                .index(Index.on("h", "a").with(INDEX_TYPE, "HASH").with(INDEX_INVISIBLE, true))
                .index(new Index("f", false, List.of(IndexPart.expression("lower(`a`)")), null, null))
                .build();

        assertThat(sql(create(Schema.builder("s").table(t).build()))).singleElement().asString().endsWith("PRIMARY KEY (`id`), "
                + "INDEX `f` ((lower(`a`))), "
                + "FULLTEXT INDEX `ft` (`b`) WITH PARSER `ngram`, "
                + "INDEX `h` (`a`) USING HASH /*!80000 INVISIBLE */ /*M!100600 IGNORED */, "
                + "SPATIAL INDEX `sp` (`p`), "
                + "UNIQUE INDEX `u` (`a`(10) DESC, `id`) COMMENT 'unique, in part')");
    }

    @Test
    void aMemoryTableSaysWhichIndexIsABtree() {
        Table t = keyed("t").attribute(ENGINE, "MEMORY").index(Index.on("b", "id")).index(Index.on("h", "id").with(INDEX_TYPE, "HASH"))
                .build();

        assertThat(sql(create(Schema.builder("s").table(t).build()))).containsExactly("CREATE TABLE `s`.`t` (`id` int NOT NULL, "
                + "PRIMARY KEY (`id`), INDEX `b` (`id`) USING BTREE, INDEX `h` (`id`) USING HASH) ENGINE=MEMORY");
    }

    @Test
    void createsForeignKeysAndChecksWithTheirOptions() {
        Table t = keyed("t").column(column("p", "int")).column(column("q", "int"))
                .foreignKey(new ForeignKey("to_p", List.of("p"), "s", "p", List.of("id"), ReferentialAction.RESTRICT,
                        ReferentialAction.CASCADE, null))
                .foreignKey(new ForeignKey("to_other", List.of("q"), "other", "o", List.of("id"), null, ReferentialAction.SET_NULL, null))
                .check(Check.of("named", "`q` > 0").with(NOT_ENFORCED, true))
                .check(Check.of(null, "`p` <> `q`"))
                .build();

        assertThat(sql(create(Schema.builder("s").table(t).table(keyed("p").build()).build()))).last().asString()
                .endsWith("PRIMARY KEY (`id`), "
                        + "CONSTRAINT `to_other` FOREIGN KEY (`q`) REFERENCES `other`.`o` (`id`) ON DELETE SET NULL, "
                        + "CONSTRAINT `to_p` FOREIGN KEY (`p`) REFERENCES `p` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT, "
                        + "CONSTRAINT `named` CHECK (`q` > 0) /*!80016 NOT ENFORCED */, "
                        + "CHECK (`p` <> `q`))");
    }

    @Test
    void writesTableOptionsAndTheCounterOfANewTable() {
        Table t = keyed("t").attribute(ENGINE, "MyISAM").attribute(CHARSET, "latin1").attribute(COLLATION, "latin1_bin")
                .attribute(ROW_FORMAT, "FIXED").attribute(TABLE_OPTIONS, "checksum=1").attribute(AUTO_INCREMENT_COUNTER, 42L)
                .comment("tenants").build();

        assertThat(sql(create(Schema.builder("s").table(t).build()))).containsExactly("CREATE TABLE `s`.`t` (`id` int NOT NULL, "
                + "PRIMARY KEY (`id`)) ENGINE=MyISAM AUTO_INCREMENT=42 DEFAULT CHARSET=latin1 COLLATE=latin1_bin ROW_FORMAT=FIXED"
                + " checksum=1 COMMENT='tenants'");
    }

    @Test
    void writesPartitioningByRangeListHashAndKey() {
        Partitioning range = new Partitioning("RANGE COLUMNS", "`at`", null, null, List.of(
                new Partitioning.Partition("p2024", "'2025-01-01'", 0, "last year"),
                new Partitioning.Partition("pmax", "MAXVALUE", 0, null)));
        Partitioning list = new Partitioning("LIST", "`id`", "HASH", "`id`", List.of(
                new Partitioning.Partition("odd", "1,3", 2, null), new Partitioning.Partition("even", "2,4", 2, null)));
        Partitioning key = new Partitioning("LINEAR KEY", "", null, null, List.of(
                new Partitioning.Partition("p0", null, 0, null), new Partitioning.Partition("p1", null, 0, null)));

        assertThat(sql(create(Schema.builder("s")
                .table(keyed("r").column(column("at", "date")).attribute(PARTITIONING, range).build())
                .table(keyed("l").attribute(PARTITIONING, list).build())
                .table(keyed("k").attribute(PARTITIONING, key).build()).build())))
                .extracting(s -> s.substring(s.indexOf(" PARTITION BY") + 1))
                .containsExactly(
                        "PARTITION BY LINEAR KEY () (PARTITION `p0`, PARTITION `p1`)",
                        "PARTITION BY LIST (`id`) SUBPARTITION BY HASH (`id`) SUBPARTITIONS 2"
                                + " (PARTITION `odd` VALUES IN (1,3), PARTITION `even` VALUES IN (2,4))",
                        "PARTITION BY RANGE COLUMNS (`at`) (PARTITION `p2024` VALUES LESS THAN ('2025-01-01') COMMENT = 'last year',"
                                + " PARTITION `pmax` VALUES LESS THAN (MAXVALUE))");
    }

    @Test
    void tablesComeAfterTheTablesTheyReferenceAndACycleIsClosedLater() {
        Schema s = Schema.builder("s")
                .table(keyed("a").column(column("b_id", "int")).foreignKey(fk("a_b", "b_id", "b")).build())
                .table(keyed("b").column(column("a_id", "int")).foreignKey(fk("b_a", "a_id", "a")).build())
                .table(keyed("c").column(column("c_id", "int")).column(column("a_id", "int"))
                        .foreignKey(fk("c_c", "c_id", "c")).foreignKey(fk("c_a", "a_id", "a")).build())
                .build();

        Plan plan = create(s);

        assertThat(sql(plan)).extracting(q -> q.replaceAll(" \\(`id` int.*?(CONSTRAINT|$)", " (… $1").replaceAll("\\(… $", "(…)"))
                .containsExactly(
                        "CREATE TABLE `s`.`b` (…)",
                        "CREATE TABLE `s`.`a` (… CONSTRAINT `a_b` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`))",
                        "CREATE TABLE `s`.`c` (… CONSTRAINT `c_a` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`),"
                                + " CONSTRAINT `c_c` FOREIGN KEY (`c_id`) REFERENCES `c` (`id`))",
                        "ALTER TABLE `s`.`b` ADD CONSTRAINT `b_a` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`)");
        assertThat(plan.statements().get(3).reverse()).isEqualTo("ALTER TABLE `s`.`b` DROP FOREIGN KEY `b_a`");
    }

    @Test
    void refusesWhatMySqlDoesNotHave() {
        assertThatThrownBy(() -> create(Schema.builder("s").sequence(Sequence.of("seq")).build()))
                .isInstanceOf(PlanException.class)
                .hasMessage("MySQL and MariaDB have no sequence like s.seq: the MySQL planner writes tables, views, routines"
                        + " and triggers only");
        assertThatThrownBy(() -> create(Schema.builder("s").table(keyed("t").attribute(PARTITIONING,
                new Partitioning("SYSTEM_TIME", "", null, null, List.of())).build()).build()))
                .isInstanceOf(PlanException.class)
                .hasMessage("table s.t is partitioned by SYSTEM_TIME, which the MySQL planner cannot write; partition it by hand");
        assertThatThrownBy(() -> new MySqlPlanner().plan(List.of(new SchemaChange.AddExtension(
                new dev.atlasj.schema.Extension("citext", null, null, null)))))
                .isInstanceOf(PlanException.class)
                .hasMessage("MySQL and MariaDB have no extensions: cannot plan add extension citext");
    }

    @Test
    void everyChangeOfAnEmptyDiffIsNothing() {
        Realm realm = Realm.of(Schema.builder("s").table(keyed("t").build()).build());

        assertThat(Planning.plan(realm, realm).isEmpty()).isTrue();
    }
}
