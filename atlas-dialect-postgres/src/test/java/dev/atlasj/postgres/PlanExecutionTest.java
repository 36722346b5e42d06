package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.plan;
import static dev.atlasj.postgres.PostgresAttributes.CHECK_NO_INHERIT;
import static dev.atlasj.postgres.PostgresAttributes.DEFERRABLE;
import static dev.atlasj.postgres.PostgresAttributes.FK_MATCH;
import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_INCLUDE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_METHOD;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_NULLS_NOT_DISTINCT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_STORAGE_PARAMETERS;
import static dev.atlasj.postgres.PostgresAttributes.INITIALLY_DEFERRED;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static dev.atlasj.postgres.PostgresAttributes.PART_NULLS;
import static dev.atlasj.postgres.PostgresAttributes.PART_OPCLASS;
import static dev.atlasj.postgres.PostgresAttributes.UNLOGGED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.plan.Plan;
import dev.atlasj.postgres.Identity.Generation;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans a rich, hand-built realm, runs the plan on a fresh database and reads the catalogs to
 * check that every object is there as the model describes it.
 */
@ExtendWith(DatabaseExtension.class)
class PlanExecutionTest {

    private static final String SCHEMAS = "('app', 'Sales Data', 'public')";

    @Test
    void createsSchemasExtensionsTypesAndSequences(TestDatabase db) {
        PlanRunner.apply(plan(realm()), db);

        assertThat(Catalog.query(db, "SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace"
                + " WHERE nspname IN ('app', 'Sales Data') ORDER BY 1"))
                .containsExactly("Sales Data | null", "app | Application data");
        assertThat(Catalog.query(db, "SELECT extname, extversion, extnamespace::regnamespace,"
                + " obj_description(oid, 'pg_extension') FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1"))
                .containsExactly("citext | 1.6 | app | case-insensitive text", "pg_trgm | 1.6 | public | text similarity measurement and index searching based on trigrams");
        assertThat(Catalog.query(db, "SELECT enumlabel FROM pg_enum WHERE enumtypid = 'app.status'::regtype ORDER BY enumsortorder"))
                .containsExactly("new", "paid", "it's shipped", "back\\slash");
        assertThat(Catalog.query(db, "SELECT sequencename, data_type, start_value, min_value, max_value, increment_by,"
                + " cycle, cache_size FROM pg_sequences WHERE schemaname = 'app' ORDER BY 1"))
                .containsExactly(
                        "customers_id_seq | bigint | 100 | 1 | 9223372036854775807 | 1 | f | 1",
                        "invoice_numbers | integer | 1000 | 1000 | 2000000 | 10 | t | 5",
                        "orders_id_seq | integer | 1 | 1 | 2147483647 | 1 | f | 1");
        assertThat(Catalog.query(db, "SELECT pg_get_serial_sequence('app.orders', 'id'),"
                + " obj_description('app.invoice_numbers'::regclass, 'pg_class')"))
                .containsExactly("app.orders_id_seq | numbers of invoices");
    }

    @Test
    void createsTablesWithEveryKindOfColumn(TestDatabase db) {
        PlanRunner.apply(plan(realm()), db);

        assertThat(Catalog.query(db, "SELECT column_name, udt_schema || '.' || udt_name, is_nullable, column_default,"
                + " identity_generation, identity_start, generation_expression, collation_name,"
                + " col_description('app.customers'::regclass, ordinal_position)"
                + " FROM information_schema.columns WHERE table_schema = 'app' AND table_name = 'customers'"
                + " ORDER BY ordinal_position"))
                .containsExactly(
                        "id | pg_catalog.int8 | NO | null | ALWAYS | 100 | null | null | null",
                        "email | app.citext | NO | null | null | null | null | null | null",
                        "name | pg_catalog.text | NO | null | null | null | null | C | what we call them",
                        "name_upper | pg_catalog.text | YES | null | null | null | upper(name) | null | null",
                        "created | pg_catalog.timestamptz | YES | now() | null | null | null | null | null");
        assertThat(Catalog.query(db, "SELECT column_name, column_default FROM information_schema.columns"
                + " WHERE table_schema = 'app' AND table_name = 'orders' ORDER BY ordinal_position"))
                .containsExactly(
                        "id | nextval('app.orders_id_seq'::regclass)",
                        "customer_id | null",
                        "status | 'new'::app.status",
                        "total | 0");
        assertThat(Catalog.query(db, "SELECT c.oid::regclass, c.relpersistence, obj_description(c.oid, 'pg_class')"
                + " FROM pg_class c WHERE c.oid IN ('app.cache'::regclass, 'app.customers'::regclass) ORDER BY c.relname"))
                .containsExactly("app.cache | u | null", "app.customers | p | people who buy");
    }

