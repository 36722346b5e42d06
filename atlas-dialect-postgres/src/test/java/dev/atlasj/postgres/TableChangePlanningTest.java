package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.fk;
import static dev.atlasj.postgres.Planning.keyed;
import static dev.atlasj.postgres.Planning.plan;
import static dev.atlasj.postgres.Planning.reverses;
import static dev.atlasj.postgres.Planning.sql;
import static dev.atlasj.postgres.Planning.table;
import static dev.atlasj.postgres.PostgresAttributes.DEFERRABLE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_METHOD;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static dev.atlasj.postgres.PostgresAttributes.UNLOGGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.PlanException;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.TableChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.AttributeKey;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changes inside a table that stays: keys, indexes, foreign keys, checks, the table's own options. */
class TableChangePlanningTest {

    @Test
    void addsDropsAndChangesAPrimaryKey() {
        Table bare = table("t", column("id", "integer").withNullable(false), column("k", "integer").withNullable(false));
        Table keyed = bare.toBuilder().primaryKey(PrimaryKey.of("t_pkey", "id")).build();
        Table rekeyed = bare.toBuilder().primaryKey(PrimaryKey.of("t_pkey", "id", "k").withAttributes(Attributes.of(DEFERRABLE, true))).build();

        Plan add = plan(bare, keyed);
        assertThat(sql(add)).containsExactly("ALTER TABLE s.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)");
        assertThat(reverses(add)).containsExactly("ALTER TABLE s.t DROP CONSTRAINT t_pkey");
        Plan drop = plan(keyed, bare);
        assertThat(sql(drop)).containsExactly("ALTER TABLE s.t DROP CONSTRAINT t_pkey");
        assertThat(reverses(drop)).containsExactly("ALTER TABLE s.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)");
        assertThat(sql(plan(keyed, rekeyed))).containsExactly(
                "ALTER TABLE s.t DROP CONSTRAINT t_pkey",
                "ALTER TABLE s.t ADD CONSTRAINT t_pkey PRIMARY KEY (id, k) DEFERRABLE");
    }

    @Test
    void addsAndDropsUniqueConstraintsAndIndexesWithTheirComments() {
        Table bare = table("t", column("a", "text"), column("b", "text"));
        Table indexed = bare.toBuilder()
                .index(Index.uniqueOn("t_a_key", "a").with(INDEX_CONSTRAINT, true).withComment("one a"))
                .index(Index.on("t_b_idx", "b").with(INDEX_METHOD, "hash").withComment("by b"))
                .build();

        Plan add = plan(bare, indexed);
        assertThat(sql(add)).containsExactly(
                "ALTER TABLE s.t ADD CONSTRAINT t_a_key UNIQUE (a)",
                "COMMENT ON INDEX s.t_a_key IS 'one a'",
                "CREATE INDEX t_b_idx ON s.t USING hash (b)",
                "COMMENT ON INDEX s.t_b_idx IS 'by b'");
        assertThat(reverses(add)).containsExactly(
                "ALTER TABLE s.t DROP CONSTRAINT t_a_key",
                "COMMENT ON INDEX s.t_a_key IS NULL",
                "DROP INDEX s.t_b_idx",
                "COMMENT ON INDEX s.t_b_idx IS NULL");
        Plan drop = plan(indexed, bare);
        assertThat(sql(drop)).containsExactly(
                "ALTER TABLE s.t DROP CONSTRAINT t_a_key",
                "DROP INDEX s.t_b_idx");
        assertThat(reverses(drop)).containsExactly(
                "ALTER TABLE s.t ADD CONSTRAINT t_a_key UNIQUE (a);\nCOMMENT ON INDEX s.t_a_key IS 'one a'",
                "CREATE INDEX t_b_idx ON s.t USING hash (b);\nCOMMENT ON INDEX s.t_b_idx IS 'by b'");
    }

