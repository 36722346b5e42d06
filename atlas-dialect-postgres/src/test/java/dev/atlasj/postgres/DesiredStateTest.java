package dev.atlasj.postgres;

import static dev.atlasj.postgres.dsl.PostgresSchema.column;
import static dev.atlasj.postgres.dsl.PostgresSchema.createTable;
import static dev.atlasj.postgres.dsl.PostgresSchema.createType;
import static dev.atlasj.postgres.dsl.PostgresSchema.realm;
import static dev.atlasj.postgres.dsl.PostgresSchema.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.Atlas;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.state.DesiredState;
import dev.atlasj.state.DesiredStateException;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.state.SqlScript;
import dev.atlasj.state.SqlScriptException;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(DatabaseExtension.class)
class DesiredStateTest {

    private static final PostgresDialect POSTGRES = new PostgresDialect();

    @TempDir
    Path folder;

    private static DesiredState.Context withDev(TestDatabase db) {
        return DesiredState.Context.of(POSTGRES.devDatabase(db.dataSource()));
    }

    @Test
    void javaTablesComposeWithTheTypesAndSequencesOfASqlFile(TestDatabase dev) throws IOException {
        Path types = Files.writeString(folder.resolve("types.sql"), """
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE SEQUENCE invoice_numbers START 1000;
                """);
        Realm tables = realm(schema("public",
                createType("mood").asEnum("sad", "ok", "happy"),
                createTable("users", column("id", "bigint").primaryKey(), column("mood", "mood").defaultValue("'ok'")),
                createTable("invoices", column("number", "bigint").defaultValue("nextval('invoice_numbers')").primaryKey(),
                        column("user_id", "bigint").references("users", "id"))));
        DesiredState indexes = DesiredState.sql(List.of(new SqlScript("indexes.sql",
                "CREATE INDEX invoices_user ON invoices (user_id);")));

        Realm composed = DesiredState.compose(DesiredState.sql(types), DesiredState.realm(tables), indexes).read(withDev(dev));

        Realm asOneFile = POSTGRES.devDatabase(dev.dataSource()).load(List.of(new SqlScript("all.sql", """
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE SEQUENCE invoice_numbers START 1000;
                CREATE TABLE users (id bigint PRIMARY KEY, mood mood DEFAULT 'ok');
                CREATE TABLE invoices (number bigint DEFAULT nextval('invoice_numbers') PRIMARY KEY,
                                       user_id bigint REFERENCES users (id));
                CREATE INDEX invoices_user ON invoices (user_id);
                """)));
        assertThat(composed).isEqualTo(asOneFile);
        Schema publicSchema = composed.schema("public").orElseThrow();
        assertThat(publicSchema.tables()).extracting(Table::name).containsExactly("invoices", "users");
        assertThat(publicSchema.sequence("invoice_numbers").orElseThrow().start()).isEqualTo(1000);
        DevDatabaseTest.assertEmpty(dev);
    }

    @Test
    void twoSourcesThatDefineOneObjectDifferentlyAreRefusedNamingItAndBoth(TestDatabase dev) throws IOException {
        Path types = Files.writeString(folder.resolve("types.sql"), "CREATE TYPE mood AS ENUM ('sad', 'happy');\n");
        Realm java = realm(schema("public", createType("mood").asEnum("sad", "ok", "happy"),
                createTable("users", column("mood", "mood"))));

        assertThatThrownBy(() -> DesiredState.compose(DesiredState.sql(types), DesiredState.realm(java)).read(withDev(dev)))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("enum public.mood is defined by " + types + " and differently by the Java-built schema"
                        + " (modify enum public.mood); define each object in one source, or the same way in both");
        DevDatabaseTest.assertEmpty(dev);
    }