    @Test
    void createsEveryConstraintAsModelled(TestDatabase db) {
        PlanRunner.apply(plan(realm()), db);

        assertThat(Catalog.query(db, "SELECT conrelid::regclass, conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
                + " JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname IN " + SCHEMAS))
                .containsExactlyInAnyOrder(
                        "app.categories | categories_parent_fk | FOREIGN KEY (parent_id) REFERENCES app.categories(id)",
                        "app.categories | categories_pkey | PRIMARY KEY (id)",
                        "app.codes | codes_pkey | PRIMARY KEY (id)",
                        "app.customers | customers_email_key | UNIQUE NULLS NOT DISTINCT (email) DEFERRABLE",
                        "app.customers | customers_pkey | PRIMARY KEY (id)",
                        "app.customers | name_not_empty | CHECK ((name <> ''::text)) NO INHERIT",
                        "app.customers | recent | CHECK ((created > '2000-01-01 00:00:00+00'::timestamp with time zone))"
                                + " NOT VALID",
                        "app.events | events_customer_fk | FOREIGN KEY (customer_id) REFERENCES app.customers(id)",
                        "app.events | events_pkey | PRIMARY KEY (id, created)",
                        "app.events | positive_id | CHECK ((id > 0))",
                        "app.events_2024 | events_2024_pkey | PRIMARY KEY (id, created)",
                        "app.events_2024 | events_customer_fk | FOREIGN KEY (customer_id) REFERENCES app.customers(id)",
                        "app.events_2024 | positive_id | CHECK ((id > 0))",
                        "app.events_default | events_customer_fk | FOREIGN KEY (customer_id) REFERENCES app.customers(id)",
                        "app.events_default | events_default_pkey | PRIMARY KEY (id, created)",
                        "app.events_default | positive_id | CHECK ((id > 0))",
                        "app.orders | orders_customer_fk | FOREIGN KEY (customer_id) REFERENCES app.customers(id)"
                                + " ON DELETE CASCADE",
                        "app.orders | orders_pkey | PRIMARY KEY (id)",
                        "app.uses | uses_code_fk | FOREIGN KEY (code) REFERENCES app.codes(code) NOT VALID",
                        "\"Sales Data\".\"Manager\" | Manager_pkey | PRIMARY KEY (id)",
                        "\"Sales Data\".\"Manager\" | manager_region_fk | FOREIGN KEY (region_id)"
                                + " REFERENCES \"Sales Data\".\"Region\"(id) MATCH FULL DEFERRABLE INITIALLY DEFERRED",
                        "\"Sales Data\".\"Region\" | Region_pkey | PRIMARY KEY (id)",
                        "\"Sales Data\".\"Region\" | region_manager_fk | FOREIGN KEY (manager_id)"
                                + " REFERENCES \"Sales Data\".\"Manager\"(id) ON UPDATE SET NULL");
    }

    @Test
    void createsEveryIndexAsModelled(TestDatabase db) {
        PlanRunner.apply(plan(realm()), db);

        assertThat(Catalog.query(db, "SELECT indexdef FROM pg_indexes WHERE schemaname IN " + SCHEMAS
                + " AND indexname NOT LIKE '%pkey' ORDER BY indexname"))
                .containsExactly(
                        "CREATE UNIQUE INDEX codes_code_idx ON app.codes USING btree (code)",
                        "CREATE UNIQUE INDEX customers_email_key ON app.customers USING btree (email)"
                                + " NULLS NOT DISTINCT",
                        "CREATE INDEX customers_name_trgm ON app.customers USING gin (name gin_trgm_ops)",
                        "CREATE INDEX events_2024_customer_idx ON app.events_2024 USING btree (customer_id)",
                        "CREATE INDEX events_customer_idx ON ONLY app.events USING btree (customer_id)",
                        "CREATE INDEX events_default_customer_id_idx ON app.events_default USING btree (customer_id)",
                        "CREATE UNIQUE INDEX orders_open ON app.orders USING btree (customer_id DESC NULLS LAST,"
                                + " abs(total)) INCLUDE (total) NULLS NOT DISTINCT WITH (fillfactor='70')"
                                + " WHERE (status <> 'paid'::app.status)");
        assertThat(Catalog.query(db, "SELECT obj_description('app.orders_open'::regclass, 'pg_class'),"
                + " obj_description('app.customers_email_key'::regclass, 'pg_class')"))
                .containsExactly("open orders | one account per email");
    }

