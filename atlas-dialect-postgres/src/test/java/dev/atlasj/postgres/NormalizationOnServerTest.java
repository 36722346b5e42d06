package dev.atlasj.postgres;

import static dev.atlasj.postgres.dsl.PostgresSchema.CASCADE;
import static dev.atlasj.postgres.dsl.PostgresSchema.check;
import static dev.atlasj.postgres.dsl.PostgresSchema.column;
import static dev.atlasj.postgres.dsl.PostgresSchema.comment;
import static dev.atlasj.postgres.dsl.PostgresSchema.createIndex;
import static dev.atlasj.postgres.dsl.PostgresSchema.createSequence;
import static dev.atlasj.postgres.dsl.PostgresSchema.createTable;
import static dev.atlasj.postgres.dsl.PostgresSchema.createType;
import static dev.atlasj.postgres.dsl.PostgresSchema.foreignKey;
import static dev.atlasj.postgres.dsl.PostgresSchema.primaryKey;
import static dev.atlasj.postgres.dsl.PostgresSchema.schema;
import static dev.atlasj.postgres.dsl.PostgresSchema.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.Atlas;
import dev.atlasj.diff.Changes;
import dev.atlasj.diff.ColumnChangeKind;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange.ModifyColumn;
import dev.atlasj.schema.Realm;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two spellings of one schema, each loaded into a database of its own and inspected there, diff
 * empty both ways; and a schema built with the Java builder diffs empty against the same schema
 * created in SQL, which is the comparison made without a dev database.
 */
@ExtendWith(DatabaseExtension.class)
class NormalizationOnServerTest {

    private static final Differ DIFFER = new Differ(new PostgresDiffRules());

    private static Realm inspect(TestDatabase db, String ddl) {
        db.execute(ddl);
        return Atlas.connect(db.dataSource()).inspect().run();
    }

    /** Asserts that the two spellings diff empty in both directions. */
    private static void assertSame(TestDatabase one, String ddl, TestDatabase other, String otherDdl) {
        Realm a = inspect(one, ddl);
        Realm b = inspect(other, otherDdl);
        assertThat(DIFFER.diff(a, b)).isEmpty();
        assertThat(DIFFER.diff(b, a)).isEmpty();
    }

    @Test
    void serialIsAnIntegerWithASequenceOwnedByTheColumn(TestDatabase serial, TestDatabase spelledOut) {
        assertSame(serial, "CREATE TABLE t (id serial PRIMARY KEY, big bigserial);",
                spelledOut, """
                CREATE SEQUENCE t_id_seq AS integer;
                CREATE SEQUENCE t_big_seq;
                CREATE TABLE t (
                    id integer NOT NULL DEFAULT nextval('t_id_seq'),
                    big bigint NOT NULL DEFAULT nextval('public.t_big_seq'::regclass),
                    CONSTRAINT t_pkey PRIMARY KEY (id)
                );
                ALTER SEQUENCE t_id_seq OWNED BY t.id;
                ALTER SEQUENCE t_big_seq OWNED BY t.big;
                """);
    }

    @Test
    void typeAliasesAreOneType(TestDatabase aliases, TestDatabase longForms) {
        assertSame(aliases, "CREATE TABLE t (a int4, b varchar(10), c timestamptz, d bool, e float8, f decimal(10,2),"
                        + " g int[], h timestamptz(3), i char(2), j int8);",
                longForms, "CREATE TABLE t (a integer, b character varying(10), c timestamp with time zone, d boolean,"
                        + " e double precision, f numeric(10,2), g integer[], h timestamp(3) with time zone,"
                        + " i character(2), j bigint);");
    }

    @Test
    void defaultsWithAndWithoutCasts(TestDatabase bare, TestDatabase cast) {
        assertSame(bare, """
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE TABLE t (a text DEFAULT 'a', m mood DEFAULT 'ok', n bigint DEFAULT '0', tags text[] DEFAULT '{}',
                                b boolean DEFAULT 't', p numeric DEFAULT '1.50', neg int DEFAULT -1);
                """,
                cast, """
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE TABLE t (a text DEFAULT 'a'::text, m mood DEFAULT 'ok'::public.mood, n bigint DEFAULT 0,
                                tags text[] DEFAULT '{}'::text[], b boolean DEFAULT true, p numeric DEFAULT 1.50,
                                neg int DEFAULT '-1'::integer);
                """);
    }

