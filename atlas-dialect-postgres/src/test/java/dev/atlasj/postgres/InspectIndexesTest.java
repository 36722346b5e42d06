package dev.atlasj.postgres;

import static dev.atlasj.postgres.Inspections.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class InspectIndexesTest {

    @Test
    void readsPlainAndUniqueIndexesButNotThePrimaryKeyIndex(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (id int PRIMARY KEY, a int, b int);
                CREATE UNIQUE INDEX t_b_a ON t (b, a);
                CREATE INDEX t_a ON t (a);
                """);

        assertThat(t.primaryKey()).isEqualTo(PrimaryKey.of("t_pkey", "id"));
        assertThat(t.indexes()).containsExactly(Index.on("t_a", "a"), Index.uniqueOn("t_b_a", "b", "a"));
    }

    @Test
    void readsUniqueConstraintsAsConstraintIndexes(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (a int, b int, c int,
                    CONSTRAINT t_a_key UNIQUE (a),
                    CONSTRAINT t_bc_key UNIQUE (c, b) DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT t_nnd UNIQUE NULLS NOT DISTINCT (b));
                COMMENT ON CONSTRAINT t_a_key ON t IS 'one a';
                """);

        assertThat(t.indexes()).containsExactly(
                Index.uniqueOn("t_a_key", "a").withComment("one a").with(PostgresAttributes.INDEX_CONSTRAINT, true),
                Index.uniqueOn("t_bc_key", "c", "b").withAttributes(Attributes.empty()
                        .with(PostgresAttributes.INDEX_CONSTRAINT, true)
                        .with(PostgresAttributes.DEFERRABLE, true)
                        .with(PostgresAttributes.INITIALLY_DEFERRED, true)),
                Index.uniqueOn("t_nnd", "b").withAttributes(Attributes.empty()
                        .with(PostgresAttributes.INDEX_CONSTRAINT, true)
                        .with(PostgresAttributes.INDEX_NULLS_NOT_DISTINCT, true)));
    }

    @Test
    void readsNullsNotDistinctOnUniqueIndexes(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (a int, b int);
                CREATE UNIQUE INDEX t_a ON t (a) NULLS NOT DISTINCT;
                CREATE UNIQUE INDEX t_b ON t (b) NULLS DISTINCT;
                """);

        assertThat(t.indexes()).containsExactly(
                Index.uniqueOn("t_a", "a").with(PostgresAttributes.INDEX_NULLS_NOT_DISTINCT, true),
                Index.uniqueOn("t_b", "b"));
    }

    @Test
    void readsPartialExpressionAndIncludeIndexes(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (email text, active bool, a int, b int, note text);
                CREATE UNIQUE INDEX t_email ON t (lower(email)) WHERE active;
                CREATE INDEX t_mixed ON t (a, (a + b), upper(note)) INCLUDE (note, email);
                COMMENT ON INDEX t_mixed IS 'mixed parts';
                """);

        assertThat(t.indexes()).containsExactly(
                new Index("t_email", true, List.of(IndexPart.expression("lower(email)")), null,
                        Attributes.of(PostgresAttributes.INDEX_PREDICATE, "active")),
                new Index("t_mixed", false,
                        List.of(IndexPart.column("a"), IndexPart.expression("(a + b)"), IndexPart.expression("upper(note)")),
                        "mixed parts", Attributes.of(PostgresAttributes.INDEX_INCLUDE, List.of("note", "email"))));
    }

    @Test
    void readsMethodsOnlyWhenNotBtree(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (a int, tags text[], r int4range, at timestamptz);
                CREATE INDEX t_btree ON t USING btree (a);
                CREATE INDEX t_hash ON t USING hash (a);
                CREATE INDEX t_gin ON t USING gin (tags);
                CREATE INDEX t_gist ON t USING gist (r);
                CREATE INDEX t_brin ON t USING brin (at) WITH (pages_per_range = 32);
                """);

        assertThat(t.indexes()).extracting(Index::name, i -> i.attributes().get(PostgresAttributes.INDEX_METHOD))
                .containsExactly(
                        tuple("t_brin", "brin"),
                        tuple("t_btree", null),
                        tuple("t_gin", "gin"),
                        tuple("t_gist", "gist"),
                        tuple("t_hash", "hash"));
        assertThat(t.index("t_brin").orElseThrow().attributes().get(PostgresAttributes.INDEX_STORAGE_PARAMETERS))
                .isEqualTo(Map.of("pages_per_range", "32"));
    }

    @Test
    void readsOrderAndNullsOnlyAgainstTheDirectionDefault(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (a int, b int, c int, d int);
                CREATE INDEX t_order ON t (a ASC NULLS LAST, b DESC, c NULLS FIRST, d DESC NULLS LAST);
                """);

        assertThat(t.index("t_order").orElseThrow().parts()).containsExactly(
                IndexPart.column("a"),
                IndexPart.column("b").descending(true),
                IndexPart.column("c").with(PostgresAttributes.PART_NULLS, "FIRST"),
                IndexPart.column("d").descending(true).with(PostgresAttributes.PART_NULLS, "LAST"));
    }

    @Test
    void readsOperatorClassesAndCollationsOnlyWhenNotTheDefault(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE EXTENSION pg_trgm;
                CREATE TABLE t (name text, code varchar(10), c text COLLATE "C");
                CREATE INDEX t_pattern ON t (name text_pattern_ops, code varchar_pattern_ops, name text_ops);
                CREATE INDEX t_trgm ON t USING gin (name gin_trgm_ops);
                CREATE INDEX t_coll ON t (name COLLATE "C", c, c COLLATE "POSIX", c COLLATE "default");
                """);

        assertThat(t.index("t_pattern").orElseThrow().parts()).containsExactly(
                IndexPart.column("name").with(PostgresAttributes.PART_OPCLASS, "text_pattern_ops"),
                IndexPart.column("code").with(PostgresAttributes.PART_OPCLASS, "varchar_pattern_ops"),
                IndexPart.column("name"));
        assertThat(t.index("t_trgm").orElseThrow().parts()).containsExactly(
                IndexPart.column("name").with(PostgresAttributes.PART_OPCLASS, "public.gin_trgm_ops"));
        assertThat(t.index("t_coll").orElseThrow().parts()).containsExactly(
                IndexPart.column("name").with(PostgresAttributes.PART_COLLATION, "C"),
                IndexPart.column("c"),
                IndexPart.column("c").with(PostgresAttributes.PART_COLLATION, "POSIX"),
                IndexPart.column("c").with(PostgresAttributes.PART_COLLATION, "default"));
    }

    @Test
    void readsStorageParameters(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (id int, a int, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 80));
                CREATE INDEX t_a ON t (a) WITH (fillfactor = 70, deduplicate_items = off);
                """);

        assertThat(t.index("t_a").orElseThrow().attributes()).isEqualTo(Attributes.of(
                PostgresAttributes.INDEX_STORAGE_PARAMETERS, Map.of("fillfactor", "70", "deduplicate_items", "off")));
        assertThat(t.primaryKey().attributes()).isEqualTo(Attributes.of(
                PostgresAttributes.INDEX_STORAGE_PARAMETERS, Map.of("fillfactor", "80")));
    }
}