    @Test
    void attachesPartitionsAndTheirOwnKeysAndIndexesToTheParent(TestDatabase db) {
        PlanRunner.apply(plan(realm()), db);

        assertThat(Catalog.query(db, "SELECT c.oid::regclass, pg_get_expr(c.relpartbound, c.oid) FROM pg_class c"
                + " WHERE c.relispartition AND c.relkind IN ('r', 'p') ORDER BY c.relname"))
                .containsExactly(
                        "app.events_2024 | FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                        "app.events_default | DEFAULT");
        assertThat(Catalog.query(db, "SELECT inhrelid::regclass, inhparent::regclass FROM pg_inherits"))
                .containsExactlyInAnyOrder(
                        "app.events_2024 | app.events",
                        "app.events_default | app.events",
                        "app.events_2024_pkey | app.events_pkey",
                        "app.events_default_pkey | app.events_pkey",
                        "app.events_2024_customer_idx | app.events_customer_idx",
                        "app.events_default_customer_id_idx | app.events_customer_idx");
        assertThat(Catalog.query(db, "SELECT column_name, is_nullable, column_default FROM information_schema.columns"
                + " WHERE table_schema = 'app' AND table_name = 'events_default' ORDER BY ordinal_position"))
                .containsExactly(
                        "id | NO | null",
                        "created | NO | null",
                        "customer_id | NO | null",
                        "note | NO | 'default'::text");
        assertThat(Catalog.query(db, "SELECT column_name, column_default FROM information_schema.columns"
                + " WHERE table_schema = 'app' AND table_name = 'events_2024' ORDER BY ordinal_position"))
                .containsExactly("id | null", "created | null", "customer_id | null", "note | null");
    }

    @Test
    void keepsTheNamesOfEveryLevelOfNestedPartitions(TestDatabase db) {
        Table root = Table.builder("m").column(column("k", "integer").withNullable(false))
                .column(column("id", "integer").withNullable(false))
                .primaryKey(PrimaryKey.of("m_pk", "k", "id")).index(Index.on("m_id", "id"))
                .attribute(PARTITION_KEY, "LIST (k)").build();
        Table middle = root.toBuilder().name("m1").primaryKey(PrimaryKey.of("m1_pk", "k", "id"))
                .indexes(List.of(Index.on("m1_id", "id")))
                .attribute(PARTITION_OF, "s.m").attribute(PARTITION_BOUND, "FOR VALUES IN (1, 2)")
                .attribute(PARTITION_KEY, "LIST (id)").build();
        Table leaf = middle.toBuilder().name("m11").primaryKey(PrimaryKey.of("m11_pk", "k", "id"))
                .indexes(List.of(Index.on("m11_id", "id")))
                .attribute(PARTITION_OF, "s.m1").attribute(PARTITION_BOUND, "FOR VALUES IN (7)")
                .attribute(PARTITION_KEY, null).build();
        Plan plan = plan(Schema.builder("s").table(leaf).table(middle).table(root).build());

        PlanRunner.apply(plan, db);

        assertThat(Catalog.query(db, "SELECT inhrelid::regclass, inhparent::regclass FROM pg_inherits"))
                .containsExactlyInAnyOrder("s.m1 | s.m", "s.m11 | s.m1", "s.m1_pk | s.m_pk", "s.m11_pk | s.m1_pk",
                        "s.m1_id | s.m_id", "s.m11_id | s.m1_id");
        PlanRunner.revert(plan, db);
        assertThat(Catalog.query(db, "SELECT nspname FROM pg_namespace WHERE nspname = 's'")).isEmpty();
    }

    @Test
    void reversesUndoThePlanInReverseOrder(TestDatabase db) {
        Plan plan = plan(realm());
        PlanRunner.apply(plan, db);

        PlanRunner.revert(plan, db);

        assertThat(Catalog.query(db, "SELECT nspname FROM pg_namespace WHERE nspname IN " + SCHEMAS)).containsExactly("public");
        assertThat(Catalog.query(db, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"))
                .containsExactly("0");
        assertThat(Catalog.query(db, "SELECT extname FROM pg_extension")).containsExactly("plpgsql");
    }

    @Test
    void writesTrickyNamesAndTextSoThatPostgresqlReadsThemBackExactly(TestDatabase db) {
        String comment = "it's \"quoted\", C:\\path\\n, a\nnew line, a\ttab, ünïcödé 🐘";
        Table table = Table.builder("select")
                .column(column("Größe", "text").withComment(comment))
                .column(column("user", "\"We\"\"ird\".\"Type\""))
                .comment(comment)
                .index(Index.on("Größe index", "Größe", "user"))
                .build();
        Schema schema = Schema.builder("We\"ird")
                .enumType(new EnumType("Type", List.of("a'b", "c\\d", "e\nf", ""), comment))
                .table(table)
                .comment(comment)
                .build();

        PlanRunner.apply(plan(schema), db);

        assertThat(Catalog.query(db, "SELECT enumlabel FROM pg_enum WHERE enumtypid = '\"We\"\"ird\".\"Type\"'::regtype"
                + " ORDER BY enumsortorder")).containsExactly("a'b", "c\\d", "e\nf", "");
        assertThat(Catalog.query(db, "SELECT obj_description('\"We\"\"ird\"'::regnamespace, 'pg_namespace')",
                "SELECT obj_description('\"We\"\"ird\".\"Type\"'::regtype, 'pg_type')",
                "SELECT obj_description('\"We\"\"ird\".\"select\"'::regclass, 'pg_class')",
                "SELECT col_description('\"We\"\"ird\".\"select\"'::regclass, 1)"))
                .containsOnly(comment).hasSize(4);
        assertThat(Catalog.query(db, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'We\"ird'"))
                .containsExactly("Größe index | CREATE INDEX \"Größe index\" ON \"We\"\"ird\".\"select\" USING btree"
                        + " (\"Größe\", \"user\")");
    }

    /** A realm with one of everything the planner creates. */
    private static Realm realm() {
        Identity from100 = new Identity(Generation.ALWAYS, 100, 1, 1, Long.MAX_VALUE, 1, false);
        Table customers = Table.builder("customers")
                .column(column("id", "bigint").withNullable(false).with(IDENTITY, from100))
                .column(column("email", "app.citext").withNullable(false))
                .column(column("name", "text").withCollation("C").withNullable(false).withComment("what we call them"))
                .column(column("name_upper", "text").withGenerated(Generated.stored("upper(name)")))
                .column(column("created", "timestamp with time zone").withDefault("now()"))
                .primaryKey(PrimaryKey.of("customers_pkey", "id"))
                .index(Index.uniqueOn("customers_email_key", "email").with(INDEX_CONSTRAINT, true)
                        .with(INDEX_NULLS_NOT_DISTINCT, true).with(DEFERRABLE, true).withComment("one account per email"))
                .index(new Index("customers_name_trgm", false, List.of(IndexPart.column("name")
                        .with(PART_OPCLASS, "public.gin_trgm_ops")), null, Attributes.of(INDEX_METHOD, "gin")))
                .check(Check.of("name_not_empty", "name <> ''::text").with(CHECK_NO_INHERIT, true))
                .check(Check.of("recent", "created > '2000-01-01 00:00:00+00'::timestamp with time zone")
                        .with(NOT_VALID, true))
                .comment("people who buy")
                .build();
        Table orders = Table.builder("orders")
                .column(column("id", "integer").withNullable(false).withDefault("nextval('app.orders_id_seq'::regclass)"))
                .column(column("customer_id", "bigint"))
                .column(column("status", "app.status").withDefault("'new'::app.status"))
                .column(column("total", "numeric(10,2)").withDefault("0"))
                .primaryKey(PrimaryKey.of("orders_pkey", "id"))
                .foreignKey(new ForeignKey("orders_customer_fk", List.of("customer_id"), "app", "customers",
                        List.of("id"), null, ReferentialAction.CASCADE, null))
                .index(new Index("orders_open", true, List.of(
                        IndexPart.column("customer_id").descending(true).with(PART_NULLS, "LAST"),
                        IndexPart.expression("abs(total)")), "open orders", Attributes.empty())
                        .with(INDEX_INCLUDE, List.of("total")).with(INDEX_NULLS_NOT_DISTINCT, true)
                        .with(INDEX_STORAGE_PARAMETERS, Map.of("fillfactor", "70"))
                        .with(INDEX_PREDICATE, "(status <> 'paid'::app.status)"))
                .build();
        Table categories = Table.builder("categories")
                .column(column("id", "integer").withNullable(false))
                .column(column("parent_id", "integer"))
                .primaryKey(PrimaryKey.of("categories_pkey", "id"))
                .foreignKey(new ForeignKey("categories_parent_fk", List.of("parent_id"), "app", "categories",
                        List.of("id"), null, null, null))
                .build();
        Table codes = Table.builder("codes")
                .column(column("id", "integer").withNullable(false))
                .column(column("code", "text"))
                .primaryKey(PrimaryKey.of("codes_pkey", "id"))
                .index(Index.uniqueOn("codes_code_idx", "code"))
                .build();
        Table uses = Table.builder("uses")
                .column(column("code", "text"))
                .foreignKey(new ForeignKey("uses_code_fk", List.of("code"), "app", "codes", List.of("code"),
                        null, null, Attributes.of(NOT_VALID, true)))
                .build();
        Table cache = Table.builder("cache").column(column("k", "text")).attribute(UNLOGGED, true).build();
        List<Column> eventColumns = List.of(
                column("id", "bigint").withNullable(false),
                column("created", "date").withNullable(false),
                column("customer_id", "bigint").withNullable(false),
                column("note", "text"));
        Table events = Table.builder("events")
                .columns(eventColumns)
                .primaryKey(PrimaryKey.of("events_pkey", "id", "created"))
                .index(Index.on("events_customer_idx", "customer_id"))
                .foreignKey(new ForeignKey("events_customer_fk", List.of("customer_id"), "app", "customers",
                        List.of("id"), null, null, null))
                .check(Check.of("positive_id", "id > 0"))
                .attribute(PARTITION_KEY, "RANGE (created)")
                .build();
        Table events2024 = events.toBuilder().name("events_2024")
                .primaryKey(PrimaryKey.of("events_2024_pkey", "id", "created"))
                .indexes(List.of(Index.on("events_2024_customer_idx", "customer_id")))
                .attribute(PARTITION_KEY, null)
                .attribute(PARTITION_OF, "app.events")
                .attribute(PARTITION_BOUND, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
                .build();
        Table eventsDefault = Table.builder("events_default")
                .columns(eventColumns.subList(0, 3))
                .column(column("note", "text").withNullable(false).withDefault("'default'::text"))
                .attribute(PARTITION_OF, "app.events")
                .attribute(PARTITION_BOUND, "DEFAULT")
                .build();
        Schema app = Schema.builder("app")
                .comment("Application data")
                .enumType(EnumType.of("status", "new", "paid", "it's shipped", "back\\slash"))
                .sequence(new Sequence("invoice_numbers", "integer", 1000, 10, 1000, 2_000_000, 5, true, null,
                        "numbers of invoices", null))
                .sequence(new Sequence("orders_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                        new Sequence.Owner("orders", "id"), null, null))
                .tables(List.of(customers, orders, categories, codes, uses, cache, events, events2024, eventsDefault))
                .build();
        Table region = Table.builder("Region")
                .column(column("id", "integer").withNullable(false))
                .column(column("manager_id", "integer"))
                .primaryKey(PrimaryKey.of("Region_pkey", "id"))
                .foreignKey(new ForeignKey("region_manager_fk", List.of("manager_id"), "Sales Data", "Manager",
                        List.of("id"), ReferentialAction.SET_NULL, null, null))
                .build();
        Table manager = Table.builder("Manager")
                .column(column("id", "integer").withNullable(false))
                .column(column("region_id", "integer"))
                .primaryKey(PrimaryKey.of("Manager_pkey", "id"))
                .foreignKey(new ForeignKey("manager_region_fk", List.of("region_id"), "Sales Data", "Region",
                        List.of("id"), null, null,
                        Attributes.of(FK_MATCH, "FULL").with(DEFERRABLE, true).with(INITIALLY_DEFERRED, true)))
                .build();
        Schema sales = Schema.builder("Sales Data").table(region).table(manager).build();
        return new Realm(List.of(Schema.named("public"), app, sales), List.of(
                new Extension("citext", "app", "1.6", "case-insensitive text"),
                new Extension("pg_trgm", "public", "1.6", null)), Attributes.empty());
    }
}
