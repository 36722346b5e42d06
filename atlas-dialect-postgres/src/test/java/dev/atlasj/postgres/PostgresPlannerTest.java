package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.plan;
import static dev.atlasj.postgres.Planning.reverses;
import static dev.atlasj.postgres.Planning.sql;
import static dev.atlasj.postgres.Planning.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresPlannerTest {

    @Test
    void createsASchemaWithItsComment() {
        Plan plan = plan(Schema.builder("sales").comment("What we sold").build());

        assertThat(sql(plan)).containsExactly(
                "CREATE SCHEMA sales",
                "COMMENT ON SCHEMA sales IS 'What we sold'");
        assertThat(reverses(plan)).containsExactly(
                "DROP SCHEMA sales",
                "COMMENT ON SCHEMA sales IS NULL");
    }

    @Test
    void createsPublicOnlyIfMissingAndNeverDropsItToUndo() {
        Plan plan = plan(Schema.named("public"));

        assertThat(sql(plan)).containsExactly("CREATE SCHEMA IF NOT EXISTS public");
        assertThat(plan.statements().get(0).reverse()).isNull();
    }

    @Test
    void everyStatementMayRunInATransaction() {
        Plan plan = plan(Schema.builder("s").table(table("t", column("id", "integer"))).build());

        assertThat(plan.transactional()).isTrue();
        assertThat(plan.statements()).allMatch(PlannedStatement::transactional);
    }

    @Test
    void installsAnExtensionInItsSchemaAtItsVersion() {
        Extension trgm = new Extension("pg_trgm", "public", "1.6", "trigram matching");
        Plan plan = plan(Realm.empty().withExtensions(List.of(trgm)));

        assertThat(sql(plan)).containsExactly(
                "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public VERSION '1.6'",
                "COMMENT ON EXTENSION pg_trgm IS 'trigram matching'");
        assertThat(plan.statements().get(0).reverse()).isEqualTo("DROP EXTENSION pg_trgm");
    }

    @Test
    void quotesNamesThatNeedIt() {
        Extension uuid = new Extension("uuid-ossp", null, null, null);

        assertThat(sql(plan(Realm.empty().withExtensions(List.of(uuid)))))
                .containsExactly("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"");
    }

    @Test
    void comeAfterTheSchemaTheyAreInstalledIn() {
        Extension trgm = new Extension("pg_trgm", "ext", "1.6", null);
        Realm realm = Realm.of(Schema.named("ext")).withExtensions(List.of(trgm));

        assertThat(sql(plan(realm))).containsExactly(
                "CREATE SCHEMA ext",
                "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext VERSION '1.6'");
    }

    @Test
    void createsAnEnumWithItsLabelsInOrderAndItsComment() {
        EnumType mood = new EnumType("mood", List.of("sad", "ok", "it's great", "C:\\"), "How it feels");
        Plan plan = plan(Schema.builder("public").enumType(mood).build());

        assertThat(sql(plan)).containsExactly(
                "CREATE SCHEMA IF NOT EXISTS public",
                "CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'it''s great', E'C:\\\\')",
                "COMMENT ON TYPE public.mood IS 'How it feels'");
        assertThat(plan.statements().get(1).reverse()).isEqualTo("DROP TYPE public.mood");
    }

    @Test
    void comesBeforeTheTablesThatUseIt() {
        Schema schema = Schema.builder("app")
                .table(table("a_people", column("feeling", "app.mood")))
                .enumType(EnumType.of("mood", "sad", "happy"))
                .build();

        assertThat(sql(plan(schema))).containsExactly(
                "CREATE SCHEMA app",
                "CREATE TYPE app.mood AS ENUM ('sad', 'happy')",
                "CREATE TABLE app.a_people (feeling app.mood)");
    }

    @Test
    void spellsNothingWhenEverythingIsTheDefault() {
        Plan plan = plan(Schema.builder("public").sequence(Sequence.of("ids").withComment("ids for all")).build());

        assertThat(sql(plan)).containsExactly(
                "CREATE SCHEMA IF NOT EXISTS public",
                "CREATE SEQUENCE public.ids",
                "COMMENT ON SEQUENCE public.ids IS 'ids for all'");
        assertThat(plan.statements().get(1).reverse()).isEqualTo("DROP SEQUENCE public.ids");
    }

    @Test
    void spellsTheTypeAndEveryOptionThatIsNotTheDefault() {
        Sequence tickets = new Sequence("tickets", "integer", 100, 10, 50, 100000, 20, true, null, null, null);

        assertThat(sql(plan(Schema.builder("s").sequence(tickets).build()))).contains(
                "CREATE SEQUENCE s.tickets AS integer START WITH 100 INCREMENT BY 10 MINVALUE 50 MAXVALUE 100000"
                        + " CACHE 20 CYCLE");
    }

    @Test
    void knowsTheDefaultsOfEachTypeAndDirection() {
        Sequence small = new Sequence("small", "smallint", 1, 1, 1, Short.MAX_VALUE, 1, false, null, null, null);
        Sequence down = new Sequence("down", "integer", -1, -1, Integer.MIN_VALUE, -1, 1, false, null, null, null);
        Sequence downFrom = new Sequence("down_from", "bigint", 0, -2, Long.MIN_VALUE, 0, 1, false, null, null, null);

        assertThat(sql(plan(Schema.builder("s").sequence(small).sequence(down).sequence(downFrom).build())))
                .containsExactly(
                        "CREATE SCHEMA s",
                        "CREATE SEQUENCE s.down AS integer INCREMENT BY -1",
                        "CREATE SEQUENCE s.down_from INCREMENT BY -2 MAXVALUE 0",
                        "CREATE SEQUENCE s.small AS smallint");
    }

    @Test
    void comesBeforeTheDefaultThatUsesItAndIsOwnedByItsColumnOnceTheTableExists() {
        Schema schema = Schema.builder("public")
                .sequence(new Sequence("orders_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                        new Sequence.Owner("orders", "id"), null, null))
                .table(table("orders", column("id", "integer")
                        .withDefault("nextval('orders_id_seq'::regclass)").withNullable(false)))
                .build();
        Plan plan = plan(schema);

        assertThat(sql(plan)).containsExactly(
                "CREATE SCHEMA IF NOT EXISTS public",
                "CREATE SEQUENCE public.orders_id_seq AS integer",
                "CREATE TABLE public.orders (id integer DEFAULT nextval('orders_id_seq'::regclass) NOT NULL)",
                "ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id");
        assertThat(plan.statements().get(3).reverse())
                .isEqualTo("ALTER SEQUENCE public.orders_id_seq OWNED BY NONE");
    }

    @Test
    void quotesReservedMixedCaseAndUnicodeNamesEverywhere() {
        Table order = Table.builder("Order")
                .column(column("user", "integer").withNullable(false).withComment("who's \"it\""))
                .column(column("größe", "text"))
                .column(column("select", "text"))
                .primaryKey(PrimaryKey.of("Order pkey", "user"))
                .index(Index.on("Order.größe", "größe", "select"))
                .comment("Bestellungen")
                .build();
        Plan plan = plan(Schema.builder("My Schema").table(order).enumType(EnumType.of("Type", "A")).build());

        assertThat(sql(plan)).containsExactly(
                "CREATE SCHEMA \"My Schema\"",
                "CREATE TYPE \"My Schema\".\"Type\" AS ENUM ('A')",
                "CREATE TABLE \"My Schema\".\"Order\" (\"user\" integer NOT NULL, \"größe\" text, \"select\" text,"
                        + " CONSTRAINT \"Order pkey\" PRIMARY KEY (\"user\"))",
                "COMMENT ON TABLE \"My Schema\".\"Order\" IS 'Bestellungen'",
                "COMMENT ON COLUMN \"My Schema\".\"Order\".\"user\" IS 'who''s \"it\"'",
                "CREATE INDEX \"Order.größe\" ON \"My Schema\".\"Order\" (\"größe\", \"select\")");
    }

    @Test
    void refusesChangesToObjectsItDoesNotHandleYetNamingThem() {
        assertRefused(new SchemaChange.AddObject("public", View.of("active", "SELECT 1")), "creating view public.active");
        assertRefused(new SchemaChange.DropObject("public", View.of("active", "SELECT 1")), "dropping view public.active");
        assertRefused(new SchemaChange.ModifyObject("public", View.of("active", "SELECT 1"), View.of("active", "SELECT 2")),
                "changing view public.active");
    }

    private void assertRefused(SchemaChange change, String description) {
        assertThatThrownBy(() -> Planning.PLANNER.plan(List.of(new SchemaChange.AddSchema(Schema.named("x")), change)))
                .isInstanceOf(PlanException.class)
                .hasMessage("PostgreSQL planning does not support " + description + " yet: it plans schemas,"
                        + " extensions, enum types, sequences and tables; views, functions and the other objects come later");
    }
}
