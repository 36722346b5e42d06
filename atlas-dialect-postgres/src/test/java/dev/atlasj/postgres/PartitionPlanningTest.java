package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.plan;
import static dev.atlasj.postgres.Planning.reverses;
import static dev.atlasj.postgres.Planning.sql;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.PlanException;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionPlanningTest {

    @Test
    void createsPartitionsAfterTheirParentAndTheParentsKeysAfterThem() {
        Table events = Table.builder("events")
                .column(column("id", "bigint").withNullable(false))
                .column(column("created", "date").withNullable(false))
                .column(column("note", "text").withDefault("'none'::text"))
                .primaryKey(PrimaryKey.of("events_pkey", "id", "created"))
                .index(Index.on("events_created_idx", "created"))
                .check(Check.of("note_not_empty", "note <> ''::text"))
                .attribute(PARTITION_KEY, "RANGE (created)")
                .build();
        Table y2024 = Table.builder("events_2024")
                .columns(events.columns())
                .primaryKey(PrimaryKey.of("events_2024_pkey", "id", "created"))
                .index(Index.on("events_2024_created_idx", "created"))
                .check(Check.of("note_not_empty", "note <> ''::text"))
                .attribute(PARTITION_OF, "app.events")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
                .build();
        Table other = Table.builder("events_other")
                .column(column("id", "bigint").withNullable(false))
                .column(column("created", "date").withNullable(false))
                .column(column("note", "text").withNullable(false).withDefault("'other'::text"))
                .attribute(PARTITION_OF, "app.events")
                .attribute(PARTITION_BOUND, "DEFAULT")
                .build();

        Plan plan = plan(Schema.builder("app").table(y2024).table(other).table(events).build());

        assertThat(sql(plan)).containsExactly(
                "CREATE SCHEMA app",
                "CREATE TABLE app.events (id bigint NOT NULL, created date NOT NULL,"
                        + " note text DEFAULT 'none'::text) PARTITION BY RANGE (created)",
                "CREATE TABLE app.events_2024 PARTITION OF app.events"
                        + " (CONSTRAINT events_2024_pkey PRIMARY KEY (id, created),"
                        + " CONSTRAINT note_not_empty CHECK (note <> ''::text))"
                        + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE TABLE app.events_other PARTITION OF app.events"
                        + " (note WITH OPTIONS DEFAULT 'other'::text NOT NULL) DEFAULT",
                "ALTER TABLE app.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, created)",
                "ALTER TABLE app.events ADD CONSTRAINT note_not_empty CHECK (note <> ''::text)",
                "CREATE INDEX events_2024_created_idx ON app.events_2024 (created)",
                "CREATE INDEX events_created_idx ON app.events (created)");
        assertThat(reverses(plan)).as("dropping the parent's index takes the partition's along").endsWith(
                "DROP INDEX IF EXISTS app.events_2024_created_idx",
                "DROP INDEX app.events_created_idx");
    }

    @Test
    void dropsADefaultThatThePartitionDoesNotHaveButWouldCopyFromItsParent() {
        Table parent = Table.builder("p").column(column("a", "integer").withDefault("1"))
                .attribute(PARTITION_KEY, "LIST (a)").build();
        Table child = Table.builder("p1").column(column("a", "integer"))
                .attribute(PARTITION_OF, "s.p").attribute(PARTITION_BOUND, "FOR VALUES IN (1)").build();
        Plan plan = plan(Schema.builder("s").table(parent).table(child).build());

        assertThat(sql(plan)).endsWith(
                "CREATE TABLE s.p1 PARTITION OF s.p FOR VALUES IN (1)",
                "ALTER TABLE s.p1 ALTER COLUMN a DROP DEFAULT");
        assertThat(reverses(plan)).endsWith("ALTER TABLE s.p1 ALTER COLUMN a SET DEFAULT 1");
    }

    @Test
    void createsAPartitionOfAnExistingTableSpellingEveryDefaultAndNotNullOfItsOwn() {
        Table events = Table.builder("events").column(column("day", "date").withNullable(false))
                .column(column("note", "text").withDefault("'-'::text"))
                .primaryKey(PrimaryKey.of("events_pkey", "day")).attribute(PARTITION_KEY, "RANGE (day)").build();
        Table y2025 = Table.builder("events_2025").columns(events.columns()).attribute(PARTITION_OF, "s.events")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')").build();
        Plan plan = Planning.plan(Schema.builder("s").table(events).build(),
                Schema.builder("s").table(events).table(y2025).build());

        assertThat(sql(plan)).containsExactly("CREATE TABLE s.events_2025 PARTITION OF s.events"
                + " (day WITH OPTIONS NOT NULL, note WITH OPTIONS DEFAULT '-'::text)"
                + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
    }

    @Test
    void refusesAPartitionColumnThatItsParentLacks() {
        Table parent = Table.builder("p").column(column("a", "integer")).attribute(PARTITION_KEY, "LIST (a)").build();
        Table child = Table.builder("p1").column(column("a", "integer")).column(column("extra", "text"))
                .attribute(PARTITION_OF, "s.p").attribute(PARTITION_BOUND, "FOR VALUES IN (1)").build();

        assertThatThrownBy(() -> plan(Schema.builder("s").table(parent).table(child).build()))
                .isInstanceOf(PlanException.class)
                .hasMessage("partition s.p1 has a column extra that its parent s.p lacks");
    }

    @Test
    void refusesAPartitionWithoutABound() {
        Table child = Table.builder("p1").column(column("a", "integer")).attribute(PARTITION_OF, "s.p").build();

        assertThatThrownBy(() -> plan(Schema.builder("s").table(child).build()))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("partition s.p1 of s.p has no partition bound");
    }
}
