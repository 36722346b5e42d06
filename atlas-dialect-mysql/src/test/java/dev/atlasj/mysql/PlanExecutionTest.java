package dev.atlasj.mysql;

import static dev.atlasj.mysql.Migrations.migrateAndBack;
import static dev.atlasj.mysql.Migrations.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.RenameHint;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
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

/**
 * Plans between two schemas loaded on the real server, applies the plan to the first database, and
 * requires the result to diff empty against the second; then applies the reverses and requires the
 * start again. Rows put in beforehand must come through.
 */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class PlanExecutionTest {

    @Test
    void columnsAreAddedWhereTheyStandDroppedAndModifiedKeepingTheirOtherAttributes(TestDatabase db, TestDatabase target) {
        Plan plan = migrateAndBack(db, """
                CREATE TABLE t (
                  id int NOT NULL PRIMARY KEY,
                  name varchar(20) CHARACTER SET latin1 NOT NULL DEFAULT 'x' COMMENT 'the name',
                  old int,
                  size enum('s','m') DEFAULT 's',
                  at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT 'when'
                );
                INSERT INTO t (id, name, size) VALUES (1, 'one', 'm');
                """, target, """
                CREATE TABLE t (
                  first_one int,
                  id int NOT NULL PRIMARY KEY,
                  name varchar(40) CHARACTER SET latin1 NOT NULL DEFAULT 'x' COMMENT 'the name',
                  middle varchar(5) DEFAULT 'm' INVISIBLE,
                  size enum('s','m','l') DEFAULT 's',
                  at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT 'at last',
                  last bigint unsigned NOT NULL
                );
                """);

        assertThat(plan.statements()).hasSize(1);
        assertThat(rows(db, "SELECT id, name, size FROM t")).containsExactly("1 | one | m");
    }

    @Test
    void aSchemaBuiltInJavaLandsAsTheServerReadsIt(TestDatabase db) {
        Table parent = Table.builder("parent").column(Column.of("id", ColumnType.of("serial")))
                .column(Column.of("flag", ColumnType.of("boolean")).withDefault("TRUE").withNullable(false))
                .column(Column.of("code", ColumnType.of("character varying(10)")).with(MySqlAttributes.CHARSET, "LATIN1")
                        .withDefault("\"x\""))
                .column(Column.of("at", ColumnType.of("datetime(3)")).withDefault("now(3)"))
                .column(Column.of("price", ColumnType.of("numeric(6,2)")).withDefault("'1'"))
                .primaryKey(PrimaryKey.of("pk", "id")).attribute(MySqlAttributes.ENGINE, "innodb").build();
        Table child = Table.builder("child").column(Column.of("id", ColumnType.of("integer")))
                .column(Column.of("parent_id", ColumnType.of("bigint unsigned")))
                .primaryKey(PrimaryKey.of(null, "id"))
                .foreignKey(new ForeignKey("child_parent", List.of("parent_id"), null, "parent", List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.CASCADE, null))
                .check(Check.of(null, "(ID>0)")).build();
        Realm desired = Realm.of(Schema.builder(db.name()).table(parent).table(child).build());

        Migrations.migrate(db, Inspections.inspect(db, db.name()), desired);
    }

    @Test
    void aColumnRenamedByAHintKeepsItsValues(TestDatabase db, TestDatabase target) {
        migrateAndBack(db, "CREATE TABLE t (id int PRIMARY KEY, a varchar(5), KEY a_idx (a)); INSERT INTO t VALUES (1, 'v');",
                target, "CREATE TABLE t (id int PRIMARY KEY, b varchar(5), KEY b_idx (b))",
                RenameHint.column(db.name(), "t", "a", "b"), RenameHint.index(db.name(), "t", "a_idx", "b_idx"));
    }

    @Test
    void aTableRenamedByAHintKeepsItsRowsAndTheKeysThatReferenceIt(TestDatabase db, TestDatabase target) {
        String dependents = "CREATE TABLE c (id int PRIMARY KEY, p int, CONSTRAINT c_p FOREIGN KEY (p) REFERENCES %s (id));";
        migrateAndBack(db, "CREATE TABLE p (id int PRIMARY KEY);" + dependents.formatted("p") + "INSERT INTO p VALUES (7);",
                target, "CREATE TABLE parent (id int PRIMARY KEY);" + dependents.formatted("parent"),
                RenameHint.table(db.name(), "p", "parent"));
        assertThat(rows(db, "SELECT id FROM p")).containsExactly("7");
    }

    @Test
    void keysIndexesAndChecksChangeInOneStatement(TestDatabase db, TestDatabase target) {
        Plan plan = migrateAndBack(db, """
                CREATE TABLE t (a int NOT NULL, b int NOT NULL, c varchar(50), d text,
                  PRIMARY KEY (a), UNIQUE KEY u (b), KEY k (c), KEY hidden (b, a), KEY gone (d(10)),
                  CONSTRAINT positive CHECK (a > 0))
                """, target, """
                CREATE TABLE t (a int NOT NULL, b int NOT NULL, c varchar(50), d text,
                  PRIMARY KEY (a, b), UNIQUE KEY u (b, c), KEY k (c(10) DESC) COMMENT 'prefix', KEY hidden (b, a) IGNORED,
                  FULLTEXT KEY ft (d), CONSTRAINT positive CHECK (a > 1), CHECK (b <> a))
                """);

        assertThat(plan.statements()).hasSize(1);
    }

    @Test
    void aPrimaryKeysCommentIsWrittenAndAChangeOfItAloneRecreatesTheKey(TestDatabase db, TestDatabase target) {
        Plan plan = migrateAndBack(db, """
                CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a));
                CREATE TABLE u (a int NOT NULL, PRIMARY KEY (a) COMMENT 'old');
                """, target, """
                CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b) COMMENT 'pair');
                CREATE TABLE u (a int NOT NULL, PRIMARY KEY (a) COMMENT 'new');
                """);

        assertThat(plan.toSql()).contains("ADD PRIMARY KEY (`a`, `b`) COMMENT 'pair'")
                .contains("DROP PRIMARY KEY, ADD PRIMARY KEY (`a`) COMMENT 'new'");
        assertThat(rows(db, "SELECT INDEX_COMMENT FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'u'")).containsExactly("old");
    }

    @Test
    void aCheckMariaDbKeepsWithItsColumnIsDroppedByRestatingTheColumn(TestDatabase db, TestDatabase target) {
        Plan plan = migrateAndBack(db, """
                CREATE TABLE t (status varchar(10) CHECK (status IN ('a', 'b')), n int CHECK (n > 0), gone int CHECK (gone > 0))
                """, target, """
                CREATE TABLE t (status varchar(10), n bigint, CONSTRAINT status_known CHECK (status IN ('a', 'b', 'c')))
                """);

        assertThat(plan.toSql().replace(db.name(), "db")).isEqualTo("ALTER TABLE `db`.`t` DROP COLUMN `gone`,"
                + " MODIFY COLUMN `status` varchar(10), MODIFY COLUMN `n` bigint(20),"
                + " ADD CONSTRAINT `status_known` CHECK (`status` in ('a','b','c'));\n");
    }

    @Test
    void aColumnTypeChangeOnBothSidesOfAForeignKeyMovesTheKeyAroundIt(TestDatabase db, TestDatabase target) {
        String schema = """
                CREATE TABLE p (id %1$s PRIMARY KEY, code varchar(%2$s), UNIQUE KEY code (code));
                CREATE TABLE c (id int PRIMARY KEY, p %1$s, code varchar(%2$s),
                  CONSTRAINT c_p FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE,
                  CONSTRAINT c_code FOREIGN KEY (code) REFERENCES p (code));
                CREATE TABLE other (id int PRIMARY KEY, code varchar(%2$s), CONSTRAINT other_code FOREIGN KEY (code) REFERENCES p (code));
                """;
        Plan plan = migrateAndBack(db, schema.formatted("int", "10") + "INSERT INTO p VALUES (1, 'a'); INSERT INTO c VALUES (1, 1, 'a');",
                target, schema.formatted("bigint", "20").replace("CREATE TABLE other (id int PRIMARY KEY, code varchar(20)",
                        "CREATE TABLE other (id int PRIMARY KEY, code varchar(10)"));

        assertThat(plan.toSql()).contains("DROP FOREIGN KEY `other_code`").contains("ADD CONSTRAINT `other_code`");
        assertThat(rows(db, "SELECT p, code FROM c")).containsExactly("1 | a");
    }

    @Test
    void foreignKeysAreAddedChangedAndDroppedWithTheTablesTheyReference(TestDatabase db, TestDatabase target) {
        migrateAndBack(db, """
                CREATE TABLE p (id int PRIMARY KEY, alt int, UNIQUE KEY alt (alt));
                CREATE TABLE gone (id int PRIMARY KEY);
                CREATE TABLE c (id int PRIMARY KEY, p int, g int, n int,
                  CONSTRAINT c_p FOREIGN KEY (p) REFERENCES p (id),
                  CONSTRAINT c_g FOREIGN KEY (g) REFERENCES gone (id));
                """, target, """
                CREATE TABLE p (id int PRIMARY KEY, alt int, UNIQUE KEY alt (alt));
                CREATE TABLE fresh (id int PRIMARY KEY);
                CREATE TABLE c (id int PRIMARY KEY, p int, g int, n int,
                  CONSTRAINT c_p FOREIGN KEY (p) REFERENCES p (alt) ON DELETE SET NULL,
                  CONSTRAINT c_n FOREIGN KEY (n) REFERENCES fresh (id));
                """);
    }

    @Test
    void tablesThatReferenceEachOtherAreCreatedAndDroppedTogether(TestDatabase db, TestDatabase target) {
        migrateAndBack(db, "CREATE TABLE keep (id int PRIMARY KEY)", target, """
                CREATE TABLE keep (id int PRIMARY KEY);
                CREATE TABLE a (id int PRIMARY KEY, b_id int);
                CREATE TABLE b (id int PRIMARY KEY, a_id int, FOREIGN KEY (a_id) REFERENCES a (id));
                ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id);
                CREATE TABLE s (id int PRIMARY KEY, parent int, FOREIGN KEY (parent) REFERENCES s (id));
                """);
    }

    @Test
    void droppedTablesGoReferencingFirstAndACycleLosesItsKeysFirst(TestDatabase db, TestDatabase target) {
        Plan plan = migrateAndBack(db, """
                CREATE TABLE keep (id int PRIMARY KEY);
                CREATE TABLE a (id int PRIMARY KEY, b_id int);
                CREATE TABLE b (id int PRIMARY KEY, a_id int, FOREIGN KEY (a_id) REFERENCES a (id));
                ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id);
                CREATE TABLE leaf (id int PRIMARY KEY, a_id int, FOREIGN KEY (a_id) REFERENCES a (id));
                """, target, "CREATE TABLE keep (id int PRIMARY KEY)");

        assertThat(plan.statements()).extracting(s -> s.sql().replace(db.name(), "db")).first().asString()
                .startsWith("ALTER TABLE `db`.`").contains("DROP FOREIGN KEY");
    }

    @Test
    void tableOptionsAndPartitioningChange(TestDatabase db, TestDatabase target) {
        migrateAndBack(db, """
                CREATE TABLE t (id int PRIMARY KEY, a varchar(5), b varchar(5) CHARACTER SET ascii) COMMENT 'old'
                  STATS_PERSISTENT = 0 PARTITION BY HASH (id) PARTITIONS 2;
                CREATE TABLE m (id int PRIMARY KEY) ENGINE = MyISAM ROW_FORMAT = FIXED;
                INSERT INTO t VALUES (1, 'é', 'a');
                """, target, """
                CREATE TABLE t (id int PRIMARY KEY, a varchar(5), b varchar(5) CHARACTER SET ascii) DEFAULT CHARSET latin1
                  CHECKSUM = 1 PARTITION BY RANGE (id) (PARTITION small VALUES LESS THAN (10), PARTITION big VALUES LESS THAN MAXVALUE);
                CREATE TABLE m (id int PRIMARY KEY);
                """);
        assertThat(rows(db, "SELECT a FROM t")).containsExactly("é");
    }

    @Test
    void aDatabaseCharacterSetChangeReachesTheTablesAndColumnsThatInheritIt(TestDatabase db, TestDatabase target) {
        migrateAndBack(db, "CREATE TABLE t (a varchar(5), b varchar(5) CHARACTER SET ascii); CREATE TABLE own (a text) CHARSET latin1",
                target, "ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_bin;"
                        + " CREATE TABLE t (a varchar(5), b varchar(5) CHARACTER SET ascii) CHARSET latin1 COLLATE latin1_bin;"
                        + " CREATE TABLE own (a text) CHARSET latin1 COLLATE latin1_swedish_ci");
    }

    @Test
    void generatedColumnsChangeInPlaceOrAreRebuilt(TestDatabase db, TestDatabase target) {
        migrateAndBack(db, """
                CREATE TABLE t (a int, v int AS (a + 1) VIRTUAL, s int AS (a + 2) STORED, p int, q int AS (a * 2) STORED);
                INSERT INTO t (a, p) VALUES (1, 5);
                """, target, """
                CREATE TABLE t (a int, v int AS (a + 10) VIRTUAL, s int AS (a + 2) VIRTUAL, p int AS (a + 3) STORED, q int);
                """);
    }

    @Test
    void viewsRoutinesAndTriggersAreReplacedInTheirOrder(TestDatabase db, TestDatabase target) {
        migrateAndBack(db, """
                CREATE TABLE t (id int PRIMARY KEY, v int);
                CREATE VIEW base AS SELECT id, v FROM t;
                CREATE VIEW top AS SELECT id FROM base;
                CREATE VIEW gone AS SELECT v FROM t;
                CREATE FUNCTION f(x int) RETURNS int DETERMINISTIC RETURN x + 1;
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.v = f(NEW.v);
                """, target, """
                CREATE TABLE t (id int PRIMARY KEY, v int);
                CREATE VIEW base AS SELECT id, v, v * 2 AS w FROM t;
                CREATE VIEW top AS SELECT id, w FROM base;
                CREATE VIEW added AS SELECT w FROM top;
                CREATE FUNCTION f(x int) RETURNS int DETERMINISTIC RETURN x + 2;
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  SET NEW.v = f(NEW.v);
                  SET NEW.v = NEW.v * 2;
                END;
                CREATE TRIGGER t_bi_2 BEFORE INSERT ON t FOR EACH ROW SET NEW.v = NEW.v + 1;
                """);
    }
}
