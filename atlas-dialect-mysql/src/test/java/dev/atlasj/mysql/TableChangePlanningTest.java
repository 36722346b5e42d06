package dev.atlasj.mysql;

import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;
import static dev.atlasj.mysql.MySqlAttributes.ENGINE;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.ON_UPDATE;
import static dev.atlasj.mysql.MySqlAttributes.PARTITIONING;
import static dev.atlasj.mysql.MySqlAttributes.ROW_FORMAT;
import static dev.atlasj.mysql.MySqlAttributes.TABLE_OPTIONS;
import static dev.atlasj.mysql.Planning.column;
import static dev.atlasj.mysql.Planning.keyed;
import static dev.atlasj.mysql.Planning.plan;
import static dev.atlasj.mysql.Planning.reverses;
import static dev.atlasj.mysql.Planning.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.RenameHint;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL written for the changes of a table that stays, and what undoes it. */
class TableChangePlanningTest {

    private static final Table BASE = keyed("t")
            .column(column("name", "varchar(20)").withNullable(false).withDefault("'x'").withComment("the name"))
            .column(column("old", "int"))
            .column(column("at", "timestamp").withNullable(false).withDefault("CURRENT_TIMESTAMP")
                    .with(ON_UPDATE, "CURRENT_TIMESTAMP"))
            .build();

