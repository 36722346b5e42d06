package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.migrate.MigrationDirectory;
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
 * {@code atlas migrate hash}, {@code new} and {@code validate} on directories in a temporary folder, the
 * replay on a real PostgreSQL dev database, and the errors for a tampered file, a missing sum, a bad
 * directive and bad SQL.
 */
@ExtendWith(DatabaseExtension.class)
class MigrateDirectoryTest {

    @TempDir
    Path root;

    Path write(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    String dir() {
        return "file://" + root;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void hashWritesTheSumAtlasWrites() throws IOException {
        write("1_init.sql", "CREATE TABLE t (id int);\n");
        write("2_more.sql", "ALTER TABLE t ADD COLUMN name text;\n");

        CliRun run = atlas("migrate", "hash", "--dir", dir());

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEmpty();
        assertThat(Files.readString(root.resolve("atlas.sum")))
                .isEqualTo(MigrationDirectory.open(root).sum().text())
                .startsWith("h1:").contains("\n1_init.sql h1:", "\n2_more.sql h1:");
    }

    @Test
    void hashReadsTheFormatOfTheUrl() throws IOException {
        write("1_init.up.sql", "CREATE TABLE t (id int);\n");
        write("1_init.down.sql", "DROP TABLE t;\n");
        write("flyway/V1__init.sql", "CREATE TABLE t (id int);\n");
        write("flyway/V1.1__more.sql", "ALTER TABLE t ADD COLUMN name text;\n");

        assertThat(atlas("migrate", "hash", "--dir", dir() + "?format=golang-migrate").exitCode()).isZero();
        assertThat(atlas("migrate", "hash", "--dir", dir() + "/flyway?format=flyway").exitCode()).isZero();

        assertThat(Files.readString(root.resolve("atlas.sum"))).contains("1_init.up.sql h1:").doesNotContain("down");
        assertThat(Files.readString(root.resolve("flyway/atlas.sum")))
                .isEqualTo(MigrationDirectory.open(root.resolve("flyway"), DirectoryFormat.FLYWAY).sum().text())
                .contains("V1__init.sql h1:", "V1.1__more.sql h1:");
    }

    @Test
    void dirDefaultsToMigrationsAndAnUnknownFormatIsNamed() {
        CliRun missing = atlas("migrate", "hash");
        CliRun unknown = atlas("migrate", "hash", "--dir", dir() + "?format=liquid");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error: ").contains("migrations");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown migration directory format \"liquid\"", "golang-migrate");
    }

    @Test
    void newAddsAnEmptyFileWithTheNextVersionAndUpdatesTheSum() throws IOException {
        Path migrations = root.resolve("created/migrations");

        CliRun first = atlas("migrate", "new", "add_users", "--dir", "file://" + migrations);
        CliRun second = atlas("migrate", "new", "--dir", "file://" + migrations);

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        List<String> names = names(migrations);
        assertThat(names).hasSize(3).last().isEqualTo("atlas.sum");
        assertThat(names.get(0)).matches("\\d{14}_add_users\\.sql");
        assertThat(names.get(1)).matches("\\d{14}\\.sql");
        assertThat(Files.readString(migrations.resolve(names.get(0)))).isEmpty();
        MigrationDirectory.open(migrations).checkSum();
    }

    @Test
    void newNamesTheFileAsTheFormatDoes() throws IOException {
        CliRun flyway = atlas("migrate", "new", "add_users", "--dir", dir() + "/flyway?format=flyway");
        CliRun golang = atlas("migrate", "new", "add_users", "--dir", dir() + "/golang?format=golang-migrate");

        assertThat(flyway.exitCode()).isZero();
        assertThat(golang.exitCode()).isZero();
        assertThat(names(root.resolve("flyway"))).hasSize(2).first().asString().matches("V\\d{14}__add_users\\.sql");
        assertThat(names(root.resolve("golang"))).hasSize(3).first().asString().matches("\\d{14}_add_users\\.down\\.sql");
    }

    @Test
    void newRefusesADirectoryThatNoLongerMatchesItsSum() throws IOException {
        write("1_init.sql", "CREATE TABLE t (id int);\n");
        atlas("migrate", "hash", "--dir", dir());
        write("1_init.sql", "CREATE TABLE t (id bigint);\n");

        CliRun run = atlas("migrate", "new", "more", "--dir", dir());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("You have a checksum error in your migration directory.",
                "'atlas migrate hash'", "atlas.sum:2: 1_init.sql changed after atlas.sum was written");
        assertThat(names(root)).containsExactly("1_init.sql", "atlas.sum");
    }

    @Test
    void validateReplaysEveryFileOnTheDevDatabase(TestDatabase dev) throws IOException {
        write("1_init.sql", """
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE TABLE users (id int PRIMARY KEY, mood mood);
                """);
        write("2_fn.sql", """
                CREATE FUNCTION one() RETURNS int LANGUAGE plpgsql AS $$
                BEGIN
                    RETURN 1;
                END;
                $$;
                ALTER TABLE users ADD COLUMN n int DEFAULT one();
                """);
        atlas("migrate", "hash", "--dir", dir());

        CliRun run = atlas("migrate", "validate", "--dir", dir(), "--dev-url", TestUrls.url(dev));

        assertThat(run.output()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(atlas("schema", "inspect", "--url", TestUrls.url(dev)).out())
                .isEqualTo("CREATE SCHEMA IF NOT EXISTS public;\n");
    }

    @Test
    void validateNamesTheFileAndLineOfAFailingStatement(TestDatabase dev) throws IOException {
        write("1_init.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("2_bad.sql", """
                -- add a column

                ALTER TABLE users ADD COLUMN name text;
                ALTER TABLE users
                    ADD COLUMN email text REFERENCES nowhere (id);
                """);
        write("3_typo.sql", "ALTER TABLE users\n    ADD COLUMN n int,\n    ADD COLUMN m integr;\n");
        atlas("migrate", "hash", "--dir", dir());

        CliRun run = atlas("migrate", "validate", "--dir", dir(), "--dev-url", TestUrls.url(dev));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Error: " + root + "/2_bad.sql:4: relation \"nowhere\" does not exist\n");
        Files.delete(root.resolve("2_bad.sql"));
        atlas("migrate", "hash", "--dir", dir());
        CliRun typo = atlas("migrate", "validate", "--dir", dir(), "--dev-url", TestUrls.url(dev));
        assertThat(typo.err()).isEqualTo("Error: " + root + "/3_typo.sql:3: type \"integr\" does not exist\n");
    }

    @Test
    void validateRefusesAnUnterminatedQuoteBeforeAnythingRuns(TestDatabase dev) throws IOException {
        write("1_init.sql", "CREATE TABLE users (id int);\nINSERT INTO users VALUES ('x);\n");
        atlas("migrate", "hash", "--dir", dir());

        CliRun run = atlas("migrate", "validate", "--dir", dir(), "--dev-url", TestUrls.url(dev));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("1_init.sql:2: ");
    }

    @Test
    void validateRefusesATamperedFileAMissingSumAndABadDirective(TestDatabase dev) throws IOException {
        write("a/1_init.sql", "CREATE TABLE t (id int);\n");
        atlas("migrate", "hash", "--dir", dir() + "/a");
        write("a/1_init.sql", "CREATE TABLE t (id int, x int);\n");
        write("b/1_init.sql", "CREATE TABLE t (id int);\n");
        write("c/1_init.sql", "-- atlas:txmode sometimes\n\nCREATE TABLE t (id int);\n");
        atlas("migrate", "hash", "--dir", dir() + "/c");

        CliRun tampered = atlas("migrate", "validate", "--dir", dir() + "/a", "--dev-url", TestUrls.url(dev));
        CliRun unsummed = atlas("migrate", "validate", "--dir", dir() + "/b", "--dev-url", TestUrls.url(dev));
        CliRun directive = atlas("migrate", "validate", "--dir", dir() + "/c", "--dev-url", TestUrls.url(dev));

        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.err()).contains("You have a checksum error",
                "atlas.sum:2: 1_init.sql changed after atlas.sum was written", "run migrate hash to accept it");
        assertThat(unsummed.exitCode()).isEqualTo(1);
        assertThat(unsummed.err()).contains("atlas.sum: is missing", "run migrate hash to write it");
        assertThat(directive.exitCode()).isEqualTo(1);
        assertThat(directive.err()).contains("1_init.sql:1: ", "sometimes");
    }

    @Test
    void aFileThatRunsOutsideATransactionMayBuildItsIndexConcurrently(TestDatabase dev) throws IOException {
        write("1_init.sql", "CREATE TABLE users (id int, name text);\n");
        write("2_index.sql", """
                -- atlas:txmode none

                CREATE INDEX CONCURRENTLY users_name ON users (name);
                CREATE INDEX CONCURRENTLY users_nick ON users (nick);
                """);
        atlas("migrate", "hash", "--dir", dir());

        CliRun run = atlas("migrate", "validate", "--dir", dir(), "--dev-url", TestUrls.url(dev));

        assertThat(run.err()).isEqualTo("Error: " + root + "/2_index.sql:4: column \"nick\" does not exist\n");
    }

    @Test
    void helpNamesTheFlagsAndTheDefaultDirectory() {
        CliRun migrate = atlas("migrate", "--help");
        CliRun validate = atlas("migrate", "validate", "--help");

        assertThat(migrate.out()).contains("hash", "new", "validate", "diff");
        assertThat(validate.out()).contains("--dir", "Default: file://migrations", "--dev-url");
    }
}
