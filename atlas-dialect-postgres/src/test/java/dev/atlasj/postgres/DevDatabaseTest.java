package dev.atlasj.postgres;

import static dev.atlasj.postgres.dsl.PostgresSchema.check;
import static dev.atlasj.postgres.dsl.PostgresSchema.column;
import static dev.atlasj.postgres.dsl.PostgresSchema.createIndex;
import static dev.atlasj.postgres.dsl.PostgresSchema.createTable;
import static dev.atlasj.postgres.dsl.PostgresSchema.createType;
import static dev.atlasj.postgres.dsl.PostgresSchema.realm;
import static dev.atlasj.postgres.dsl.PostgresSchema.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.state.DesiredState;
import dev.atlasj.state.DesiredStateException;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.state.DevDatabaseException;
import dev.atlasj.state.DevSession;
import dev.atlasj.state.SqlScript;
import dev.atlasj.state.SqlScriptException;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(DatabaseExtension.class)
class DevDatabaseTest {

    @TempDir
    Path folder;

    private static DevDatabase dev(TestDatabase db) {
        return new PostgresDialect().devDatabase(db.dataSource());
    }

    @Test
    void loadsTheSqlFilesOfADirectoryInNameOrder(TestDatabase db) throws IOException {
        Path dir = Files.createDirectory(folder.resolve("schema"));
        Files.writeString(dir.resolve("10_indexes.sql"), "CREATE INDEX users_mood ON app.users (mood);\n");
        Files.writeString(dir.resolve("02_tables.sql"), "CREATE TABLE app.users (id bigint PRIMARY KEY, mood app.mood);\n");
        Files.writeString(dir.resolve("01_types.sql"), "CREATE SCHEMA app;\nCREATE TYPE app.mood AS ENUM ('sad', 'happy');\n");
        Files.writeString(dir.resolve("notes.txt"), "DROP SCHEMA app CASCADE;");
        Files.createDirectory(dir.resolve("old.sql"));

        Realm realm = DesiredState.sql(dir).read(DesiredState.Context.of(dev(db)));

        Schema app = realm.schema("app").orElseThrow();
        assertThat(realm.schemas()).extracting(Schema::name).containsExactly("app");
        assertThat(app.enumType("mood").orElseThrow().values()).containsExactly("sad", "happy");
        assertThat(app.table("users").orElseThrow().indexes()).extracting(i -> i.name()).contains("users_mood");
        assertEmpty(db);
    }

    @Test
    void serialAndAnOwnedSequenceWithItsDefaultComeOutEqual(TestDatabase db) {
        DevDatabase dev = dev(db);

        Realm serial = dev.load(List.of(new SqlScript("serial.sql", "CREATE TABLE t (id serial PRIMARY KEY);")));
        Realm spelledOut = dev.load(List.of(new SqlScript("sequence.sql", """
                CREATE SEQUENCE t_id_seq AS int4;
                CREATE TABLE "t" (ID int4 NOT NULL DEFAULT nextval('t_id_seq'), CONSTRAINT t_pkey PRIMARY KEY (id));
                ALTER SEQUENCE t_id_seq OWNED BY t.id;
                """)));

        assertThat(spelledOut).isEqualTo(serial);
        assertThat(serial.schema("public").orElseThrow().sequence("t_id_seq")).isPresent();
    }

