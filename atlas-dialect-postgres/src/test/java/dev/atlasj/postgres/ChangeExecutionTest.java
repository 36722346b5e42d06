package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.fk;
import static dev.atlasj.postgres.Planning.keyed;
import static dev.atlasj.postgres.Planning.sql;
import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static dev.atlasj.postgres.PostgresAttributes.UNLOGGED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.RenameHint;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.postgres.Identity.Generation;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans the differ's changes between two hand-built realms and runs them on a real database built
 * in the first: the database must end up exactly as one built in the second from nothing, and
 * running the reverses must bring it back (see {@link Migrations}).
 */
@ExtendWith(DatabaseExtension.class)
class ChangeExecutionTest {

    private static final Identity ALWAYS = new Identity(Generation.ALWAYS, 1, 1, 1, Integer.MAX_VALUE, 1, false);
    private static final Identity BY_DEFAULT = new Identity(Generation.BY_DEFAULT, 1, 1, 1, Integer.MAX_VALUE, 1, false);

    @Test
    void addsDropsAndAltersColumnsKeepingTheirRows(TestDatabase db, TestDatabase expected) {
        Table from = Table.builder("t")
                .column(column("id", "integer").withNullable(false))
                .column(column("a", "text"))
                .column(column("b", "integer").withDefault("0"))
                .column(column("c", "character varying(10)").withCollation("C"))
                .column(column("d", "text").withNullable(false))
                .column(column("e", "text").withComment("old"))
                .column(column("g", "integer"))
                .primaryKey(PrimaryKey.of("t_pkey", "id"))
                .build();
        Table to = Table.builder("t")
                .column(column("id", "integer").withNullable(false))
                .column(column("a", "text").withNullable(false).withDefault("'x'::text"))
                .column(column("b", "bigint").withDefault("0"))
                .column(column("c", "character varying(20)"))
                .column(column("d", "text"))
                .column(column("e", "text").withComment("new"))
                .column(column("f", "integer").withDefault("7").withComment("added"))
                .primaryKey(PrimaryKey.of("t_pkey", "id"))
                .build();

        Migrations.check(realm(from), realm(to), List.of(),
                "INSERT INTO s.t (id, a, b, c, d, e, g) VALUES (1, 'a', 5, 'abc', 'd', 'e', 9)", db, expected);

        assertThat(Catalog.query(db, "SELECT id, a, b, c, d, e FROM s.t")).containsExactly("1 | a | 5 | abc | d | e");
    }

    @Test
    void convertsTypesThatNeedUsingAndPutsTheirDefaultsBack(TestDatabase db, TestDatabase expected) {
        EnumType mood = EnumType.of("mood", "a", "b");
        Table from = Table.builder("t")
                .column(column("n", "text").withDefault("'1'::text"))
                .column(column("status", "text").withDefault("'a'::text"))
                .column(column("m", "s.mood").withDefault("'a'::s.mood"))
                .build();
        Table to = Table.builder("t")
                .column(column("n", "integer").withDefault("1"))
                .column(column("status", "s.mood").withDefault("'a'::s.mood"))
                .column(column("m", "text").withDefault("'a'::text"))
                .build();

        Plan plan = Migrations.check(realm(from, mood), realm(to, mood), List.of(),
                "INSERT INTO s.t VALUES ('5', 'b', 'b')", db, expected);

        assertThat(sql(plan)).contains(
                "ALTER TABLE s.t ALTER COLUMN n DROP DEFAULT, ALTER COLUMN n TYPE integer USING n::integer,"
                        + " ALTER COLUMN n SET DEFAULT 1",
                "ALTER TABLE s.t ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE s.mood"
                        + " USING status::s.mood, ALTER COLUMN status SET DEFAULT 'a'::s.mood",
                "ALTER TABLE s.t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m TYPE text, ALTER COLUMN m SET DEFAULT 'a'::text");
        PlanRunner.apply(plan, db);
        assertThat(Catalog.query(db, "SELECT n, status, m FROM s.t")).containsExactly("5 | b | b");
    }