    @Test
    void dropsAndCreatesAChangedIndexButOnlyCommentsOneWhoseCommentAloneChanges() {
        Table from = table("t", column("a", "text"), column("b", "text")).toBuilder()
                .index(Index.on("t_a_idx", "a").withComment("old"))
                .index(Index.on("t_b_idx", "b"))
                .build();
        Table to = from.toBuilder().indexes(List.of(Index.on("t_a_idx", "a").withComment("new"),
                Index.uniqueOn("t_b_idx", "b"))).build();
        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly(
                "DROP INDEX s.t_b_idx",
                "COMMENT ON INDEX s.t_a_idx IS 'new'",
                "CREATE UNIQUE INDEX t_b_idx ON s.t (b)");
        assertThat(reverses(plan)).containsExactly(
                "CREATE INDEX t_b_idx ON s.t (b)",
                "COMMENT ON INDEX s.t_a_idx IS 'old'",
                "DROP INDEX s.t_b_idx");
    }

    @Test
    void renamesAnIndexTheHintNames() {
        Table from = table("t", column("a", "text")).toBuilder().index(Index.on("t_a_idx", "a")).build();
        Table to = table("t", column("a", "text")).toBuilder().index(Index.on("by_a", "a")).build();
        Plan plan = plan(from, to, new RenameHint(RenameHint.Kind.INDEX, "s", "t", "t_a_idx", "by_a"));

        assertThat(sql(plan)).containsExactly("ALTER INDEX s.t_a_idx RENAME TO by_a");
        assertThat(reverses(plan)).containsExactly("ALTER INDEX s.by_a RENAME TO t_a_idx");
    }

