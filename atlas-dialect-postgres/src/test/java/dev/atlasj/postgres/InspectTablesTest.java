package dev.atlasj.postgres;

import static dev.atlasj.postgres.Inspections.schemaAfter;
import static dev.atlasj.postgres.Inspections.table;
import static dev.atlasj.postgres.Inspections.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class InspectTablesTest {

    @Test
    void readsTablesWithCommentsAndNoDefaultDetail(TestDatabase db) {
        Schema s = schemaAfter(db, "public", """
                CREATE TABLE b (x int);
                CREATE TABLE a (x int);
                COMMENT ON TABLE a IS 'first';
                """);

        assertThat(s.tables()).extracting(Table::name).containsExactly("a", "b");
        assertThat(table(s, "a").comment()).isEqualTo("first");
        assertThat(table(s, "a").attributes()).isEqualTo(Attributes.empty());
        assertThat(table(s, "b").comment()).isNull();
    }

    @Test
    void marksUnloggedTables(TestDatabase db) {
        Table t = tableAfter(db, "t", "CREATE UNLOGGED TABLE t (x int)");

        assertThat(t.attributes()).isEqualTo(Attributes.of(PostgresAttributes.UNLOGGED, true));
    }

    @Test
    void readsPartitionKeysAndPartitionsWithTheirBounds(TestDatabase db) {
        Schema s = schemaAfter(db, "public", """
                CREATE TABLE events (id bigint NOT NULL, created date NOT NULL, PRIMARY KEY (id, created))
                    PARTITION BY RANGE (created);
                CREATE INDEX events_created ON events (created);
                CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE "Logs" (kind text, at date) PARTITION BY LIST (kind);
                CREATE TABLE logs_a PARTITION OF "Logs" FOR VALUES IN ('a', 'b') PARTITION BY RANGE (at);
                CREATE TABLE logs_other PARTITION OF "Logs" DEFAULT;
                """);

        Table events = table(s, "events");
        assertThat(events.attributes()).isEqualTo(Attributes.of(PostgresAttributes.PARTITION_KEY, "RANGE (created)"));
        assertThat(events.primaryKey()).isEqualTo(PrimaryKey.of("events_pkey", "id", "created"));
        assertThat(events.indexes()).containsExactly(Index.on("events_created", "created"));

        Table partition = table(s, "events_2024");
        assertThat(partition.attributes()).isEqualTo(Attributes.empty()
                .with(PostgresAttributes.PARTITION_OF, "public.events")
                .with(PostgresAttributes.PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
        assertThat(partition.columns()).extracting(c -> c.name()).containsExactly("id", "created");
        assertThat(partition.primaryKey()).as("inherited from the parent").isNull();
        assertThat(partition.indexes()).as("inherited from the parent").isEmpty();

        assertThat(table(s, "logs_a").attributes()).isEqualTo(Attributes.empty()
                .with(PostgresAttributes.PARTITION_KEY, "RANGE (at)")
                .with(PostgresAttributes.PARTITION_OF, "public.\"Logs\"")
                .with(PostgresAttributes.PARTITION_BOUND, "FOR VALUES IN ('a', 'b')"));
        assertThat(table(s, "logs_other").attributes().get(PostgresAttributes.PARTITION_BOUND)).isEqualTo("DEFAULT");
    }

    @Test
    void skipsObjectsOfLaterIssuesWithoutBreaking(TestDatabase db) {
        Schema s = schemaAfter(db, "public", """
                CREATE TABLE t (id int PRIMARY KEY, r int4range, n int CHECK (n > 0));
                ALTER TABLE t ADD CONSTRAINT no_overlap EXCLUDE USING gist (r WITH &&);
                CREATE TABLE child (extra int) INHERITS (t);
                CREATE VIEW v AS SELECT id FROM t;
                CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
                CREATE INDEX mv_id ON mv (id);
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
                ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                CREATE POLICY pol ON t USING (id > 0);
                CREATE DOMAIN positive AS int CHECK (VALUE > 0);
                CREATE TYPE pair AS (a int, b int);
                """);

        assertThat(s.tables()).extracting(Table::name).containsExactly("child", "t");
        assertThat(table(s, "t").indexes()).as("the exclusion constraint's index").isEmpty();
        assertThat(table(s, "child").checks()).as("inherited").isEmpty();
        assertThat(table(s, "child").columns()).extracting(c -> c.name()).containsExactly("id", "r", "n", "extra");
        assertThat(s.views()).isEmpty();
        assertThat(s.routines()).isEmpty();
        assertThat(s.triggers()).isEmpty();
        assertThat(s.policies()).isEmpty();
        assertThat(s.domains()).isEmpty();
        assertThat(s.composites()).isEmpty();
        assertThat(s.enums()).isEmpty();
        assertThat(s.sequences()).isEmpty();
    }
}