    @Test
    void addsDropsAndChangesIdentities(TestDatabase db, TestDatabase expected) {
        Sequence serial = new Sequence("t_d_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                new Sequence.Owner("t", "d"), null, null);
        Table from = Table.builder("t")
                .column(column("a", "integer").withNullable(false))
                .column(column("b", "integer").withNullable(false).with(IDENTITY, ALWAYS))
                .column(column("c", "bigint").withNullable(false)
                        .with(IDENTITY, new Identity(Generation.BY_DEFAULT, 1, 1, 1, Long.MAX_VALUE, 1, false)))
                .column(column("d", "integer").withNullable(false).withDefault("nextval('s.t_d_seq'::regclass)"))
                .build();
        Table to = Table.builder("t")
                .column(column("a", "integer").withNullable(false).with(IDENTITY, BY_DEFAULT))
                .column(column("b", "integer").withNullable(false))
                .column(column("c", "bigint").withNullable(false)
                        .with(IDENTITY, new Identity(Generation.ALWAYS, 100, 5, 1, 1000, 1, true)))
                .column(column("d", "integer").withNullable(false).with(IDENTITY, ALWAYS))
                .build();
        Realm fromRealm = Realm.of(Schema.builder("s").table(from).sequence(serial).build());

        Plan plan = Migrations.check(fromRealm, realm(to), db, expected);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.t ALTER COLUMN b DROP IDENTITY",
                "ALTER TABLE s.t ALTER COLUMN c SET GENERATED ALWAYS SET INCREMENT BY 5 SET MAXVALUE 1000"
                        + " SET START WITH 100 SET CYCLE",
                "ALTER TABLE s.t ALTER COLUMN d DROP DEFAULT",
                "DROP SEQUENCE s.t_d_seq",
                "ALTER TABLE s.t ALTER COLUMN a ADD GENERATED BY DEFAULT AS IDENTITY",
                "ALTER TABLE s.t ALTER COLUMN d ADD GENERATED ALWAYS AS IDENTITY");
    }

    @Test
    void recreatesAGeneratedColumnWithTheIndexesAndChecksOnIt(TestDatabase db, TestDatabase expected) {
        Table.Builder base = Table.builder("t")
                .column(column("price", "numeric").withNullable(false))
                .index(Index.on("t_price_idx", "price"));
        Table from = base.build().toBuilder()
                .column(column("tax", "numeric").withGenerated(Generated.stored("price * 0.2")).withComment("VAT"))
                .column(column("total", "numeric").withGenerated(Generated.stored("price * 2")))
                .index(Index.on("t_tax_idx", "tax"))
                .index(Index.uniqueOn("t_tax_key", "tax").with(INDEX_CONSTRAINT, true))
                .index(Index.on("t_big", "price").with(INDEX_PREDICATE, "(tax > (100)::numeric)"))
                .check(Check.of("tax_positive", "tax >= (0)::numeric"))
                .build();
        Table to = base.build().toBuilder()
                .column(column("tax", "numeric").withGenerated(Generated.stored("price * 0.19")).withComment("VAT"))
                .column(column("total", "numeric"))
                .index(Index.on("t_tax_idx", "tax"))
                .index(Index.uniqueOn("t_tax_key", "tax").with(INDEX_CONSTRAINT, true))
                .index(Index.on("t_big", "price").with(INDEX_PREDICATE, "(tax > (100)::numeric)"))
                .check(Check.of("tax_positive", "tax >= (0)::numeric"))
                .build();

        Plan plan = Migrations.check(realm(from), realm(to), List.of(), "INSERT INTO s.t (price) VALUES (100)",
                db, expected);

        assertThat(Catalog.query(db, "SELECT price, tax, total FROM s.t")).containsExactly("100 | 19.00 | 200");
        assertThat(plan.reversible()).isFalse();
    }