    @Test
    void aSqlErrorNamesTheFileTheLineAndPostgresMessageAndLeavesTheDevDatabaseClean(TestDatabase db) throws IOException {
        Path dir = Files.createDirectory(folder.resolve("schema"));
        Files.writeString(dir.resolve("01_types.sql"), "CREATE TYPE mood AS ENUM ('sad', 'happy');\n");
        Files.writeString(dir.resolve("02_tables.sql"), """
                CREATE TABLE teams (id bigint PRIMARY KEY);

                CREATE TABLE users (
                    id bigint PRIMARY KEY,
                    mood mood,
                    team_id bigint REFERENCES teams
                    email text
                );
                """);

        assertThatThrownBy(() -> DesiredState.sql(dir).read(DesiredState.Context.of(dev(db))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessage(dir.resolve("02_tables.sql") + ":7: syntax error at or near \"email\"")
                .satisfies(e -> assertThat(((SqlScriptException) e).line()).isEqualTo(7));
        assertEmpty(db);
    }

    @Test
    void anErrorWithoutAPositionIsReportedAtTheStatementsFirstLine(TestDatabase db) {
        DevDatabase dev = dev(db);

        assertThatThrownBy(() -> dev.load(List.of(new SqlScript("twice.sql", """
                CREATE TABLE t (id int);
                -- again
                CREATE TABLE t (
                    id int);
                """))))
                .hasMessage("twice.sql:3: relation \"t\" already exists");
        assertThatThrownBy(() -> dev.load(List.of(new SqlScript("open.sql", "CREATE TABLE t (c text DEFAULT 'x);"))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessage("open.sql:1: the string that starts here is never closed with '");
        assertThatThrownBy(() -> dev.load(List.of(new SqlScript("concurrently.sql",
                "CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);"))))
                .hasMessage("concurrently.sql:2: CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
        assertEmpty(db);
    }

    @Test
    void beginAndCommitAreSkippedAndRollbackIsRefused(TestDatabase db) {
        DevDatabase dev = dev(db);

        Realm wrapped = dev.load(List.of(new SqlScript("wrapped.sql", "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n")));
        assertThat(wrapped.schema("public").orElseThrow().table("t")).isPresent();
        assertThatThrownBy(() -> dev.load(List.of(new SqlScript("undo.sql", "CREATE TABLE t (id int);\nROLLBACK;"))))
                .hasMessage("undo.sql:2: ROLLBACK would throw the desired state away before it is read;"
                        + " a desired state cannot end its transaction");
        assertEmpty(db);
    }

    @Test
    void aDevDatabaseThatIsNotEmptyIsRefusedWithWhatItHolds(TestDatabase db) {
        db.execute("CREATE SCHEMA app; CREATE TABLE app.orders (id serial); CREATE TYPE mood AS ENUM ('ok');"
                + " CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1'");

        assertThatThrownBy(() -> dev(db).open())
                .isInstanceOf(DevDatabaseException.class)
                .hasMessageStartingWith("the dev database \"" + db.name() + "\" is not empty: it holds schema app,"
                        + " table app.orders, sequence app.orders_id_seq, type public.mood, function public.one().")
                .hasMessageContaining("A dev database must be empty");
    }

    @Test
    void aFreshDatabaseIsEmptyEnoughAndASessionLeavesNothingBehind(TestDatabase db) {
        DevDatabase dev = dev(db);
        try (DevSession session = dev.open()) {
            session.run(new SqlScript("s.sql", "CREATE SCHEMA app; CREATE EXTENSION IF NOT EXISTS citext;"
                    + " CREATE TABLE app.t (name citext)"));
            assertThat(session.inspect().schema("app")).isPresent();
        }

        assertEmpty(db);
    }

    @Test
    void aJavaBuiltRealmNormalizedThroughTheDevDatabaseEqualsTheSameSchemaLoadedFromSql(TestDatabase db) {
        Realm built = realm(schema("public",
                createType("mood").asEnum("sad", "ok", "happy"),
                createTable("orgs", column("id", "serial").primaryKey(), column("name", "varchar(100)").notNull()),
                createTable("users",
                        column("id", "int8").generatedAlwaysAsIdentity().primaryKey(),
                        column("email", "text").notNull().unique(),
                        column("mood", "mood").defaultValue("'ok'"),
                        column("created", "timestamptz").defaultValue("now()"),
                        column("org_id", "int4").references("orgs", "id"),
                        check("email <> ''").named("email_not_blank")),
                createIndex("users_lower_email").on("users").expression("lower(email)")));
        String sql = """
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE orgs (id serial PRIMARY KEY, name character varying(100) NOT NULL);
                CREATE TABLE users (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    email text NOT NULL UNIQUE,
                    mood mood DEFAULT 'ok'::mood,
                    created timestamp with time zone DEFAULT now(),
                    org_id integer REFERENCES orgs (id),
                    CONSTRAINT email_not_blank CHECK (email <> '')
                );
                CREATE INDEX users_lower_email ON users (lower(email));
                """;
        DevDatabase dev = dev(db);

        Realm normalized = dev.normalize(built);

        assertThat(normalized).isEqualTo(dev.load(List.of(new SqlScript("schema.sql", sql))));
        assertThat(normalized.schemas()).extracting(Schema::name).containsExactly("public");
        assertEmpty(db);
    }

    @Test
    void aJavaBuiltRealmTheDevDatabaseRefusesNamesTheStatementAndTheReason(TestDatabase db) {
        Realm built = realm(schema("public", createTable("t", column("id", "integr"))));

        assertThatThrownBy(() -> DesiredState.realm(built).read(DesiredState.Context.of(dev(db))))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("cannot create the Java-built schema on the dev database: CREATE TABLE")
                .hasMessageEndingWith(": type \"integr\" does not exist");
        assertEmpty(db);
    }

    @Test
    void theEmbeddedDevDatabaseIsAThrowawayDatabaseOnAServerStartedForIt() {
        RunningDatabase closed;
        try (RunningDatabase embedded = RunningDatabase.open("embedded://postgres")) {
            closed = embedded;
            Realm realm = new PostgresDialect().devDatabase(embedded.dataSource())
                    .load(List.of(new SqlScript("schema.sql", "CREATE TABLE t (id serial PRIMARY KEY, at timestamptz)")));

            assertThat(realm.schema("public").orElseThrow().table("t").orElseThrow().columns())
                    .extracting(c -> c.type().raw()).containsExactly("integer", "timestamp with time zone");
            assertThat(embedded.description()).startsWith("a throwaway database on embedded PostgreSQL 15.");
        }
        assertThatThrownBy(() -> closed.dataSource().getConnection()).isInstanceOf(SQLException.class);
    }

    /** Asserts that {@code db} holds nothing a fresh database does not, as a dev database must be found. */
    static void assertEmpty(TestDatabase db) {
        try (Connection c = db.connect()) {
            DevDatabaseContents.requireEmpty(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(tables(db)).isEmpty();
    }

    private static List<String> tables(TestDatabase db) {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