    @Test
    void inlineAndTableLevelConstraints(TestDatabase inline, TestDatabase tableLevel) {
        assertSame(inline, """
                CREATE TABLE r (id int PRIMARY KEY);
                CREATE TABLE t (a int UNIQUE CHECK (a > 0), b int REFERENCES r, c int NOT NULL PRIMARY KEY);
                """,
                tableLevel, """
                CREATE TABLE r (id int, PRIMARY KEY (id));
                CREATE TABLE t (a int, b int, c int,
                                CONSTRAINT t_a_key UNIQUE (a), CHECK (a > 0), FOREIGN KEY (b) REFERENCES r (id),
                                PRIMARY KEY (c));
                """);
    }

    @Test
    void aConstraintLeftUnnamedMatchesAnEqualOneUnderAnyName(TestDatabase unnamed, TestDatabase named) {
        Realm implicit = inspect(unnamed, """
                CREATE TABLE t (a int UNIQUE, b int CHECK (b > 0), CONSTRAINT x CHECK (a < b));
                CREATE INDEX ON t (lower(a::text));
                """);
        Realm chosen = inspect(named, """
                CREATE TABLE t (a int CONSTRAINT a_unique UNIQUE, b int CONSTRAINT positive CHECK (b > 0),
                                CONSTRAINT x CHECK (a < b));
                CREATE INDEX by_lower_a ON t (lower(a::text));
                """);

        assertThat(DIFFER.diff(chosen, implicit)).as("the desired side let PostgreSQL name them").isEmpty();
        assertThat(DIFFER.diff(implicit, chosen)).as("the desired side chose names").isNotEmpty();
    }

    @Test
    void andChainsTheServerKeepsNestedAreOneList(TestDatabase left, TestDatabase right) {
        assertSame(left, "CREATE TABLE t (a int, CONSTRAINT c CHECK ((a > 0 AND a < 10) AND a <> 5));",
                right, "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0 AND (a < 10 AND a <> 5)));");
    }

    @Test
    void quotedNamesAreTheNamesInside(TestDatabase quoted, TestDatabase bare, TestDatabase mixed) {
        assertSame(quoted, "CREATE TABLE \"users\" (\"id\" int, CONSTRAINT \"users_id_check\" CHECK (\"id\" > 0));",
                bare, "CREATE TABLE users (id int CHECK (ID > 0));");

        List<SchemaChange> changes = DIFFER.diff(inspect(mixed, "CREATE TABLE \"Users\" (id int CHECK (id > 0));"),
                Atlas.connect(bare.dataSource()).inspect().run());

        assertThat(changes).hasSize(2).hasAtLeastOneElementOfType(DropTable.class).hasAtLeastOneElementOfType(AddTable.class);
    }

