package dev.atlasj.mysql;

import static dev.atlasj.mysql.Planning.column;
import static dev.atlasj.mysql.Planning.fk;
import static dev.atlasj.mysql.Planning.keyed;
import static dev.atlasj.mysql.Planning.plan;
import static dev.atlasj.mysql.Planning.reverses;
import static dev.atlasj.mysql.Planning.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.Differ;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where foreign keys go when the tables around them change. */
class ForeignKeyPlanningTest {

    private static Table parent(String idType) {
        return Table.builder("p").column(column("id", idType).withNullable(false)).primaryKey(PrimaryKey.of(null, "id"))
                .column(column("code", "varchar(5)")).index(Index.uniqueOn("code", "code")).build();
    }

    private static Table child(String name, String pType) {
        return keyed(name).column(column("p", pType)).foreignKey(fk(name + "_p", "p", "p")).build();
    }

    @Test
    void aTypeChangeOnBothSidesDropsTheKeysFirstAndAddsThemLastEvenThoseOfTablesThatDoNotChange() {
        Table other = keyed("other").column(column("code", "varchar(5)"))
                .foreignKey(new ForeignKey("other_code", List.of("code"), "s", "p", List.of("code"), null, null, null)).build();
        List<Table> from = List.of(parent("int"), child("c", "int"), other);
        List<Table> to = List.of(parent("bigint").toBuilder().columns(List.of(column("id", "bigint").withNullable(false),
                column("code", "varchar(9)"))).build(), child("c", "bigint"), other);

        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE `s`.`c` DROP FOREIGN KEY `c_p`",
                "ALTER TABLE `s`.`other` DROP FOREIGN KEY `other_code`",
                "ALTER TABLE `s`.`c` MODIFY COLUMN `p` bigint",
                "ALTER TABLE `s`.`p` MODIFY COLUMN `id` bigint NOT NULL, MODIFY COLUMN `code` varchar(9)",
                "ALTER TABLE `s`.`c` ADD CONSTRAINT `c_p` FOREIGN KEY (`p`) REFERENCES `p` (`id`)",
                "ALTER TABLE `s`.`other` ADD CONSTRAINT `other_code` FOREIGN KEY (`code`) REFERENCES `p` (`code`)");
        assertThat(reverses(plan)).containsExactly(
                "ALTER TABLE `s`.`c` ADD CONSTRAINT `c_p` FOREIGN KEY (`p`) REFERENCES `p` (`id`)",
                "ALTER TABLE `s`.`other` ADD CONSTRAINT `other_code` FOREIGN KEY (`code`) REFERENCES `p` (`code`)",
                "ALTER TABLE `s`.`c` MODIFY COLUMN `p` int",
                "ALTER TABLE `s`.`p` MODIFY COLUMN `code` varchar(5), MODIFY COLUMN `id` int NOT NULL",
                "ALTER TABLE `s`.`c` DROP FOREIGN KEY `c_p`",
                "ALTER TABLE `s`.`other` DROP FOREIGN KEY `other_code`");
    }

    @Test
    void withoutTheCurrentSchemaOnlyTheTablesTheChangesNameAreKnown() {
        Table other = keyed("other").column(column("code", "varchar(5)"))
                .foreignKey(new ForeignKey("other_code", List.of("code"), "s", "p", List.of("code"), null, null, null)).build();
        Realm from = Realm.of(Schema.builder("s").table(parent("int")).table(other).build());
        Realm to = Realm.of(Schema.builder("s").table(parent("int").toBuilder()
                .columns(List.of(column("id", "int").withNullable(false), column("code", "varchar(9)"))).build()).table(other).build());

        Plan plan = Planning.PLANNER.plan(new Differ(new MySqlDiffRules()).diff(from, to));

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`p` MODIFY COLUMN `code` varchar(9)");
    }

    @Test
    void aKeyOfTheSameTableMovesOnlyAsFarAsItMust() {
        Table from = keyed("t").column(column("parent", "int")).foreignKey(fk("t_parent", "parent", "t")).build();
        Table to = keyed("t").column(column("parent", "bigint")).foreignKey(fk("t_parent", "parent", "t")).build();

        assertThat(sql(plan(from, to))).containsExactly(
                "ALTER TABLE `s`.`t` DROP FOREIGN KEY `t_parent`, MODIFY COLUMN `parent` bigint",
                "ALTER TABLE `s`.`t` ADD CONSTRAINT `t_parent` FOREIGN KEY (`parent`) REFERENCES `t` (`id`)");
    }

    @Test
    void aChangedKeyIsDroppedInItsTablesAlterAndAddedAfterIt() {
        Table from = child("c", "int");
        Table to = keyed("c").column(column("p", "int")).foreignKey(new ForeignKey("c_p", List.of("p"), "s", "p", List.of("id"),
                null, ReferentialAction.CASCADE, null)).build();

        Plan plan = plan(List.of(parent("int"), from), List.of(parent("int"), to));

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`c` DROP FOREIGN KEY `c_p`",
                "ALTER TABLE `s`.`c` ADD CONSTRAINT `c_p` FOREIGN KEY (`p`) REFERENCES `p` (`id`) ON DELETE CASCADE");
    }

    @Test
    void aKeyToANewTableWaitsForItAndOneToAnUntouchedTableGoesInTheAlter() {
        Table from = keyed("c").column(column("p", "int")).column(column("n", "int")).build();
        Table to = keyed("c").column(column("p", "int")).column(column("n", "int"))
                .foreignKey(fk("c_p", "p", "p")).foreignKey(fk("c_n", "n", "fresh")).build();

        Plan plan = plan(List.of(parent("int"), from), List.of(parent("int"), to, keyed("fresh").build()));

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE `s`.`c` ADD INDEX `c_n` (`n`), ADD INDEX `c_p` (`p`),"
                        + " ADD CONSTRAINT `c_p` FOREIGN KEY (`p`) REFERENCES `p` (`id`)",
                "CREATE TABLE `s`.`fresh` (`id` int NOT NULL, PRIMARY KEY (`id`))",
                "ALTER TABLE `s`.`c` ADD CONSTRAINT `c_n` FOREIGN KEY (`n`) REFERENCES `fresh` (`id`)");
    }

    @Test
    void aKeyToADroppedTableGoesFirstAndTheImplicitIndexWithIt() {
        Table from = child("c", "int").toBuilder().index(Index.on("c_p", "p")).build();
        Table to = keyed("c").column(column("p", "int")).build();

        Plan plan = plan(List.of(parent("int"), from), List.of(to));

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`c` DROP FOREIGN KEY `c_p`", "DROP TABLE `s`.`p`",
                "ALTER TABLE `s`.`c` DROP INDEX `c_p`");
        assertThat(reverses(plan).get(1)).isEqualTo("CREATE TABLE `s`.`p` (`id` int NOT NULL, `code` varchar(5),"
                + " PRIMARY KEY (`id`), UNIQUE INDEX `code` (`code`))");
    }

    @Test
    void aKeyWhoseReferencedIndexIsReplacedIsAddedAgainAfterIt() {
        Table from = parent("int");
        Table to = from.toBuilder().indexes(List.of(Index.uniqueOn("code", "code", "id"))).build();
        Table other = keyed("other").column(column("code", "varchar(5)"))
                .foreignKey(new ForeignKey("other_code", List.of("code"), "s", "p", List.of("code"), null, null, null)).build();

        assertThat(sql(plan(List.of(from, other), List.of(to, other)))).containsExactly(
                "ALTER TABLE `s`.`other` DROP FOREIGN KEY `other_code`",
                "ALTER TABLE `s`.`p` DROP INDEX `code`, ADD UNIQUE INDEX `code` (`code`, `id`)",
                "ALTER TABLE `s`.`other` ADD CONSTRAINT `other_code` FOREIGN KEY (`code`) REFERENCES `p` (`code`)");
    }

    @Test
    void droppedTablesGoReferencingFirstAndACycleLosesAKeyFirst() {
        Table a = keyed("a").column(column("b_id", "int")).foreignKey(fk("a_b", "b_id", "b")).build();
        Table b = keyed("b").column(column("a_id", "int")).foreignKey(fk("b_a", "a_id", "a")).build();
        Table leaf = keyed("leaf").column(column("a_id", "int")).foreignKey(fk("leaf_a", "a_id", "a")).build();

        Plan plan = plan(List.of(a, b, leaf), List.of());

        assertThat(sql(plan)).containsExactly("ALTER TABLE `s`.`a` DROP FOREIGN KEY `a_b`",
                "DROP TABLE `s`.`b`", "DROP TABLE `s`.`leaf`", "DROP TABLE `s`.`a`");
        assertThat(reverses(plan).get(3)).as("the key dropped first comes back with its own reverse")
                .isEqualTo("CREATE TABLE `s`.`a` (`id` int NOT NULL, `b_id` int, PRIMARY KEY (`id`), INDEX `a_b` (`b_id`))");
    }
}