    @Test
    void aSqlPartCannotCreateAgainWhatAnEarlierPartCreated(TestDatabase dev) {
        DesiredState java = DesiredState.realm(realm(schema("public", createTable("users", column("id", "bigint")))));
        DesiredState sql = DesiredState.sql(List.of(new SqlScript("users.sql", "\nCREATE TABLE users (id bigint);")));

        assertThatThrownBy(() -> DesiredState.compose(java, sql).read(withDev(dev)))
                .isInstanceOf(SqlScriptException.class)
                .hasMessage("users.sql:2: relation \"users\" already exists");
    }

    @Test
    void withoutADevDatabaseRealmsAreMergedAndSqlIsRefused() {
        Realm a = realm(schema("public", createType("mood").asEnum("sad", "happy"),
                createTable("users", column("id", "bigint"))));
        Realm same = realm(schema("public", createType("mood").asEnum("sad", "happy"),
                createTable("teams", column("id", "bigint"))));
        Realm other = realm(schema("public", createType("mood").asEnum("sad", "ok")));
        DesiredState.Context noDev = DesiredState.Context.of(POSTGRES);

        Realm merged = DesiredState.compose(DesiredState.realm(a, "a"), DesiredState.realm(same, "same")).read(noDev);

        assertThat(merged.schema("public").orElseThrow().tables()).extracting(Table::name).containsExactly("teams", "users");
        assertThatThrownBy(() -> DesiredState.compose(DesiredState.realm(a, "a"), DesiredState.realm(other, "other")).read(noDev))
                .hasMessageStartingWith("enum public.mood is defined by a and differently by other");
        assertThatThrownBy(() -> DesiredState.sql(Path.of("schema.sql")).read(noDev))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("schema.sql is SQL, which is read by running it on a dev database, and none was given"
                        + " (the command line's --dev-url, or Atlas.withDevDatabase)");
    }

    @Test
    void aDatabaseIsADesiredStateToo(TestDatabase source, TestDatabase dev) {
        source.execute("CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY); CREATE TABLE public.ignored (id int)");
        DesiredState database = DesiredState.database(source.dataSource(), InspectOptions.schemas("app"), "the source");
        DesiredState more = DesiredState.sql(List.of(new SqlScript("more.sql", "CREATE TABLE app.u (t_id int REFERENCES app.t)")));

        Realm alone = database.read(DesiredState.Context.of(POSTGRES));
        Realm composed = DesiredState.compose(database, more).read(withDev(dev));

        assertThat(alone.schemas()).extracting(Schema::name).containsExactly("app");
        assertThat(composed.schema("app").orElseThrow().tables()).extracting(Table::name).containsExactly("t", "u");
        assertThat(composed.schema("public")).isEmpty();
    }

    @Test
    void atlasPlansFromSqlFilesOnTheDevDatabaseAndNeverTouchesTheTargetWhenTheyFail(TestDatabase target, TestDatabase dev)
            throws IOException {
        target.execute("CREATE TABLE users (id int)");
        Path schema = Files.writeString(folder.resolve("schema.sql"), """
                CREATE TABLE users (id int);
                CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL DEFAULT '');
                """);
        Path broken = Files.writeString(folder.resolve("broken.sql"), "CREATE TABLE users (id int);\nCREATE TABEL teams ();\n");
        Atlas atlas = Atlas.connect(target.dataSource()).withDevDatabase(dev.dataSource());
        Realm before = atlas.inspect().run();

        assertThatThrownBy(() -> atlas.plan(DesiredState.sql(broken)))
                .hasMessage(broken + ":2: syntax error at or near \"TABEL\"");
        assertThat(atlas.inspect().run()).isEqualTo(before);

        Plan plan = atlas.plan(DesiredState.sql(schema));
        atlas.apply(plan);

        assertThat(plan.toSql()).contains("CREATE TABLE public.teams").doesNotContain("users");
        assertThat(atlas.plan(DesiredState.sql(schema)).isEmpty()).isTrue();
        DevDatabaseTest.assertEmpty(dev);
    }
}
