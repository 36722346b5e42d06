package dev.atlasj.mysql;

import static dev.atlasj.mysql.Inspections.schemaAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Views, routines and triggers. */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class InspectSchemaObjectsTest {

    private static final String DEFINER = "root@%";

    @Test
    void readsViewsWithCheckOptionAlgorithmAndSecurity(TestDatabase db) {
        Schema s = schemaAfter(db, """
                CREATE TABLE t (id int, v int);
                CREATE VIEW plain AS SELECT id FROM t;
                CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW checked AS SELECT id, v FROM t WHERE v > 0
                  WITH LOCAL CHECK OPTION;
                """);

        View plain = s.view("plain").orElseThrow();
        View checked = s.view("checked").orElseThrow();
        assertThat(plain.definition()).isEqualTo("select `" + db.name() + "`.`t`.`id` AS `id` from `" + db.name() + "`.`t`");
        assertThat(plain.attributes()).isEqualTo(Attributes.of(MySqlAttributes.DEFINER, plain.attributes().get(MySqlAttributes.DEFINER)));
        assertThat(plain.attributes().get(MySqlAttributes.DEFINER)).startsWith("root@");
        assertThat(checked.attributes().without(MySqlAttributes.DEFINER)).isEqualTo(Attributes.empty()
                .with(MySqlAttributes.VIEW_CHECK_OPTION, "LOCAL")
                .with(MySqlAttributes.VIEW_ALGORITHM, "MERGE")
                .with(MySqlAttributes.SECURITY, "INVOKER"));
        assertThat(s.tables()).hasSize(1);
    }

    @Test
    void readsFunctionsAndProceduresWithTheirParametersAndCharacteristics(TestDatabase db) {
        Schema s = schemaAfter(db, """
                CREATE FUNCTION add_one(x int) RETURNS int DETERMINISTIC NO SQL COMMENT 'adds one'
                  RETURN x + 1;
                CREATE PROCEDURE fill(IN n int, OUT done varchar(10)) SQL SECURITY INVOKER MODIFIES SQL DATA
                BEGIN
                  SET done = 'yes';
                END;
                """);

        Routine function = s.routines().stream().filter(r -> r.name().equals("add_one")).findFirst().orElseThrow();
        Routine procedure = s.routines().stream().filter(r -> r.name().equals("fill")).findFirst().orElseThrow();
        assertThat(function.kind()).isEqualTo(Routine.Kind.FUNCTION);
        assertThat(function.arguments()).isEqualTo("`x` int");
        assertThat(function.returns()).isEqualTo("int");
        assertThat(function.comment()).isEqualTo("adds one");
        assertThat(function.definition()).isEqualTo("""
                CREATE FUNCTION `add_one`(`x` int) RETURNS int
                    DETERMINISTIC
                    NO SQL
                    COMMENT 'adds one'
                RETURN x + 1""");
        assertThat(function.attributes().without(MySqlAttributes.DEFINER)).isEqualTo(Attributes.empty()
                .with(MySqlAttributes.DETERMINISTIC, true).with(MySqlAttributes.DATA_ACCESS, "NO SQL"));
        assertThat(procedure.kind()).isEqualTo(Routine.Kind.PROCEDURE);
        assertThat(procedure.arguments()).isEqualTo("IN `n` int, OUT `done` varchar(10)");
        assertThat(procedure.returns()).isNull();
        assertThat(procedure.definition()).startsWith("CREATE PROCEDURE `fill`(IN `n` int, OUT `done` varchar(10))\n"
                + "    MODIFIES SQL DATA\n    SQL SECURITY INVOKER\nBEGIN").endsWith("END");
    }

    @Test
    void readsTriggersWithTheirOrderAmongSiblings(TestDatabase db) {
        Schema s = schemaAfter(db, """
                CREATE TABLE t (id int, n int);
                CREATE TRIGGER first_insert BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 1;
                CREATE TRIGGER second_insert BEFORE INSERT ON t FOR EACH ROW FOLLOWS first_insert SET NEW.n = NEW.n + 1;
                CREATE TRIGGER on_delete AFTER DELETE ON t FOR EACH ROW SET @deleted = OLD.id;
                """);

        assertThat(s.triggers()).extracting(Trigger::name).containsExactly("first_insert", "on_delete", "second_insert");
        Trigger second = s.triggers().get(2);
        assertThat(second.table()).isEqualTo("t");
        assertThat(second.definition()).isEqualTo("CREATE TRIGGER `second_insert` BEFORE INSERT ON `t` FOR EACH ROW"
                + " SET NEW.n = NEW.n + 1");
        assertThat(second.attributes().without(MySqlAttributes.DEFINER)).isEqualTo(Attributes.empty()
                .with(MySqlAttributes.TRIGGER_TIMING, "BEFORE").with(MySqlAttributes.TRIGGER_EVENT, "INSERT")
                .with(MySqlAttributes.TRIGGER_ORDER, 2));
        assertThat(s.triggers().get(1).attributes().get(MySqlAttributes.TRIGGER_ORDER)).isNull();
        assertThat(List.of(s.triggers().get(0).attributes().get(MySqlAttributes.TRIGGER_ORDER))).containsExactly(1);
    }
}
