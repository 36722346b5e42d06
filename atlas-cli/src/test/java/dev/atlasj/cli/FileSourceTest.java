package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static dev.atlasj.cli.SchemaDiffTest.assertSynced;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code file://} sources: SQL run on the dev database (an empty test database here), alone or composed,
 * and the errors for a missing file, bad SQL, a dev database that is not empty and a scope they miss.
 */
@ExtendWith(DatabaseExtension.class)
class FileSourceTest {

    private static final String USERS = """
            CREATE TYPE mood AS ENUM ('happy', 'sad');
            CREATE TABLE users (
                id   integer PRIMARY KEY,
                name text NOT NULL,
                mood mood
            );
            """;

    @TempDir
    Path dir;

    private String file(String name, String sql) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        return "file://" + file;
    }

    private static CliRun run(TestDatabase db, String... args) {
        CliRun run = atlas(args);
        assertThat(run.output()).doesNotContain(TestUrls.password(db));
        return run;
    }

    private static CliRun apply(TestDatabase target, TestDatabase dev, String... flags) {
        return run(target, Stream.concat(Stream.of("schema", "apply", "--url", TestUrls.url(target),
                "--dev-url", TestUrls.url(dev)), Stream.of(flags)).toArray(String[]::new));
    }

    /** Asserts that {@code db} holds nothing but its empty public schema. */
    private static void assertEmpty(TestDatabase db) {
        assertThat(run(db, "schema", "inspect", "--url", TestUrls.url(db), "--format", "json").out()).isEqualTo("""
                {
                  "schemas": [
                    {
                      "name": "public"
                    }
                  ]
                }
                """);
    }

    @Test
    void filesThatNeverMentionPublicDoNotDropItButItsContentsAreCompared(TestDatabase target, TestDatabase dev)
            throws IOException {
        target.execute("CREATE TABLE public.stray (id int)");
        String app = file("app.sql", "CREATE SCHEMA app; CREATE TABLE app.t (id int);");

        CliRun run = run(target, "schema", "diff", "--from", TestUrls.url(target), "--to", app,
                "--dev-url", TestUrls.url(dev));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CREATE SCHEMA app;", "CREATE TABLE app.t", "DROP TABLE public.stray;")
                .doesNotContain("DROP SCHEMA public");
    }

    @Test
    void applyBringsTheDatabaseToTheFileAndLeavesTheDevDatabaseEmpty(TestDatabase target, TestDatabase dev,
            TestDatabase expected) throws IOException {
        String users = file("users.sql", USERS);
        expected.execute(USERS);

        CliRun run = apply(target, dev, "--to", users, "--auto-approve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("CREATE TYPE public.mood AS ENUM ('happy', 'sad');\n", "-- Applied 2 statements");
        assertSynced(target, expected);
        assertEmpty(dev);
        assertThat(apply(target, dev, "--to", users).out()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }

    @Test
    void diffComparesADatabaseWithADirectoryOfFilesInNameOrder(TestDatabase db, TestDatabase dev) throws IOException {
        file("schema/1_types.sql", "CREATE TYPE mood AS ENUM ('happy', 'sad');");
        file("schema/2_tables.sql", "CREATE TABLE users (id integer PRIMARY KEY, mood mood);");
        file("schema/notes.txt", "not SQL, not read");

        CliRun run = run(db, "schema", "diff", "--from", TestUrls.url(db), "--to", "file://" + dir.resolve("schema") + "/",
                "--dev-url", TestUrls.url(dev));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                CREATE TYPE public.mood AS ENUM ('happy', 'sad');
                CREATE TABLE public.users (id integer NOT NULL, mood public.mood, CONSTRAINT users_pkey PRIMARY KEY (id));
                """);
    }

    @Test
    void repeatedFlagsComposeOneState(TestDatabase db, TestDatabase dev) throws IOException {
        String types = file("types.sql", "CREATE TYPE mood AS ENUM ('happy', 'sad');");
        String tables = file("tables.sql", "CREATE TABLE users (id integer PRIMARY KEY, mood mood);");

        CliRun run = run(db, "schema", "diff", "--from", TestUrls.url(db), "--to", types, "--to", tables,
                "--dev-url", TestUrls.url(dev));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CREATE TYPE public.mood", "CREATE TABLE public.users");
    }

    @Test
    void twoFilesCanBeCompared(TestDatabase dev) throws IOException {
        String before = file("before.sql", USERS);
        String after = file("after.sql", USERS + "CREATE INDEX users_name_idx ON users (name);");

        CliRun run = run(dev, "schema", "diff", "--from", before, "--to", after, "--dev-url", TestUrls.url(dev));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("CREATE INDEX users_name_idx ON public.users (name);\n");
    }

    @Test
    void aSyntaxErrorNamesFileAndLineAndLeavesTheTargetUntouched(TestDatabase target, TestDatabase dev)
            throws IOException {
        String bad = file("bad.sql", "CREATE TABLE ok (id integer);\n\nCREATE TABEL oops (id integer);\n");

        CliRun run = apply(target, dev, "--to", bad, "--auto-approve");

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.password(target));
        assertThat(run.err()).isEqualTo("Error: " + dir.resolve("bad.sql") + ":3: syntax error at or near \"TABEL\"\n");
        assertEmpty(target);
        assertEmpty(dev);
    }

    @Test
    void aMissingFileIsNamed(TestDatabase target, TestDatabase dev) {
        CliRun run = apply(target, dev, "--to", "file://" + dir.resolve("nope.sql"));

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.password(target));
        assertThat(run.err()).isEqualTo("Error: schema file or directory " + dir.resolve("nope.sql") + " does not exist\n");
    }

    @Test
    void aDevDatabaseThatIsNotEmptyIsRefused(TestDatabase target, TestDatabase dev) throws IOException {
        dev.execute("CREATE TABLE leftover (id integer);");

        CliRun run = apply(target, dev, "--to", file("users.sql", USERS));

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.password(dev));
        assertThat(run.err()).startsWith("Error: the dev database \"" + dev.name() + "\" is not empty: it holds ")
                .contains("leftover");
    }

    @Test
    void aFileThatDefinesNothingInTheScopedSchemaIsAnError(TestDatabase target, TestDatabase dev) throws IOException {
        target.execute("CREATE SCHEMA sales;");
        String shop = file("shop.sql", "CREATE SCHEMA shop; CREATE TABLE shop.items (id integer);");

        CliRun run = run(target, "schema", "apply", "--url", TestUrls.url(target) + "&search_path=sales",
                "--to", shop, "--dev-url", TestUrls.url(dev));

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.password(target));
        assertThat(run.err()).isEqualTo("Error: --to " + shop + " defines nothing in schema \"sales\", the schema the"
                + " URL limits the comparison to (its search_path parameter, or a MySQL URL's database). Correct the"
                + " URL, or leave the schema out to compare every schema.\n");
    }

    @Test
    void theUrlsSearchPathPicksTheSchemaOfTheFiles(TestDatabase target, TestDatabase dev) throws IOException {
        target.execute("CREATE SCHEMA shop; CREATE TABLE public.keep (id integer);");
        String sql = file("both.sql", "CREATE SCHEMA shop; CREATE TABLE shop.items (id integer);"
                + " CREATE TABLE public.other (id integer);");

        CliRun run = run(target, "schema", "apply", "--url", TestUrls.url(target) + "&search_path=shop",
                "--to", sql, "--dev-url", TestUrls.url(dev), "--auto-approve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CREATE TABLE shop.items (id integer);\n").doesNotContain("other", "keep");
    }

    @Test
    void aThrowawayDatabaseIsNoTarget() {
        CliRun run = atlas("schema", "apply", "--url", "embedded://postgres", "--to", "file://schema.sql");

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).isEqualTo("Error: --url embedded://postgres is a throwaway database, removed when the"
                + " command ends, so nothing applied to it would last. Name an embedded database that keeps its data,"
                + " such as embedded://postgres/shop or embedded://mariadb/shop, or give the URL of a server's"
                + " database.\n");
    }

    @Test
    void filesAreNoDatabaseToInspectOrChange() {
        CliRun inspect = atlas("schema", "inspect", "--url", "file://schema.sql");
        CliRun apply = atlas("schema", "apply", "--url", "file://schema.sql", "--to", "file://other.sql");

        assertThat(inspect.exitCode()).isEqualTo(1);
        assertThat(inspect.err()).isEqualTo("Error: --url file://schema.sql names SQL files, not a database; give the URL"
                + " of a database, such as postgres://user:pass@localhost:5432/shop or embedded://postgres/NAME.\n");
        assertThat(apply.err()).isEqualTo(inspect.err());
    }
}
