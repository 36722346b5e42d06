package dev.atlasj.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.schema.Realm;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two spellings of one schema, each loaded into a database of its own on the real server and inspected
 * there, diff empty both ways; beside each, a control shows that a real difference still shows.
 */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class NormalizationOnServerTest {

    private static final Differ DIFFER = new Differ(new MySqlDiffRules());

    /** The database's schema, named {@code s} so that two databases compare. */
    private static Realm inspect(TestDatabase db, String ddl) {
        db.execute(ddl);
        return Realms.renamed(Inspections.inspect(db, db.name()), db.name(), "s");
    }

    private static void assertSame(TestDatabase one, String ddl, TestDatabase other, String otherDdl) {
        Realm a = inspect(one, ddl);
        Realm b = inspect(other, otherDdl);
        assertThat(DIFFER.diff(a, b)).isEmpty();
        assertThat(DIFFER.diff(b, a)).isEmpty();
    }

    /** The table changes from the first schema to the second. */
    private static List<TableChange> changes(TestDatabase one, String ddl, TestDatabase other, String otherDdl) {
        List<SchemaChange> changes = DIFFER.diff(inspect(one, ddl), inspect(other, otherDdl));
        assertThat(changes).hasSize(1).first().isInstanceOf(ModifyTable.class);
        return ((ModifyTable) changes.get(0)).changes();
    }

    @Test
    void displayWidthsAreInsignificant(TestDatabase widths, TestDatabase bare, TestDatabase control, TestDatabase other) {
        assertSame(widths, "CREATE TABLE t (a int(11), b bigint(5), c smallint(3) unsigned, d tinyint(4), z int(5) zerofill)",
                bare, "CREATE TABLE t (a int, b bigint, c smallint unsigned, d tinyint, z int(5) zerofill)");
        assertThat(changes(control, "CREATE TABLE t (z int(5) zerofill)", other, "CREATE TABLE t (z int(6) zerofill)"))
                .singleElement().isInstanceOf(TableChange.ModifyColumn.class);
    }

    @Test
    void boolAndBooleanAreTinyintOne(TestDatabase bools, TestDatabase tinyints, TestDatabase control, TestDatabase other) {
        assertSame(bools, "CREATE TABLE t (a bool NOT NULL DEFAULT TRUE, b boolean DEFAULT false)",
                tinyints, "CREATE TABLE t (a tinyint(1) NOT NULL DEFAULT 1, b tinyint(1) DEFAULT 0)");
        assertThat(changes(control, "CREATE TABLE t (a bool)", other, "CREATE TABLE t (a tinyint(2))")).hasSize(1);
    }

    @Test
    void typeSynonymsAreTheirBaseType(TestDatabase synonyms, TestDatabase base, TestDatabase control, TestDatabase other) {
        assertSame(synonyms, """
                CREATE TABLE t (a integer, b dec(10,2), c numeric(8), d fixed(6,1), e real, f double precision,
                  g character varying(10), h national char(2), i long varchar, j int4, k float8, l middleint, m serial)
                """,
                base, """
                CREATE TABLE t (a int, b decimal(10,2), c decimal(8,0), d decimal(6,1), e double, f double,
                  g varchar(10), h char(2) CHARACTER SET utf8mb3, i mediumtext, j int, k double, l mediumint,
                  m bigint unsigned NOT NULL AUTO_INCREMENT, UNIQUE KEY m (m))
                """);
        assertThat(changes(control, "CREATE TABLE t (b numeric(10,2))", other, "CREATE TABLE t (b decimal(10,3))"))
                .hasSize(1);
    }

    @Test
    void characterSetsAndCollationsInheritedOrSpelledOutAreOne(TestDatabase inherited, TestDatabase spelled,
            TestDatabase control, TestDatabase other) {
        assertSame(inherited, """
                CREATE TABLE t (a varchar(10), b varchar(5) CHARACTER SET latin1, c varchar(5) COLLATE latin1_bin);
                CREATE TABLE u (a text) DEFAULT CHARSET latin1;
                """,
                spelled, """
                CREATE TABLE t (a varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
                  b varchar(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci, c varchar(5) CHARACTER SET latin1 COLLATE latin1_bin)
                  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
                CREATE TABLE u (a text CHARACTER SET latin1) DEFAULT CHARSET latin1 COLLATE latin1_swedish_ci;
                """);
        assertThat(changes(control, "CREATE TABLE t (b varchar(5) CHARACTER SET latin1)",
                other, "CREATE TABLE t (b varchar(5) COLLATE latin1_bin)")).hasSize(1);
    }

    @Test
    void defaultsSpelledAnyWayAreOne(TestDatabase one, TestDatabase two, TestDatabase control, TestDatabase other) {
        assertSame(one, """
                CREATE TABLE t (a int DEFAULT 0, b varchar(5) DEFAULT "it's", c decimal(5,2) DEFAULT 1, d double DEFAULT 2e3,
                  e datetime(3) DEFAULT '2020-01-01', f timestamp NOT NULL DEFAULT now() ON UPDATE current_timestamp(),
                  g timestamp(2) NULL DEFAULT localtimestamp(2), h bit(3) DEFAULT 5, i varchar(36) DEFAULT (uuid()),
                  j int DEFAULT NULL)
                """,
                two, """
                CREATE TABLE t (a int DEFAULT '0', b varchar(5) DEFAULT 'it''s', c decimal(5,2) DEFAULT '1.00', d double DEFAULT 2000,
                  e datetime(3) DEFAULT '2020-01-01 00:00:00.000',
                  f timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                  g timestamp(2) NULL DEFAULT CURRENT_TIMESTAMP(2), h bit(3) DEFAULT b'101', i varchar(36) DEFAULT uuid(), j int)
                """);
        assertThat(changes(control, "CREATE TABLE t (a int DEFAULT 0)", other, "CREATE TABLE t (a int DEFAULT 1)"))
                .hasSize(1);
    }

    @Test
    void keyAndIndexAreOneThing(TestDatabase keys, TestDatabase indexes, TestDatabase control, TestDatabase other) {
        assertSame(keys, "CREATE TABLE t (a int, b int, KEY k (a), UNIQUE KEY u (b))",
                indexes, "CREATE TABLE t (a int, b int, INDEX k (a), CONSTRAINT u UNIQUE (b))");
        assertThat(changes(control, "CREATE TABLE t (a int, b int, KEY k (a))", other, "CREATE TABLE t (a int, b int, KEY k (b))"))
                .hasSize(1);
    }

    @Test
    void restrictAndNoActionAreOne(TestDatabase restrict, TestDatabase noAction, TestDatabase control, TestDatabase other) {
        String parent = "CREATE TABLE p (id int PRIMARY KEY);";
        assertSame(restrict, parent + "CREATE TABLE c (p int, CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id) ON DELETE RESTRICT)",
                noAction, parent + "CREATE TABLE c (p int, CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id)"
                        + " ON DELETE NO ACTION ON UPDATE NO ACTION)");
        assertThat(changes(control, parent + "CREATE TABLE c (p int, CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id))",
                other, parent + "CREATE TABLE c (p int, CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE)"))
                .singleElement().isInstanceOf(TableChange.ModifyForeignKey.class);
    }

    @Test
    void namesTheServerChoseMatchWhateverTheyAre(TestDatabase unnamed, TestDatabase named, TestDatabase control,
            TestDatabase other) {
        String parent = "CREATE TABLE p (id int PRIMARY KEY, code int UNIQUE);";
        assertSame(unnamed, parent + """
                CREATE TABLE t (a int CHECK (a > 0), b int, c int, d int, UNIQUE (b), KEY (c, d), CHECK (b < 10),
                  FOREIGN KEY (c) REFERENCES p (id), FOREIGN KEY (d) REFERENCES p (code))
                """,
                named, parent + """
                CREATE TABLE t (a int, b int, c int, d int, UNIQUE KEY b_2 (b), KEY c_7 (c, d),
                  CONSTRAINT CONSTRAINT_4 CHECK (`a` > 0), CONSTRAINT t_chk_1 CHECK (b < 10),
                  CONSTRAINT t_ibfk_2 FOREIGN KEY (c) REFERENCES p (id), CONSTRAINT t_ibfk_1 FOREIGN KEY (d) REFERENCES p (code))
                """);
        assertThat(changes(control, "CREATE TABLE t (a int, CHECK (a > 0))", other,
                "CREATE TABLE t (a int, CONSTRAINT positive CHECK (a > 0))")).hasSize(2);
    }

    @Test
    void theIndexTheServerCreatesForAForeignKeyIsAnyIndexThatCoversIt(TestDatabase implicit, TestDatabase declared,
            TestDatabase control, TestDatabase other) {
        String parent = "CREATE TABLE p (id int PRIMARY KEY);";
        assertSame(implicit, parent + "CREATE TABLE c (p int, CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id))",
                declared, parent + "CREATE TABLE c (p int, KEY p (p), CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id))");
        assertThat(changes(control, parent + "CREATE TABLE c (p int, q int, CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id))",
                other, parent + "CREATE TABLE c (p int, q int, KEY pq (p, q), CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id))"))
                .hasSize(2);
    }

    @Test
    void autoIncrementCountersAreNeverCompared(TestDatabase fresh, TestDatabase used) {
        Realm a = inspect(fresh, "CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY)");
        Realm b = inspect(used, "CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 1000");

        assertThat(DIFFER.diff(a, b)).isEmpty();
        assertThat(new Differ(DiffRules.EXACT).diff(a, b)).as("the counter is in the model").hasSize(1);
    }

    @Test
    void engineInnoDbIsTheDefault(TestDatabase spelled, TestDatabase omitted, TestDatabase control, TestDatabase other) {
        assertSame(spelled, "CREATE TABLE t (a int) ENGINE = innodb", omitted, "CREATE TABLE t (a int)");
        assertThat(changes(control, "CREATE TABLE t (a int)", other, "CREATE TABLE t (a int) ENGINE = MyISAM")).hasSize(1);
    }
}
