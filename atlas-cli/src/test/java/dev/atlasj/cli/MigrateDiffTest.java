package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static dev.atlasj.cli.MigrateDirectoryTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas migrate diff} writing the next file of a directory replayed on a real PostgreSQL dev
 * database, and drift detection: {@code schema diff} between a database and
 * {@code file://DIR?format=atlas}.
 */
@ExtendWith(DatabaseExtension.class)
class MigrateDiffTest {

    private static final String USERS = """
            CREATE TABLE users (
                id    bigint PRIMARY KEY,
                email text NOT NULL
            );
            CREATE UNIQUE INDEX users_email ON users (email);
            """;

    @TempDir
    Path root;

    private Path migrations() {
        return root.resolve("migrations");
    }

    private String schema(String sql) throws IOException {
        Path file = root.resolve("schema.sql");
        Files.writeString(file, sql);
        return "file://" + file;
    }

    private CliRun diff(TestDatabase dev, String name, String to, String... more) {
        return atlas(Stream.concat(Stream.of("migrate", "diff", name, "--dir", "file://" + migrations(), "--to", to,
                "--dev-url", TestUrls.url(dev)), Stream.of(more)).toArray(String[]::new));
    }

    private String onlyFile(String suffix) throws IOException {
        List<String> files = names(migrations()).stream().filter(n -> n.endsWith(suffix)).toList();
        assertThat(files).hasSize(1);
        return Files.readString(migrations().resolve(files.get(0)));
    }

    @Test
    void writesTheNextFileWithAtlasCommentsAndThenIsSynced(TestDatabase dev) throws IOException {
        String to = schema(USERS);

        CliRun first = diff(dev, "add_users", to);
        List<String> written = names(migrations());
        CliRun second = diff(dev, "again", to);

        assertThat(first.exitCode()).isZero();
        assertThat(first.output()).isEmpty();
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).matches("\\d{14}_add_users\\.sql");
        assertThat(Files.readString(migrations().resolve(written.get(0)))).isEqualTo("""
                -- Create "users" table
                CREATE TABLE public.users (id bigint NOT NULL, email text NOT NULL, CONSTRAINT users_pkey PRIMARY KEY (id));
                -- Create index "users_email" to table: "users"
                CREATE UNIQUE INDEX users_email ON public.users (email);
                """);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(
                "The migration directory is synced with the desired state, no changes to be made\n");
        assertThat(names(migrations())).isEqualTo(written);
    }

    @Test
    void theFilesItWritesHashAsMigrateHashHashesThem(TestDatabase dev) throws IOException {
        diff(dev, "add_users", schema(USERS));
        diff(dev, "add_name", schema(USERS + "ALTER TABLE users ADD COLUMN name text;\n"));
        byte[] sum = Files.readAllBytes(migrations().resolve("atlas.sum"));

        CliRun hash = atlas("migrate", "hash", "--dir", "file://" + migrations());

        assertThat(hash.exitCode()).isZero();
        assertThat(Files.readAllBytes(migrations().resolve("atlas.sum"))).isEqualTo(sum);
        assertThat(names(migrations())).hasSize(3);
        assertThat(atlas("migrate", "validate", "--dir", "file://" + migrations(), "--dev-url", TestUrls.url(dev))
                .exitCode()).isZero();
    }

    @Test
    void aChangedTableIsModifiedInTheNextFile(TestDatabase dev) throws IOException {
        diff(dev, "add_users", schema(USERS));

        CliRun run = diff(dev, "", schema("""
                CREATE TABLE users (
                    id    bigint PRIMARY KEY,
                    email text NOT NULL,
                    name  text
                );
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                """));

        assertThat(run.exitCode()).isZero();
        List<String> files = names(migrations());
        assertThat(files).hasSize(3);
        assertThat(files.get(1)).matches("\\d{14}\\.sql");
        assertThat(Files.readString(migrations().resolve(files.get(1)))).isEqualTo("""
                -- Drop index "users_email" from table: "users"
                DROP INDEX public.users_email;
                -- Create enum type "mood"
                CREATE TYPE public.mood AS ENUM ('happy', 'sad');
                -- Modify "users" table
                ALTER TABLE public.users ADD COLUMN name text;
                """);
    }

    // Atlas writes the names of a schema-scoped directory unqualified, so that its files run in any schema.
    @Test
    void aSearchPathOnTheDevUrlLimitsTheDiffToThatSchema(TestDatabase dev) throws IOException {
        String to = schema("CREATE SCHEMA audit;\nCREATE TABLE audit.log (id int);\n" + USERS);
        String[] scoped = {"--dir", "file://" + migrations(), "--to", to, "--dev-url", TestUrls.url(dev) + "&search_path=public"};

        CliRun run = atlas(Stream.concat(Stream.of("migrate", "diff", "scoped"), Stream.of(scoped)).toArray(String[]::new));
        CliRun again = atlas(Stream.concat(Stream.of("migrate", "diff"), Stream.of(scoped)).toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(onlyFile(".sql")).contains("CREATE TABLE users (").doesNotContain("public.").doesNotContain("audit");
        assertThat(again.out()).contains("synced with the desired state");
    }

    @Test
    void everyStatementGetsAComment(TestDatabase dev) throws IOException {
        diff(dev, "add_users", schema(USERS));

        CliRun run = diff(dev, "objects", schema("""
                CREATE TABLE users (
                    id    bigint PRIMARY KEY,
                    email text NOT NULL
                );
                CREATE UNIQUE INDEX users_email ON users (email);
                COMMENT ON TABLE users IS 'people';
                COMMENT ON COLUMN users.email IS 'where to write';
                CREATE SEQUENCE tickets;
                CREATE TYPE mood AS ENUM ('happy');
                CREATE SCHEMA audit;
                CREATE TABLE audit.log (id int);
                CREATE INDEX log_id ON audit.log (id);
                """));

        assertThat(run.exitCode()).isZero();
        String file = Files.readString(migrations().resolve(names(migrations()).get(1)));
        assertThat(file.lines().filter(l -> l.startsWith("-- "))).containsExactlyInAnyOrder(
                "-- Add new schema named \"audit\"",
                "-- Create \"tickets\" sequence",
                "-- Create enum type \"mood\"",
                "-- Create \"log\" table",
                "-- Create index \"log_id\" to table: \"log\"",
                "-- Set comment to table: \"users\"",
                "-- Set comment to column: \"email\" on table: \"users\"");
        assertThat(file.lines().filter(l -> !l.startsWith("-- "))).allMatch(l -> l.endsWith(";"));
    }

    @Test
    void theDesiredStateMayBeADatabase(TestDatabase dev, TestDatabase desired) throws IOException {
        desired.execute(USERS);

        CliRun run = diff(dev, "from_db", TestUrls.url(desired));

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).doesNotContain(TestUrls.password(desired));
        assertThat(onlyFile(".sql")).startsWith("-- Create \"users\" table\nCREATE TABLE public.users (");
    }

    @Test
    void golangMigrateDirectoriesGetAnUpAndADownFile(TestDatabase dev) throws IOException {
        String dir = "file://" + migrations() + "?format=golang-migrate";

        CliRun run = atlas("migrate", "diff", "add_users", "--dir", dir, "--to", schema(USERS),
                "--dev-url", TestUrls.url(dev));
        CliRun again = atlas("migrate", "diff", "--dir", dir, "--to", schema(USERS), "--dev-url", TestUrls.url(dev));

        assertThat(run.exitCode()).isZero();
        assertThat(names(migrations())).hasSize(3).anyMatch(n -> n.matches("\\d{14}_add_users\\.up\\.sql"))
                .anyMatch(n -> n.matches("\\d{14}_add_users\\.down\\.sql"));
        assertThat(onlyFile(".up.sql")).isEqualTo("""
                -- create "users" table
                CREATE TABLE public.users (id bigint NOT NULL, email text NOT NULL, CONSTRAINT users_pkey PRIMARY KEY (id));
                -- create index "users_email" to table: "users"
                CREATE UNIQUE INDEX users_email ON public.users (email);
                """);
        assertThat(onlyFile(".down.sql")).isEqualTo("""
                -- reverse: create index "users_email" to table: "users"
                DROP INDEX public.users_email;
                -- reverse: create "users" table
                DROP TABLE public.users;
                """);
        assertThat(again.out()).contains("synced with the desired state");
    }

    @Test
    void refusesADirectoryEditedSinceItsSum(TestDatabase dev) throws IOException {
        diff(dev, "add_users", schema(USERS));
        String first = names(migrations()).get(0);
        Files.writeString(migrations().resolve(first), "CREATE TABLE other (id int);\n");

        CliRun run = diff(dev, "more", schema(USERS));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("You have a checksum error", "atlas.sum:2: " + first + " changed");
        assertThat(names(migrations())).hasSize(2);
    }

    @Test
    void aFileThatFailsOnTheDevDatabaseIsNamedWithItsLine(TestDatabase dev) throws IOException {
        diff(dev, "add_users", schema(USERS));
        Files.writeString(migrations().resolve("20990101000000_bad.sql"), "ALTER TABLE users\n  ADD COLUMN x intger;\n");
        atlas("migrate", "hash", "--dir", "file://" + migrations());

        CliRun run = diff(dev, "more", schema(USERS));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: " + migrations() + "/20990101000000_bad.sql:2: type \"intger\" does not exist\n");
        assertThat(names(migrations())).hasSize(3);
    }

    @Test
    void aDatabaseComparedWithItsDirectoryShowsTheDrift(TestDatabase dev, TestDatabase live) throws IOException {
        diff(dev, "add_users", schema(USERS));
        live.execute(USERS);
        String directory = "file://" + migrations() + "?format=atlas";

        CliRun synced = atlas("schema", "diff", "--from", TestUrls.url(live), "--to", directory,
                "--dev-url", TestUrls.url(dev));
        live.execute("ALTER TABLE users ADD COLUMN nickname text");
        CliRun drift = atlas("schema", "diff", "--from", TestUrls.url(live), "--to", directory,
                "--dev-url", TestUrls.url(dev));

        assertThat(synced.exitCode()).isZero();
        assertThat(synced.output()).isEqualTo("Schemas are synced, no changes to be made.\n");
        assertThat(drift.exitCode()).isZero();
        assertThat(drift.out()).isEqualTo("ALTER TABLE public.users DROP COLUMN nickname;\n");
        assertThat(drift.output()).doesNotContain(TestUrls.password(live));
    }

    @Test
    void schemaApplyBringsADatabaseToItsDirectorysState(TestDatabase dev, TestDatabase live) throws IOException {
        diff(dev, "add_users", schema(USERS));
        live.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, nickname text)");
        String directory = "file://" + migrations() + "?format=atlas";

        CliRun apply = atlas("schema", "apply", "--url", TestUrls.url(live), "--to", directory,
                "--dev-url", TestUrls.url(dev), "--auto-approve");
        CliRun after = atlas("schema", "diff", "--from", TestUrls.url(live), "--to", directory,
                "--dev-url", TestUrls.url(dev));

        assertThat(apply.exitCode()).isZero();
        assertThat(apply.out()).contains("DROP COLUMN nickname", "CREATE UNIQUE INDEX users_email");
        assertThat(after.out()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }

    @Test
    void aPlainFileUrlStillMeansAFolderOfSchemaFiles(TestDatabase dev, TestDatabase live) throws IOException {
        diff(dev, "add_users", schema(USERS));
        Files.writeString(migrations().resolve("atlas.sum"), "not a sum\n");

        CliRun plain = atlas("schema", "diff", "--from", TestUrls.url(live), "--to", "file://" + migrations() + "/",
                "--dev-url", TestUrls.url(dev));
        CliRun directory = atlas("schema", "diff", "--from", TestUrls.url(live), "--to",
                "file://" + migrations() + "?format=atlas", "--dev-url", TestUrls.url(dev));

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("CREATE TABLE public.users");
        assertThat(directory.exitCode()).isEqualTo(1);
        assertThat(directory.err()).contains("atlas.sum");
    }
}