    @Test
    void dropsTablesBeforeTheTablesTheyReferenceAndKeysFromTablesThatStay(TestDatabase db, TestDatabase expected) {
        Sequence serial = new Sequence("b_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                new Sequence.Owner("b", "id"), null, null);
        Table a = keyed("a").foreignKey(fk("a_b_fk", "b_id", "b")).build();
        Table b = Table.builder("b")
                .column(column("id", "integer").withNullable(false).withDefault("nextval('s.b_id_seq'::regclass)"))
                .column(column("a_id", "integer"))
                .column(column("b_id", "integer"))
                .primaryKey(PrimaryKey.of("b_pkey", "id"))
                .foreignKey(fk("b_c_fk", "a_id", "c"))
                .index(Index.on("b_a_idx", "a_id").withComment("by a"))
                .comment("bees")
                .build();
        Table c = keyed("c").foreignKey(fk("c_d_fk", "a_id", "d")).build();
        Table d = keyed("d").foreignKey(fk("d_c_fk", "a_id", "c")).build();
        Realm from = Realm.of(Schema.builder("s").table(a).table(b).table(c).table(d).sequence(serial).build());
        Realm to = Realm.of(Schema.builder("s").table(keyed("a").build()).build());

        Plan plan = Migrations.check(from, to, db, expected);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.a DROP CONSTRAINT a_b_fk",
                "ALTER TABLE s.d DROP CONSTRAINT d_c_fk",
                "DROP TABLE s.b",
                "DROP TABLE s.c",
                "DROP TABLE s.d");
        assertThat(plan.statements().get(2).reverse()).isEqualTo(String.join(";\n",
                "CREATE SEQUENCE s.b_id_seq AS integer",
                "CREATE TABLE s.b (id integer DEFAULT nextval('s.b_id_seq'::regclass) NOT NULL, a_id integer,"
                        + " b_id integer, CONSTRAINT b_pkey PRIMARY KEY (id),"
                        + " CONSTRAINT b_c_fk FOREIGN KEY (a_id) REFERENCES s.c (id))",
                "COMMENT ON TABLE s.b IS 'bees'",
                "CREATE INDEX b_a_idx ON s.b (a_id)",
                "COMMENT ON INDEX s.b_a_idx IS 'by a'",
                "ALTER SEQUENCE s.b_id_seq OWNED BY s.b.id"));
    }