    @Test
    void aRealDifferenceIsStillReported(TestDatabase one, TestDatabase other) {
        Realm a = inspect(one, "CREATE TABLE t (a int DEFAULT 0, b text, c text CHECK (c <> ''));"
                + " CREATE INDEX t_b ON t (b);");
        Realm b = inspect(other, "CREATE TABLE t (a bigint DEFAULT 1, b text, c text CHECK (c <> 'x'));"
                + " CREATE INDEX t_b ON t (b DESC);");

        List<SchemaChange> changes = DIFFER.diff(a, b);

        assertThat(changes).hasSize(1);
        assertThat(((ModifyTable) changes.get(0)).changes())
                .anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(ModifyColumn.class, m -> assertThat(m.kinds())
                        .containsExactlyInAnyOrder(ColumnChangeKind.TYPE, ColumnChangeKind.DEFAULT)))
                .anySatisfy(c -> assertThat(c).isInstanceOf(dev.atlasj.diff.TableChange.ModifyIndex.class))
                .anySatisfy(c -> assertThat(c).isInstanceOf(dev.atlasj.diff.TableChange.ModifyCheck.class))
                .hasSize(3);
    }

    @Test
    void aSchemaBuiltInJavaDiffsEmptyAgainstTheSameSchemaCreatedInSql(TestDatabase db) {
        Realm fromSql = inspect(db, """
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE SEQUENCE invoice_numbers AS integer START WITH 1000 INCREMENT BY 10;
                CREATE TABLE orgs (
                    id serial PRIMARY KEY,
                    name varchar(100) NOT NULL UNIQUE,
                    created timestamptz NOT NULL DEFAULT now()
                );
                CREATE TABLE users (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    email text NOT NULL CHECK (email LIKE '%@%'),
                    mood mood DEFAULT 'ok',
                    score numeric(5,2) NOT NULL DEFAULT 0,
                    active boolean NOT NULL DEFAULT true,
                    org_id integer REFERENCES orgs (id) ON DELETE CASCADE,
                    UNIQUE (email, org_id),
                    CHECK (score BETWEEN 0 AND 100),
                    CHECK (mood IS NOT NULL OR NOT active)
                );
                COMMENT ON TABLE users IS 'people';
                CREATE TABLE memberships (
                    user_id bigint,
                    org_id integer,
                    CONSTRAINT memberships_pk PRIMARY KEY (user_id, org_id),
                    FOREIGN KEY (user_id) REFERENCES users (id)
                );
                CREATE INDEX users_lower_email ON users (lower(email)) WHERE mood <> 'sad' AND active;
                CREATE INDEX users_org_idx ON users USING btree (org_id DESC NULLS FIRST);
                """);
        Realm fromJava = Realm.of(schema("public",
                createType("mood").asEnum("sad", "ok", "happy"),
                createSequence("invoice_numbers").as("int4").startWith(1000).incrementBy(10),
                createTable("orgs",
                        column("id", "serial").primaryKey(),
                        column("name", "varchar(100)").notNull().unique(),
                        column("created", "timestamptz").notNull().defaultValue("now()")),
                createTable("users",
                        column("id", "bigint").generatedAlwaysAsIdentity().primaryKey(),
                        column("email", "text").notNull().check("email LIKE '%@%'"),
                        column("mood", "mood").defaultValue("'ok'"),
                        column("score", "numeric(5, 2)").notNull().defaultValue("0"),
                        column("active", "bool").notNull().defaultValue("TRUE"),
                        column("org_id", "int").references("orgs", "id").onDelete(CASCADE),
                        unique("email", "org_id"),
                        check("score BETWEEN 0 AND 100"),
                        check("mood IS NOT NULL OR NOT active"),
                        comment("people")),
                createTable("memberships",
                        column("user_id", "bigint"),
                        column("org_id", "integer"),
                        primaryKey("user_id", "org_id").named("memberships_pk"),
                        foreignKey("user_id").references("users", "id")),
                createIndex("users_lower_email").on("users").expression("lower(email)").where("mood <> 'sad' AND active"),
                createIndex("users_org_idx").on("users").columnDesc("org_id")));

        assertThat(DIFFER.diff(fromSql, fromJava)).isEmpty();
        assertThat(DIFFER.diff(fromJava, fromSql)).isEmpty();
    }

    /**
     * The planner writes the normalized model, so normalizing must keep its meaning: here, to the
     * letter of what PostgreSQL stores. (Not always to the letter: {@code DEFAULT '0'} on a bigint
     * column, stored as {@code '0'::bigint}, is normalized to {@code 0}, which PostgreSQL stores as
     * {@code 0}, the same value.)
     */
    @Test
    void aNormalizedInspectedSchemaMeansWhatItDid(TestDatabase source, TestDatabase copy) {
        Realm original = inspect(source, """
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE TABLE t (
                    id serial PRIMARY KEY,
                    name varchar(20) NOT NULL DEFAULT 'it''s' CHECK (name <> '' AND name NOT IN ('a', 'b')),
                    code char(3) DEFAULT 'ab' CHECK (code = 'abc' OR code IS NULL),
                    m mood DEFAULT 'ok' CHECK (m IN ('ok', 'sad')),
                    n bigint DEFAULT 0 CHECK (n BETWEEN -1 AND 10000000000),
                    p numeric(10,2) DEFAULT 1.50 CHECK (p > 0 AND p::int < 100),
                    b boolean DEFAULT 't',
                    d date DEFAULT '2020-01-01' CHECK (d > '2000-01-01'),
                    tags text[] DEFAULT '{}' CHECK (tags <> '{}' AND coalesce(name, '') <> ''),
                    total numeric GENERATED ALWAYS AS (p * n) STORED,
                    email text,
                    at timestamptz,
                    CHECK (email >= 'a' COLLATE "C" AND email || 'x' <> 'y' AND lower(email) = email),
                    CHECK (email NOT LIKE '%x' AND email ILIKE '%@%' AND email IS DISTINCT FROM name),
                    CHECK (CASE WHEN n > 0 THEN email IS NOT NULL ELSE true END),
                    CHECK (n NOT BETWEEN -5 AND -1 AND -n < 0 AND NOT (n = 3 OR n = 4)),
                    CHECK (email = ANY ('{a,b}') OR at > now() - interval '1 day' OR at IS NULL)
                );
                CREATE INDEX t_lower ON t (lower(name), (code || 'x') DESC) WHERE m <> 'sad' AND name LIKE 'x%';
                """);

        Realm normalized = new PostgresDiffRules().normalize(original);
        PlanRunner.apply(new PostgresPlanner().plan(Changes.toCreate(normalized)), copy);
        Realm rebuilt = Atlas.connect(copy.dataSource()).inspect().run();

        assertThat(rebuilt).isEqualTo(original);
    }

    @Test
    void theDialectFoundForAConnectionUsesTheseRules(TestDatabase db) {
        assertThat(Atlas.connect(db.dataSource()).dialect().diffRules()).isInstanceOf(PostgresDiffRules.class);
    }
}