    @Test
    void dropsChangedForeignKeysFirstAndAddsThemLast() {
        Table parent = keyed("p").build();
        Table from = keyed("c").foreignKey(fk("c_p_fk", "a_id", "p")).foreignKey(fk("c_old_fk", "b_id", "p")).build();
        Table to = keyed("c").foreignKey(new ForeignKey("c_p_fk", List.of("a_id"), "s", "p", List.of("id"),
                ReferentialAction.CASCADE, ReferentialAction.SET_NULL, null))
                .foreignKey(fk("c_new_fk", "b_id", "p").with(NOT_VALID, true)).build();
        Plan plan = plan(Schema.builder("s").table(parent).table(from).build(),
                Schema.builder("s").table(parent).table(to).build());

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.c DROP CONSTRAINT c_p_fk",
                "ALTER TABLE s.c DROP CONSTRAINT c_old_fk",
                "ALTER TABLE s.c ADD CONSTRAINT c_p_fk FOREIGN KEY (a_id) REFERENCES s.p (id)"
                        + " ON UPDATE CASCADE ON DELETE SET NULL",
                "ALTER TABLE s.c ADD CONSTRAINT c_new_fk FOREIGN KEY (b_id) REFERENCES s.p (id) NOT VALID");
        assertThat(reverses(plan)).containsExactly(
                "ALTER TABLE s.c ADD CONSTRAINT c_p_fk FOREIGN KEY (a_id) REFERENCES s.p (id)",
                "ALTER TABLE s.c ADD CONSTRAINT c_old_fk FOREIGN KEY (b_id) REFERENCES s.p (id)",
                "ALTER TABLE s.c DROP CONSTRAINT c_p_fk",
                "ALTER TABLE s.c DROP CONSTRAINT c_new_fk");
    }

    @Test
    void dropsAndAddsAgainTheForeignKeysOfTheCurrentSchemaThatReferenceAChangedKey() {
        Table parent = keyed("p").build();
        Table rekeyed = keyed("p").primaryKey(PrimaryKey.of("p_pkey", "id")
                .withAttributes(Attributes.of(PostgresAttributes.INDEX_STORAGE_PARAMETERS, Map.of("fillfactor", "70"))))
                .build();
        Table child = keyed("c").foreignKey(fk("c_p_fk", "a_id", "p")).build();
        Realm from = Realm.of(Schema.builder("s").table(parent).table(child).build());
        Realm to = Realm.of(Schema.builder("s").table(rekeyed).table(child).build());
        Plan plan = Planning.PLANNER.plan(from, new Differ(DiffRules.EXACT).diff(from, to));

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.c DROP CONSTRAINT c_p_fk",
                "ALTER TABLE s.p DROP CONSTRAINT p_pkey",
                "ALTER TABLE s.p ADD CONSTRAINT p_pkey PRIMARY KEY (id) WITH (fillfactor = 70)",
                "ALTER TABLE s.c ADD CONSTRAINT c_p_fk FOREIGN KEY (a_id) REFERENCES s.p (id)");
        assertThat(reverses(plan).get(0)).isEqualTo("ALTER TABLE s.c ADD CONSTRAINT c_p_fk FOREIGN KEY (a_id) REFERENCES s.p (id)");
    }

    @Test
    void addsDropsAndChangesChecks() {
        Table from = table("t", column("n", "integer")).toBuilder()
                .check(Check.of("n_positive", "n > 0"))
                .check(Check.of("n_small", "n < 100"))
                .build();
        Table to = table("t", column("n", "integer")).toBuilder()
                .check(Check.of("n_positive", "n >= 0"))
                .check(Check.of("n_even", "(n % 2) = 0").with(NOT_VALID, true))
                .build();
        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.t DROP CONSTRAINT n_positive",
                "ALTER TABLE s.t DROP CONSTRAINT n_small",
                "ALTER TABLE s.t ADD CONSTRAINT n_positive CHECK (n >= 0)",
                "ALTER TABLE s.t ADD CONSTRAINT n_even CHECK ((n % 2) = 0) NOT VALID");
        assertThat(reverses(plan)).containsExactly(
                "ALTER TABLE s.t ADD CONSTRAINT n_positive CHECK (n > 0)",
                "ALTER TABLE s.t ADD CONSTRAINT n_small CHECK (n < 100)",
                "ALTER TABLE s.t DROP CONSTRAINT n_positive",
                "ALTER TABLE s.t DROP CONSTRAINT n_even");
    }

    @Test
    void refusesToDropAConstraintThatHasNoName() {
        Table from = table("t", column("n", "integer")).toBuilder().check(Check.of(null, "n > 0")).build();

        assertThatThrownBy(() -> plan(from, table("t", column("n", "integer"))))
                .isInstanceOf(PlanException.class)
                .hasMessage("the check (n > 0) of table s.t has no name, so it cannot be dropped;"
                        + " name it in the current schema");
    }

    @Test
    void changesATablesCommentAndLogging() {
        Table from = table("t", column("a", "text")).toBuilder().comment("old").build();
        Table to = from.toBuilder().comment("new").attribute(UNLOGGED, true).build();
        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.t SET UNLOGGED",
                "COMMENT ON TABLE s.t IS 'new'");
        assertThat(reverses(plan)).containsExactly(
                "ALTER TABLE s.t SET LOGGED",
                "COMMENT ON TABLE s.t IS 'old'");
    }

    @Test
    void renamesATableTheHintNames() {
        Plan plan = plan(table("Old", column("a", "text")), table("new", column("a", "text")),
                new RenameHint(RenameHint.Kind.TABLE, "s", "Old", null, "new"));

        assertThat(sql(plan)).containsExactly("ALTER TABLE s.\"Old\" RENAME TO new");
        assertThat(reverses(plan)).containsExactly("ALTER TABLE s.new RENAME TO \"Old\"");
    }

    @Test
    void refusesToRepartitionATable() {
        Table events = table("events", column("day", "date")).toBuilder().attribute(PARTITION_KEY, "RANGE (day)").build();

        assertThatThrownBy(() -> plan(events, events.toBuilder().attribute(PARTITION_KEY, "LIST (day)").build()))
                .isInstanceOf(PlanException.class)
                .hasMessage("table s.events cannot change its partition key in place (from RANGE (day) to LIST (day)):"
                        + " PostgreSQL cannot partition a table anew in place: create a new table with the new key,"
                        + " move the rows over and swap the names");
    }

    @Test
    void attachesATableAsAPartitionDetachesOneAndMovesItsBound() {
        Table events = table("events", column("day", "date")).toBuilder().attribute(PARTITION_KEY, "RANGE (day)").build();
        Table standalone = table("events_2024", column("day", "date"));
        Table partition = standalone.toBuilder().attribute(PARTITION_OF, "s.events")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')").build();
        Table halfYear = partition.toBuilder()
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')").build();

        Plan attach = plan(Schema.builder("s").table(events).table(standalone).build(),
                Schema.builder("s").table(events).table(partition).build());
        assertThat(sql(attach)).containsExactly(
                "ALTER TABLE s.events ATTACH PARTITION s.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(reverses(attach)).containsExactly("ALTER TABLE s.events DETACH PARTITION s.events_2024");
        assertThat(reverses(plan(Schema.builder("s").table(events).table(partition).build(),
                Schema.builder("s").table(events).table(standalone).build()))).containsExactly(
                "ALTER TABLE s.events ATTACH PARTITION s.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(sql(plan(Schema.builder("s").table(events).table(partition).build(),
                Schema.builder("s").table(events).table(halfYear).build()))).containsExactly(
                "ALTER TABLE s.events DETACH PARTITION s.events_2024",
                "ALTER TABLE s.events ATTACH PARTITION s.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')");
    }

    @Test
    void detachesAPartitionThatOutlivesItsParent() {
        Table events = table("events", column("day", "date")).toBuilder().attribute(PARTITION_KEY, "RANGE (day)").build();
        Table standalone = table("events_2024", column("day", "date"));
        Table partition = standalone.toBuilder().attribute(PARTITION_OF, "s.events")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')").build();

        assertThat(sql(plan(Schema.builder("s").table(events).table(partition).build(),
                Schema.builder("s").table(standalone).build()))).containsExactly(
                "ALTER TABLE s.events DETACH PARTITION s.events_2024",
                "DROP TABLE s.events");
    }

    @Test
    void renamesAPartitionedTableWhosePartitionsThenNameItsNewName() {
        Table events = table("events", column("day", "date")).toBuilder().attribute(PARTITION_KEY, "RANGE (day)").build();
        Table partition = table("events_2024", column("day", "date")).toBuilder().attribute(PARTITION_OF, "s.events")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')").build();
        Plan plan = plan(Schema.builder("s").table(events).table(partition).build(),
                Schema.builder("s").table(events.withName("happenings"))
                        .table(partition.toBuilder().attribute(PARTITION_OF, "happenings").build()).build(),
                new RenameHint(RenameHint.Kind.TABLE, "s", "events", null, "happenings"));

        assertThat(sql(plan)).containsExactly("ALTER TABLE s.events RENAME TO happenings");
    }

    @Test
    void refusesAColumnChangeOfAPartitionThatItsParentDoesNotMake() {
        Table events = table("events", column("day", "date")).toBuilder().attribute(PARTITION_KEY, "RANGE (day)").build();
        Table partition = table("events_2024", column("day", "date")).toBuilder().attribute(PARTITION_OF, "s.events")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')").build();
        Table widened = partition.toBuilder().columns(List.of(column("day", "timestamp without time zone"))).build();

        assertThatThrownBy(() -> plan(Schema.builder("s").table(events).table(partition).build(),
                Schema.builder("s").table(events).table(widened).build()))
                .isInstanceOf(PlanException.class)
                .hasMessage("partition s.events_2024 cannot change its column day on its own (changing its type): a"
                        + " partition has the columns of its parent s.events, so the change must be made there, and the"
                        + " desired schema does not make it");
    }

    @Test
    void refusesTableAttributesItDoesNotKnow() {
        AttributeKey<Boolean> rowSecurity = AttributeKey.of("postgres.table.row_security", Boolean.class);
        Table from = table("t", column("a", "text"));
        Table to = from.toBuilder().attribute(rowSecurity, true).build();
        SchemaChange change = new SchemaChange.ModifyTable("s", from, to, List.of(new TableChange.ModifyTableOptions(from, to)));

        assertThatThrownBy(() -> Planning.PLANNER.plan(List.of(change)))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("table s.t changes attributes the PostgreSQL planner does not know how to"
                        + " change ({} to {postgres.table.row_security=true})");
    }
}