    @Test
    void addsAnEnumValueInTheMiddleAndCommitsItBeforeTheDefaultThatUsesIt(TestDatabase db, TestDatabase expected) {
        Table from = Table.builder("t").column(column("m", "s.mood")).build();
        Table to = Table.builder("t").column(column("m", "s.mood"))
                .column(column("n", "s.mood").withDefault("'ok'::s.mood")).build();

        Plan plan = Migrations.check(realm(from, EnumType.of("mood", "sad", "happy")),
                realm(to, EnumType.of("mood", "sad", "ok", "happy", "ecstatic")), db, expected);

        assertThat(plan.statements()).extracting(PlannedStatement::sql, PlannedStatement::transactional).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ALTER TYPE s.mood ADD VALUE 'ok' AFTER 'sad'", false),
                org.assertj.core.groups.Tuple.tuple("ALTER TYPE s.mood ADD VALUE 'ecstatic'", true),
                org.assertj.core.groups.Tuple.tuple("ALTER TABLE s.t ADD COLUMN n s.mood DEFAULT 'ok'::s.mood", true));
    }

    @Test
    void dropsAndAddsChangedKeysIndexesAndChecks(TestDatabase db, TestDatabase expected) {
        Table parent = keyed("p").index(Index.uniqueOn("p_a_key", "a_id").with(INDEX_CONSTRAINT, true)).build();
        Table from = keyed("t")
                .foreignKey(fk("t_p_fk", "a_id", "p"))
                .index(Index.on("t_b_idx", "b_id").withComment("old"))
                .index(Index.on("t_a_idx", "a_id"))
                .index(Index.uniqueOn("t_ab_key", "a_id", "b_id").with(INDEX_CONSTRAINT, true))
                .check(Check.of("t_b_positive", "b_id > 0"))
                .build();
        Table to = keyed("t")
                .columns(List.of(column("id", "integer").withNullable(false), column("a_id", "integer").withNullable(false),
                        column("b_id", "integer")))
                .primaryKey(PrimaryKey.of("t_pkey", "id", "a_id"))
                .foreignKey(new ForeignKey("t_p_fk", List.of("a_id"), "s", "p", List.of("id"), null,
                        ReferentialAction.CASCADE, null))
                .foreignKey(new ForeignKey("t_p_a_fk", List.of("b_id"), "s", "p", List.of("a_id"), null, null, null))
                .index(Index.on("t_b_idx", "b_id").withComment("new"))
                .index(Index.on("t_a_idx", "a_id").with(INDEX_PREDICATE, "(a_id > 0)"))
                .index(Index.uniqueOn("t_ab_key", "b_id", "a_id").with(INDEX_CONSTRAINT, true))
                .check(Check.of("t_b_positive", "b_id >= 0"))
                .build();
        Realm fromRealm = Realm.of(Schema.builder("s").table(keyed("p").build()).table(from).build());
        Realm toRealm = Realm.of(Schema.builder("s").table(parent).table(to).build());

        Plan plan = Migrations.check(fromRealm, toRealm, db, expected);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.t DROP CONSTRAINT t_p_fk",
                "ALTER TABLE s.t DROP CONSTRAINT t_pkey",
                "DROP INDEX s.t_a_idx",
                "ALTER TABLE s.t DROP CONSTRAINT t_ab_key",
                "ALTER TABLE s.t DROP CONSTRAINT t_b_positive",
                "ALTER TABLE s.t ALTER COLUMN a_id SET NOT NULL",
                "ALTER TABLE s.p ADD CONSTRAINT p_a_key UNIQUE (a_id)",
                "ALTER TABLE s.t ADD CONSTRAINT t_pkey PRIMARY KEY (id, a_id)",
                "ALTER TABLE s.t ADD CONSTRAINT t_ab_key UNIQUE (b_id, a_id)",
                "ALTER TABLE s.t ADD CONSTRAINT t_b_positive CHECK (b_id >= 0)",
                "CREATE INDEX t_a_idx ON s.t (a_id) WHERE (a_id > 0)",
                "COMMENT ON INDEX s.t_b_idx IS 'new'",
                "ALTER TABLE s.t ADD CONSTRAINT t_p_fk FOREIGN KEY (a_id) REFERENCES s.p (id) ON DELETE CASCADE",
                "ALTER TABLE s.t ADD CONSTRAINT t_p_a_fk FOREIGN KEY (b_id) REFERENCES s.p (a_id)");
    }

    @Test
    void renamesWhatTheHintsNameAndChangesTheRenamedObjects(TestDatabase db, TestDatabase expected) {
        Table from = keyed("people").column(column("nick", "text"))
                .index(Index.on("people_nick_idx", "nick")).build();
        Table to = keyed("persons").column(column("handle", "text").withNullable(false))
                .primaryKey(PrimaryKey.of("people_pkey", "id"))
                .index(Index.on("persons_handle_idx", "handle")).build();
        List<RenameHint> hints = List.of(
                new RenameHint(RenameHint.Kind.TABLE, "s", "people", null, "persons"),
                new RenameHint(RenameHint.Kind.COLUMN, "s", "persons", "nick", "handle"),
                new RenameHint(RenameHint.Kind.INDEX, "s", "persons", "people_nick_idx", "persons_handle_idx"));

        Plan plan = Migrations.check(realm(from), realm(to), hints, "INSERT INTO s.people (id, nick) VALUES (1, 'x')",
                db, expected);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.people RENAME TO persons",
                "ALTER TABLE s.persons RENAME COLUMN nick TO handle",
                "ALTER INDEX s.people_nick_idx RENAME TO persons_handle_idx",
                "ALTER TABLE s.persons ALTER COLUMN handle SET NOT NULL");
        PlanRunner.apply(plan, db);
        assertThat(Catalog.query(db, "SELECT id, handle FROM s.persons")).containsExactly("1 | x");
    }

    @Test
    void dropsASchemaObjectByObject(TestDatabase db, TestDatabase expected) {
        Sequence serial = new Sequence("orders_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                new Sequence.Owner("orders", "id"), null, null);
        Schema old = Schema.builder("old").comment("to go")
                .enumType(EnumType.of("state", "open", "closed"))
                .sequence(Sequence.of("tickets"))
                .sequence(serial)
                .table(Table.builder("orders")
                        .column(column("id", "integer").withNullable(false).withDefault("nextval('old.orders_id_seq'::regclass)"))
                        .column(column("state", "old.state"))
                        .column(column("customer", "integer"))
                        .primaryKey(PrimaryKey.of("orders_pkey", "id"))
                        .foreignKey(new ForeignKey("orders_customer_fk", List.of("customer"), "s", "customers",
                                List.of("id"), null, null, null))
                        .build())
                .build();
        Table customers = keyed("customers").build();
        Table kept = keyed("kept").foreignKey(new ForeignKey("kept_order_fk", List.of("a_id"), "old", "orders",
                List.of("id"), null, null, null)).build();
        Realm from = Realm.of(Schema.builder("s").table(customers).table(kept).build(), old)
                .withExtensions(List.of(new Extension("citext", "old", "1.6", null)));
        Realm to = Realm.of(Schema.builder("s").table(customers).table(keyed("kept").build()).build());

        Plan plan = Migrations.check(from, to, db, expected);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.kept DROP CONSTRAINT kept_order_fk",
                "DROP TABLE old.orders",
                "DROP SEQUENCE old.tickets",
                "DROP TYPE old.state",
                "DROP EXTENSION citext",
                "DROP SCHEMA old");
    }

    @Test
    void changesExtensionsSequencesCommentsAndLogging(TestDatabase db, TestDatabase expected) {
        Sequence tickets = new Sequence("tickets", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                new Sequence.Owner("t", "a"), null, null);
        Table from = Table.builder("t").column(column("a", "integer")).column(column("b", "integer")).build();
        Table cache = Table.builder("cache").column(column("k", "text")).build();
        Realm fromRealm = new Realm(List.of(Schema.builder("s").table(from).table(cache).sequence(tickets).build()),
                List.of(new Extension("citext", "public", "1.4", null)), null);
        Sequence changed = new Sequence("tickets", "bigint", 10, 2, 1, 100000, 3, true,
                new Sequence.Owner("t", "b"), "numbers", null);
        Table unlogged = cache.toBuilder().comment("a table").attribute(UNLOGGED, true).build();
        Realm toRealm = new Realm(List.of(Schema.builder("s").comment("the schema").table(from).table(unlogged)
                .sequence(changed).build()), List.of(new Extension("citext", "s", "1.6", "case-insensitive")), null);

        Plan plan = Migrations.check(fromRealm, toRealm, db, expected);

        assertThat(sql(plan)).containsExactly(
                "COMMENT ON SCHEMA s IS 'the schema'",
                "ALTER EXTENSION citext UPDATE TO '1.6'",
                "ALTER EXTENSION citext SET SCHEMA s",
                "COMMENT ON EXTENSION citext IS 'case-insensitive'",
                "ALTER SEQUENCE s.tickets AS bigint INCREMENT BY 2 MAXVALUE 100000 START WITH 10 CACHE 3 CYCLE",
                "COMMENT ON SEQUENCE s.tickets IS 'numbers'",
                "ALTER TABLE s.cache SET UNLOGGED",
                "COMMENT ON TABLE s.cache IS 'a table'",
                "ALTER SEQUENCE s.tickets OWNED BY s.t.b");
    }

    @Test
    void changesAPartitionedTableThroughItsParentAndEachPartitionsOwnDetail(TestDatabase db, TestDatabase expected) {
        Table from = partitioned(List.of(column("n", "text")), "n <> ''::text", "n");
        Table to = partitioned(List.of(column("n", "character varying(20)").withDefault("'x'::character varying"),
                column("z", "bigint").withNullable(false).withDefault("0")), "(n)::text <> 'x'::text", "d");
        Realm fromRealm = Realm.of(Schema.builder("s").table(from).table(partition(from, "a", "2024", null))
                .table(partition(from, "b", "2025", null)).build());
        Realm toRealm = Realm.of(Schema.builder("s").table(to).table(partition(to, "a", "2024", "'a'::character varying"))
                .table(partition(to, "b", "2025", null)).table(partition(to, "c", "2026", null)).build());

        Plan plan = Migrations.check(fromRealm, toRealm, List.of(),
                "INSERT INTO s.ev VALUES (1, '2024-05-01', 'n'), (2, '2025-05-01', 'm')", db, expected);

        assertThat(sql(plan)).containsExactly(
                "DROP INDEX s.ev_n_idx",
                "ALTER TABLE s.ev DROP CONSTRAINT n_ok",
                "ALTER TABLE s.ev ALTER COLUMN n TYPE character varying(20), ALTER COLUMN n SET DEFAULT 'x'::character varying",
                "ALTER TABLE s.ev ADD COLUMN z bigint DEFAULT 0 NOT NULL",
                "ALTER TABLE s.ev_a ALTER COLUMN n SET DEFAULT 'a'::character varying",
                "ALTER TABLE s.ev_b ALTER COLUMN n SET DEFAULT 'x'::character varying",
                "CREATE TABLE s.ev_c PARTITION OF s.ev (id WITH OPTIONS NOT NULL, d WITH OPTIONS NOT NULL,"
                        + " n WITH OPTIONS DEFAULT 'x'::character varying, z WITH OPTIONS DEFAULT 0 NOT NULL)"
                        + " FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
                "ALTER TABLE s.ev ADD CONSTRAINT n_ok CHECK ((n)::text <> 'x'::text)",
                "CREATE INDEX ev_d_idx ON s.ev (d)");
        assertThat(Catalog.query(db, "SELECT id, n FROM s.ev ORDER BY id")).containsExactly("1 | n", "2 | m");
    }

    @Test
    void dropsAPartitionedTableWithItsPartitionsAndAPartitionOfATableThatStays(TestDatabase db, TestDatabase expected) {
        Table gone = partitioned(List.of(column("n", "text")), "n <> ''::text", "n");
        Table kept = gone.toBuilder().name("ev2").primaryKey(PrimaryKey.of("ev2_pkey", "id", "d"))
                .indexes(List.of(Index.on("ev2_n_idx", "n"))).build();
        Table keptPartition = partition(kept, "a", "2024", null).toBuilder().name("ev2_a").attribute(PARTITION_OF, "s.ev2")
                .build();
        Table goneFromKept = keptPartition.toBuilder().name("ev2_b")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')").build();
        Realm from = Realm.of(Schema.builder("s").table(gone).table(partition(gone, "a", "2024", null))
                .table(partition(gone, "b", "2025", null)).table(kept).table(keptPartition).table(goneFromKept).build());
        Realm to = Realm.of(Schema.builder("s").table(kept).table(keptPartition).build());

        Plan plan = Migrations.check(from, to, db, expected);

        assertThat(sql(plan)).containsExactly("DROP TABLE s.ev2_b", "DROP TABLE s.ev");
    }

    @Test
    void dropsAColumnWithTheSequenceItOwnsAndBringsBothBack(TestDatabase db, TestDatabase expected) {
        Sequence serial = new Sequence("t_n_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false,
                new Sequence.Owner("t", "n"), "numbers", null);
        Table from = Table.builder("t").column(column("id", "integer"))
                .column(column("n", "bigint").withNullable(false).withDefault("nextval('s.t_n_seq'::regclass)"))
                .build();
        Realm fromRealm = Realm.of(Schema.builder("s").table(from).sequence(serial).build());

        Plan plan = Migrations.check(fromRealm, realm(Table.builder("t").column(column("id", "integer")).build()),
                db, expected);

        assertThat(sql(plan)).containsExactly("ALTER TABLE s.t DROP COLUMN n");
    }

    /** A table partitioned by day, with a primary key, a check and an index. */
    private static Table partitioned(List<Column> columns, String check, String indexed) {
        return Table.builder("ev")
                .columns(concat(List.of(column("id", "integer").withNullable(false), column("d", "date").withNullable(false)),
                        columns))
                .primaryKey(PrimaryKey.of("ev_pkey", "id", "d"))
                .check(Check.of("n_ok", check))
                .index(Index.on("ev_" + indexed + "_idx", indexed))
                .attribute(PARTITION_KEY, "RANGE (d)")
                .build();
    }

    /**
     * A partition of {@code parent} for one year, named after {@code suffix}, with its own default for
     * {@code n}. Like an inspected one, it holds its columns and nothing of what it inherits: the
     * parent's key, checks and indexes come with the parent.
     */
    private static Table partition(Table parent, String suffix, String year, String ownDefault) {
        List<Column> columns = parent.columns().stream()
                .map(c -> c.name().equals("n") && ownDefault != null ? c.withDefault(ownDefault) : c).toList();
        return Table.builder("ev_" + suffix).columns(columns)
                .attribute(PARTITION_OF, "s.ev")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('" + year + "-01-01') TO ('" + (Integer.parseInt(year) + 1)
                        + "-01-01')")
                .build();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Realm realm(Table table, EnumType... types) {
        Schema.Builder schema = Schema.builder("s").table(table);
        List.of(types).forEach(schema::enumType);
        return Realm.of(schema.build());
    }
}
