package dev.atlasj.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.Atlas;
import dev.atlasj.diff.Changes;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Realm;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What {@code atlas schema inspect --format sql} promises: the DDL planned from an inspected schema
 * rebuilds, in an empty database, a schema that inspects equal.
 */
@ExtendWith(DatabaseExtension.class)
class RoundTripTest {

    private static final String RICH_SCHEMA = """
            CREATE EXTENSION pg_trgm;
            CREATE EXTENSION citext WITH SCHEMA public;
            CREATE SCHEMA billing;
            COMMENT ON SCHEMA billing IS 'money lives here';
            CREATE SCHEMA "Mixed Case";
            CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
            COMMENT ON TYPE public.mood IS 'how it went';
            CREATE TYPE billing.currency AS ENUM ('EUR', 'USD', 'it''s');
            CREATE SEQUENCE billing.invoice_numbers AS integer START WITH 1000 INCREMENT BY 7 MAXVALUE 999999 CACHE 5 CYCLE;
            COMMENT ON SEQUENCE billing.invoice_numbers IS 'gapless enough';

            CREATE TABLE public.orgs (
                id serial PRIMARY KEY,
                name citext NOT NULL UNIQUE,
                slug text COLLATE "C" NOT NULL,
                created_at timestamptz(3) NOT NULL DEFAULT now(),
                CONSTRAINT orgs_slug_format CHECK (slug ~ '^[a-z-]+$') NO INHERIT
            );
            COMMENT ON TABLE public.orgs IS 'tenants';
            COMMENT ON COLUMN public.orgs.slug IS 'URL part, ''quoted'' and back\\slashed';

            CREATE TABLE public.users (
                id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10) PRIMARY KEY,
                org_id integer NOT NULL REFERENCES public.orgs (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                manager_id bigint REFERENCES public.users (id) ON DELETE SET NULL,
                email text NOT NULL,
                mood public.mood DEFAULT 'ok',
                tags text[] NOT NULL DEFAULT '{}',
                score numeric(10, 2) CHECK (score >= 0),
                email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED,
                "order" integer,
                "select" text,
                CONSTRAINT users_email_org UNIQUE NULLS NOT DISTINCT (org_id, email) INCLUDE (mood)
            );
            CREATE INDEX users_lower_email ON public.users (lower(email) DESC NULLS LAST) WHERE mood <> 'sad';
            CREATE INDEX users_tags ON public.users USING gin (tags);
            CREATE INDEX users_email_trgm ON public.users USING gist (email gist_trgm_ops);
            CREATE INDEX users_score_brin ON public.users USING brin (score) WITH (pages_per_range = 32);
            CREATE INDEX users_org_hash ON public.users USING hash (org_id);
            CREATE INDEX users_order ON public.users ("order" NULLS FIRST, "select" COLLATE "C") WITH (fillfactor = 70);
            COMMENT ON INDEX public.users_tags IS 'tag search';

            CREATE TABLE billing.invoices (
                number integer NOT NULL DEFAULT nextval('billing.invoice_numbers'),
                org_id integer NOT NULL,
                currency billing.currency NOT NULL,
                issued_on date NOT NULL,
                total numeric NOT NULL,
                PRIMARY KEY (number, issued_on),
                FOREIGN KEY (org_id) REFERENCES public.orgs (id) MATCH FULL ON UPDATE RESTRICT
            ) PARTITION BY RANGE (issued_on);
            CREATE TABLE billing.invoices_2025 PARTITION OF billing.invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            CREATE TABLE billing.invoices_2026 PARTITION OF billing.invoices FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            ALTER SEQUENCE billing.invoice_numbers OWNED BY billing.invoices.number;

            CREATE UNLOGGED TABLE "Mixed Case"."Événements 数据" (
                "ID" uuid PRIMARY KEY,
                "Parent" uuid,
                payload jsonb,
                CONSTRAINT "Self" FOREIGN KEY ("Parent") REFERENCES "Mixed Case"."Événements 数据" ("ID") NOT VALID
            );
            CREATE TABLE "Mixed Case".a (id int PRIMARY KEY, b_id int);
            CREATE TABLE "Mixed Case".b (id int PRIMARY KEY, a_id int REFERENCES "Mixed Case".a (id));
            ALTER TABLE "Mixed Case".a ADD FOREIGN KEY (b_id) REFERENCES "Mixed Case".b (id);
            """;

    @Test
    void theDdlOfAnInspectedSchemaRebuildsAnEqualSchema(TestDatabase source, TestDatabase copy) {
        source.execute(RICH_SCHEMA);
        Realm original = Atlas.connect(source.dataSource()).inspect().run();

        Plan ddl = new PostgresPlanner().plan(Changes.toCreate(original));
        PlanRunner.apply(ddl, copy);
        Realm rebuilt = Atlas.connect(copy.dataSource()).inspect().run();

        assertThat(new Differ(DiffRules.EXACT).diff(original, rebuilt)).isEmpty();
        assertThat(rebuilt).isEqualTo(original);
        assertThat(original.schemas()).hasSize(3);
        assertThat(original.schema("billing").orElseThrow().tables()).hasSize(3);
    }
}