    @Test
    void aTablesChangesAreOneAlterTableAndItsReverseUndoesThemInTheOtherOrder() {
        Table to = keyed("t")
                .column(column("first", "int"))
                .column(column("name", "varchar(40)").withNullable(false).withDefault("'x'").withComment("the name"))
                .column(column("middle", "char(2)").with(INVISIBLE, true))
                .column(column("at", "timestamp").withNullable(false).withDefault("CURRENT_TIMESTAMP")
                        .with(ON_UPDATE, "CURRENT_TIMESTAMP"))
                .column(column("last", "int"))
                .index(Index.on("by_name", "name"))
                .comment("now commented")
                .build();
        to = Table.builder("t").columns(List.of(to.columns().get(1), to.columns().get(0), to.columns().get(2),
                to.columns().get(3), to.columns().get(4), to.columns().get(5))).primaryKey(to.primaryKey())
                .indexes(to.indexes()).comment(to.comment()).build();

        Plan plan = plan(BASE, to);

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`t` DROP COLUMN `old`, "
                + "ADD COLUMN `first` int FIRST, ADD COLUMN `middle` char(2) INVISIBLE AFTER `name`, ADD COLUMN `last` int, "
                + "MODIFY COLUMN `name` varchar(40) NOT NULL DEFAULT 'x' COMMENT 'the name', "
                + "ADD INDEX `by_name` (`name`), COMMENT='now commented'");
        assertThat(reverses(plan)).containsExactly("ALTER TABLE `s`.`t` COMMENT='', DROP INDEX `by_name`, "
                + "MODIFY COLUMN `name` varchar(20) NOT NULL DEFAULT 'x' COMMENT 'the name', "
                + "DROP COLUMN `last`, DROP COLUMN `middle`, DROP COLUMN `first`, ADD COLUMN `old` int AFTER `name`");
    }

    @Test
    void modifyColumnRestatesEveryAttributeWhateverChanged() {
        Table from = keyed("t").column(column("at", "datetime(3)").withNullable(false).withDefault("CURRENT_TIMESTAMP(3)")
                .with(ON_UPDATE, "CURRENT_TIMESTAMP(3)").withComment("kept"))
                .column(column("code", "varchar(5)").with(CHARSET, "latin1").withDefault("'a'").with(INVISIBLE, true)).build();
        Table to = keyed("t").column(column("at", "datetime(3)").withNullable(false).withDefault("CURRENT_TIMESTAMP(3)")
                .with(ON_UPDATE, "CURRENT_TIMESTAMP(3)").withComment("changed"))
                .column(column("code", "varchar(6)").with(CHARSET, "latin1").withDefault("'a'").with(INVISIBLE, true)).build();

        assertThat(sql(plan(from, to))).containsExactly("ALTER TABLE `s`.`t` MODIFY COLUMN `at` datetime(3) NOT NULL"
                + " DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT 'changed',"
                + " MODIFY COLUMN `code` varchar(6) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT 'a' INVISIBLE");
    }

    @Test
    void enumMembersAreWrittenInTheirNewOrder() {
        Table from = keyed("t").column(column("size", "enum('s','m')").withDefault("'s'")).build();

        assertThat(sql(plan(from, keyed("t").column(column("size", "enum('s','m','l')").withDefault("'s'")).build())))
                .containsExactly("ALTER TABLE `s`.`t` MODIFY COLUMN `size` enum('s','m','l') DEFAULT 's'");
        assertThat(sql(plan(from, keyed("t").column(column("size", "enum('xs','s','m')").withDefault("'s'")).build())))
                .containsExactly("ALTER TABLE `s`.`t` MODIFY COLUMN `size` enum('xs','s','m') DEFAULT 's'");
    }

    @Test
    void aColumnModifyCannotMakeGeneratedIsDroppedAndAddedWhereItStood() {
        Table from = keyed("t").column(column("a", "int")).column(column("g", "int")).column(column("z", "int"))
                .column(column("s", "int").withGenerated(new Generated("`a` + 1", true))).build();
        Table to = keyed("t").column(column("a", "int")).column(column("g", "int").withGenerated(new Generated("`a` * 2", false)))
                .column(column("z", "int")).column(column("s", "int")).build();

        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`t` DROP COLUMN `g`, "
                + "ADD COLUMN `g` int GENERATED ALWAYS AS (`a` * 2) VIRTUAL AFTER `a`, MODIFY COLUMN `s` int");
        assertThat(reverses(plan)).containsExactly("ALTER TABLE `s`.`t` DROP COLUMN `s`, "
                + "ADD COLUMN `s` int GENERATED ALWAYS AS (`a` + 1) STORED, DROP COLUMN `g`, ADD COLUMN `g` int AFTER `a`");
    }

    @Test
    void keysAndIndexesAreDroppedBeforeAndAddedAfterTheColumns() {
        Table from = keyed("t").column(column("a", "int").withNullable(false)).index(Index.on("k", "a"))
                .index(Index.on("hidden", "a")).index(Index.on("commented", "a")).build();
        Table to = Table.builder("t").column(column("id", "int").withNullable(false)).column(column("a", "int").withNullable(false))
                .primaryKey(PrimaryKey.of(null, "id", "a")).index(Index.on("hidden", "a").with(INDEX_INVISIBLE, true))
                .index(Index.on("commented", "a").withComment("why")).build();

        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`t` DROP INDEX `commented`, DROP INDEX `k`, DROP PRIMARY KEY, "
                + "ADD PRIMARY KEY (`id`, `a`), ADD INDEX `commented` (`a`) COMMENT 'why', "
                + "ALTER INDEX `hidden` /*!80000 INVISIBLE */ /*M!100600 IGNORED */");
        assertThat(reverses(plan)).containsExactly("ALTER TABLE `s`.`t` ALTER INDEX `hidden` /*!80000 VISIBLE */"
                + " /*M!100600 NOT IGNORED */, DROP INDEX `commented`, DROP PRIMARY KEY, ADD PRIMARY KEY (`id`), "
                + "ADD INDEX `k` (`a`), ADD INDEX `commented` (`a`)");
    }

    @Test
    void aChangedCheckIsDroppedAndAddedAndAnUnnamedOneCannotBeUndone() {
        Table from = keyed("t").column(column("a", "int")).check(Check.of("positive", "`a` > 0")).build();
        Table to = keyed("t").column(column("a", "int")).check(Check.of("positive", "`a` >= 0")).check(Check.of(null, "`a` < 9"))
                .build();

        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`t` DROP CONSTRAINT `positive`, "
                + "ADD CONSTRAINT `positive` CHECK (`a` >= 0), ADD CHECK (`a` < 9)");
        assertThat(reverses(plan)).containsOnlyNulls();
    }

    @Test
    void optionsNoLongerGivenGoBackToTheirDefaults() {
        Table from = keyed("t").attribute(ENGINE, "MyISAM").attribute(ROW_FORMAT, "FIXED")
                .attribute(TABLE_OPTIONS, "checksum=1 stats_persistent=0").comment("old")
                .attribute(PARTITIONING, new Partitioning("HASH", "`id`", null, null,
                        List.of(new Partitioning.Partition("p0", null, 0, null))))
                .build();

        Plan plan = plan(from, keyed("t").build());

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`t` ENGINE=InnoDB, ROW_FORMAT=DEFAULT, "
                + "checksum=0 stats_persistent=DEFAULT, COMMENT='' REMOVE PARTITIONING");
        assertThat(reverses(plan)).containsExactly("ALTER TABLE `s`.`t` COMMENT='old', checksum=1 stats_persistent=0, "
                + "ROW_FORMAT=FIXED, ENGINE=MyISAM PARTITION BY HASH (`id`) (PARTITION `p0`)");
    }

    @Test
    void aTableCharacterSetChangeRestatesTheTextColumnsThatInheritIt() {
        Table from = keyed("t").column(column("a", "varchar(5)")).column(column("b", "text").with(CHARSET, "ascii"))
                .column(column("n", "int")).build();
        Table to = keyed("t").column(column("a", "varchar(5)")).column(column("b", "text").with(CHARSET, "ascii"))
                .column(column("n", "int")).attribute(CHARSET, "latin1").build();

        assertThat(sql(plan(from, to))).containsExactly("ALTER TABLE `s`.`t` MODIFY COLUMN `a` varchar(5),"
                + " DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci");
    }

    @Test
    void aDatabaseCharacterSetChangeReachesTheTablesThatInheritItInTheRightOrder() {
        Schema utf8 = Schema.builder("s").table(Table.builder("t").column(column("a", "text")).build())
                .table(Table.builder("own").column(column("a", "text")).attribute(CHARSET, "ascii").build()).build();
        Schema latin1 = utf8.toBuilder().attribute(CHARSET, "latin1").build();

        Plan there = plan(Realm.of(utf8), Realm.of(latin1));
        Plan back = plan(Realm.of(latin1), Realm.of(utf8));

        assertThat(sql(there)).containsExactly(
                "ALTER TABLE `s`.`t` DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci, MODIFY COLUMN `a` text",
                "ALTER DATABASE `s` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        assertThat(sql(back)).containsExactly("ALTER DATABASE `s` CHARACTER SET DEFAULT",
                "ALTER TABLE `s`.`t` CHARACTER SET DEFAULT, MODIFY COLUMN `a` text");
    }

    @Test
    void renamesFromHintsComeFirst() {
        Table from = keyed("t").column(column("a", "int")).index(Index.on("a_idx", "a")).column(column("n", "int")).build();
        Table to = keyed("u").column(column("b", "int")).index(Index.on("b_idx", "b")).column(column("n", "bigint")).build();

        Plan plan = plan(Realm.of(Schema.builder("s").table(from).build()), Realm.of(Schema.builder("s").table(to).build()),
                RenameHint.table("s", "t", "u"), RenameHint.column("s", "u", "a", "b"), RenameHint.index("s", "u", "a_idx", "b_idx"));

        assertThat(sql(plan)).containsExactly("RENAME TABLE `s`.`t` TO `s`.`u`",
                "ALTER TABLE `s`.`u` RENAME COLUMN `a` TO `b`, RENAME INDEX `a_idx` TO `b_idx`",
                "ALTER TABLE `s`.`u` MODIFY COLUMN `n` bigint");
        assertThat(reverses(plan)).containsExactly("RENAME TABLE `s`.`u` TO `s`.`t`",
                "ALTER TABLE `s`.`u` RENAME INDEX `b_idx` TO `a_idx`, RENAME COLUMN `b` TO `a`",
                "ALTER TABLE `s`.`u` MODIFY COLUMN `n` int");
    }

    @Test
    void aDatabaseCommentChangesAlone() {
        Schema from = Schema.builder("s").attribute(COLLATION, "latin1_bin").comment("old").build();

        assertThat(sql(plan(Realm.of(from), Realm.of(from.toBuilder().comment(null).build()))))
                .containsExactly("ALTER DATABASE `s` COMMENT ''");
    }
}
