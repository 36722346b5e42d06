package dev.atlasj.mysql;

import static dev.atlasj.mysql.MySqlAttributes.SECURITY;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_EVENT;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_ORDER;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_TIMING;
import static dev.atlasj.mysql.MySqlAttributes.VIEW_ALGORITHM;
import static dev.atlasj.mysql.MySqlAttributes.VIEW_CHECK_OPTION;
import static dev.atlasj.mysql.Planning.create;
import static dev.atlasj.mysql.Planning.keyed;
import static dev.atlasj.mysql.Planning.plan;
import static dev.atlasj.mysql.Planning.reverses;
import static dev.atlasj.mysql.Planning.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.PlanException;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views, routines and triggers: their SQL, named in their database, and their order. */
class ObjectPlanningTest {

    private static View view(String name, String definition) {
        return View.of(name, definition);
    }

    private static Trigger trigger(String name, String timing, int order, String body) {
        return new Trigger(name, "t", "CREATE TRIGGER `" + name + "` " + timing + " INSERT ON `t` FOR EACH ROW " + body, null,
                Attributes.of(TRIGGER_TIMING, timing).with(TRIGGER_EVENT, "INSERT").with(TRIGGER_ORDER, order));
    }

    private static final Routine FUNCTION = new Routine("f", Routine.Kind.FUNCTION, "`x` int", "int", "SQL",
            "CREATE FUNCTION `f`(`x` int) RETURNS int\n    DETERMINISTIC\nRETURN x + 1", null, null);
    private static final Routine PROCEDURE = new Routine("p", Routine.Kind.PROCEDURE, "", null, "SQL",
            "CREATE PROCEDURE `p`()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", null, null);

    @Test
    void viewsAreCreatedAfterTheViewsTheySelectFromWithTheirOptions() {
        Plan plan = create(Schema.builder("s")
                .view(view("a_top", "select `b_middle`.`x` AS `x` from `s`.`b_middle`"))
                .view(view("b_middle", "select `c_base`.`x` AS `x` from `s`.`c_base`"))
                .view(new View("c_base", "select 1 AS `x`", false, List.of(), null, Attributes.of(VIEW_ALGORITHM, "MERGE")
                        .with(SECURITY, "INVOKER").with(VIEW_CHECK_OPTION, "LOCAL")))
                .build());

        assertThat(sql(plan)).containsExactly(
                "CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW `s`.`c_base` AS select 1 AS `x` WITH LOCAL CHECK OPTION",
                "CREATE VIEW `s`.`b_middle` AS select `c_base`.`x` AS `x` from `s`.`c_base`",
                "CREATE VIEW `s`.`a_top` AS select `b_middle`.`x` AS `x` from `s`.`b_middle`");
        assertThat(reverses(plan)).containsExactly("DROP VIEW `s`.`c_base`", "DROP VIEW `s`.`b_middle`", "DROP VIEW `s`.`a_top`");
    }

    @Test
    void aChangedViewIsReplacedAndDroppedViewsGoDependentsFirst() {
        Realm from = Realm.of(Schema.builder("s").view(view("v", "select 1 AS `x`"))
                .view(view("base", "select 2 AS `y`")).view(view("on_base", "select `y` from `base`")).build());
        Realm to = Realm.of(Schema.builder("s").view(view("v", "select 2 AS `x`")).build());

        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly("DROP VIEW `s`.`on_base`", "DROP VIEW `s`.`base`",
                "CREATE OR REPLACE VIEW `s`.`v` AS select 2 AS `x`");
        assertThat(reverses(plan)).containsExactly("CREATE VIEW `s`.`on_base` AS select `y` from `base`",
                "CREATE VIEW `s`.`base` AS select 2 AS `y`", "CREATE OR REPLACE VIEW `s`.`v` AS select 1 AS `x`");
    }

    @Test
    void routinesAreNamedInTheirDatabaseAndKeepTheirBodyAsOneStatement() {
        Plan plan = create(Schema.builder("s").routine(FUNCTION).routine(PROCEDURE).build());

        assertThat(sql(plan)).containsExactly(
                "CREATE FUNCTION `s`.`f`(`x` int) RETURNS int\n    DETERMINISTIC\nRETURN x + 1",
                "CREATE PROCEDURE `s`.`p`()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND");
        assertThat(reverses(plan)).containsExactly("DROP FUNCTION `s`.`f`", "DROP PROCEDURE `s`.`p`");
    }

    @Test
    void aChangedRoutineIsDroppedFirstAndCreatedAgainAfterTheTables() {
        Routine changed = new Routine("f", Routine.Kind.FUNCTION, "`x` int", "int", "SQL",
                "CREATE DEFINER=`root`@`%` FUNCTION `f`(`x` int) RETURNS int\n    DETERMINISTIC\nRETURN x + 2", null, null);
        Realm from = Realm.of(Schema.builder("s").routine(FUNCTION).table(keyed("t").build()).build());
        Realm to = Realm.of(Schema.builder("s").routine(changed).table(keyed("t").column(Planning.column("n", "int")).build()).build());

        assertThat(sql(plan(from, to))).containsExactly("DROP FUNCTION `s`.`f`",
                "ALTER TABLE `s`.`t` ADD COLUMN `n` int",
                "CREATE FUNCTION `s`.`f`(`x` int) RETURNS int\n    DETERMINISTIC\nRETURN x + 2");
    }

    @Test
    void triggersComeLastInTheirOrderOfFiringAndAChangedOneIsDroppedFirst() {
        Realm from = Realm.of(Schema.builder("s").table(keyed("t").build())
                .trigger(trigger("one", "BEFORE", 1, "SET NEW.id = 1")).build());
        Realm to = Realm.of(Schema.builder("s").table(keyed("t").build())
                .trigger(trigger("one", "BEFORE", 1, "BEGIN\n  SET NEW.id = 2;\n  SET NEW.id = NEW.id + 1;\nEND"))
                .trigger(trigger("a_two", "BEFORE", 2, "SET NEW.id = NEW.id * 2"))
                .trigger(trigger("after", "AFTER", 1, "SET @x = 1")).build());

        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly("DROP TRIGGER `s`.`one`",
                "CREATE TRIGGER `s`.`after` AFTER INSERT ON `s`.`t` FOR EACH ROW SET @x = 1",
                "CREATE TRIGGER `s`.`one` BEFORE INSERT ON `s`.`t` FOR EACH ROW BEGIN\n  SET NEW.id = 2;\n  SET NEW.id = NEW.id + 1;\nEND",
                "CREATE TRIGGER `s`.`a_two` BEFORE INSERT ON `s`.`t` FOR EACH ROW SET NEW.id = NEW.id * 2");
        assertThat(reverses(plan).get(0)).isEqualTo("CREATE TRIGGER `s`.`one` BEFORE INSERT ON `s`.`t` FOR EACH ROW SET NEW.id = 1");
    }

    @Test
    void aDefinitionThatIsNotACreateStatementIsRefusedByName() {
        Trigger odd = new Trigger("odd", "t", "SET NEW.id = 1", null, null);

        assertThatThrownBy(() -> create(Schema.builder("s").trigger(odd).build()))
                .isInstanceOf(PlanException.class)
                .hasMessage("trigger s.odd cannot be created: its definition does not read as CREATE TRIGGER name"
                        + " BEFORE|AFTER INSERT|UPDATE|DELETE ON table FOR EACH ROW …");
    }
}
