package dev.atlasj.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate new} and {@code migrate hash}: new files, rewritten sums, never half written. */
class WritingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-05T06:07:08.900Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    @Test
    void theNextVersionIsTheUtcTimeAndNeverOneTaken() throws IOException {
        assertThat(MigrationDirectory.open(folder).nextVersion(CLOCK)).isEqualTo("20240305060708");

        Files.writeString(folder.resolve("20240305060708_a.sql"), "");
        Files.writeString(folder.resolve("20240305060709.sql"), "");
        assertThat(MigrationDirectory.open(folder).nextVersion(CLOCK)).isEqualTo("20240305060710");
    }

    @Test
    void addsAFileAndRewritesTheSum() throws IOException {
        MigrationDirectory empty = MigrationDirectory.open(folder);
        Path first = empty.addFile(empty.nextVersion(CLOCK), "create_users", "CREATE TABLE users (id int);\n");
        MigrationDirectory one = MigrationDirectory.open(folder);
        Path second = one.addFile("20240305060800", "", "ALTER TABLE users ADD name text;\n");

        assertThat(first).isEqualTo(folder.resolve("20240305060708_create_users.sql"));
        assertThat(second).isEqualTo(folder.resolve("20240305060800.sql"));
        assertThat(Files.readString(first)).isEqualTo("CREATE TABLE users (id int);\n");
        MigrationDirectory two = MigrationDirectory.open(folder);
        two.validate(SqlSyntax.POSTGRES);
        assertThat(Files.readString(folder.resolve("atlas.sum"))).isEqualTo(two.sum().text());
        assertThat(two.files()).extracting(MigrationFile::name)
                .containsExactly("20240305060708_create_users.sql", "20240305060800.sql");
        assertThat(names()).containsExactlyInAnyOrder("20240305060708_create_users.sql", "20240305060800.sql", "atlas.sum");
    }

    @Test
    void filesAreNamedAndWrappedAsTheirFormatNeeds() throws IOException {
        assertThat(add(DirectoryFormat.FLYWAY, "flyway")).containsExactly("V20240305060708__add.sql");
        assertThat(add(DirectoryFormat.GOLANG_MIGRATE, "golang"))
                .containsExactly("20240305060708_add.down.sql", "20240305060708_add.up.sql");
        assertThat(add(DirectoryFormat.GOOSE, "goose")).containsExactly("20240305060708_add.sql");
        assertThat(add(DirectoryFormat.DBMATE, "dbmate")).containsExactly("20240305060708_add.sql");

        for (DirectoryFormat format : List.of(DirectoryFormat.FLYWAY, DirectoryFormat.GOLANG_MIGRATE, DirectoryFormat.GOOSE,
                DirectoryFormat.DBMATE)) {
            MigrationDirectory dir = MigrationDirectory.open(folder.resolve(format.urlName()), format);
            dir.validate(SqlSyntax.POSTGRES);
            assertThat(dir.files()).singleElement().satisfies(f -> assertThat(f.statements(SqlSyntax.POSTGRES))
                    .extracting(MigrationStatement::text).containsExactly("CREATE TABLE t (id int)", "SELECT 1"));
        }
        assertThat(Files.readString(folder.resolve("goose/20240305060708_add.sql")))
                .isEqualTo("-- +goose Up\nCREATE TABLE t (id int);\nSELECT 1;\n-- +goose Down\n");
    }

    private List<String> add(DirectoryFormat format, String name) throws IOException {
        Path dir = Files.createDirectory(folder.resolve(format.urlName()));
        MigrationDirectory.open(dir, format).addFile("20240305060708", "add", "CREATE TABLE t (id int);\nSELECT 1;");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("atlas.sum")).sorted().toList();
        }
    }

    @Test
    void aDirectoryThatNoLongerMatchesItsSumGetsNoNewFile() throws IOException {
        MigrationDirectory.open(folder).addFile("1", "a", "SELECT 1;");
        Files.writeString(folder.resolve("1_a.sql"), "SELECT 'edited';");

        assertThatThrownBy(() -> MigrationDirectory.open(folder).addFile("2", "b", "SELECT 2;"))
                .isInstanceOf(ChecksumMismatchException.class);
        assertThat(names()).containsExactlyInAnyOrder("1_a.sql", "atlas.sum");
    }

    @Test
    void badVersionsAndNamesAreRefused() throws IOException {
        MigrationDirectory.open(folder).addFile("1", "a", "SELECT 1;");
        MigrationDirectory dir = MigrationDirectory.open(folder);

        assertThatThrownBy(() -> dir.addFile("1", "again", ""))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("version 1 is taken by 1_a.sql in ");
        assertThatThrownBy(() -> dir.addFile("2_x", "b", ""))
                .hasMessage("\"2_x\" cannot be the version of a new atlas migration file");
        assertThatThrownBy(() -> dir.addFile("2", "../escape", ""))
                .hasMessage("\"../escape\" cannot name a migration file: it holds a path separator or a control character");
        Path flyway = Files.createDirectory(folder.resolve("flyway"));
        assertThatThrownBy(() -> MigrationDirectory.open(flyway, DirectoryFormat.FLYWAY).addFile("2a", "b", ""))
                .hasMessage("\"2a\" cannot be the version of a new flyway migration file");
    }

    @Test
    void writeSumReplacesTheSumAndLeavesNoTemporaryFile() throws IOException {
        Files.writeString(folder.resolve("1_a.sql"), "SELECT 1;");
        Files.writeString(folder.resolve("atlas.sum"), "h1:stale\n");

        SumFile written = MigrationDirectory.open(folder).writeSum();

        assertThat(Files.readString(folder.resolve("atlas.sum"))).isEqualTo(written.text());
        assertThat(names()).containsExactlyInAnyOrder("1_a.sql", "atlas.sum");
        MigrationDirectory.open(folder).checkSum();
    }

    @Test
    void directoryUrlsAsAtlasTakesThem() throws IOException {
        Files.writeString(folder.resolve("1_a.up.sql"), "SELECT 1;");
        Files.writeString(folder.resolve("1_a.down.sql"), "SELECT 0;");

        MigrationDirectory dir = MigrationDirectory.fromUrl("file://" + folder + "?format=golang-migrate");
        assertThat(dir.format()).isEqualTo(DirectoryFormat.GOLANG_MIGRATE);
        assertThat(dir.files()).extracting(MigrationFile::name).containsExactly("1_a.up.sql");
        assertThat(dir.location()).isEqualTo(folder.toString());

        assertThatThrownBy(() -> MigrationDirectory.fromUrl("file://" + folder + "?fromat=flyway"))
                .hasMessage("migration directory URL file://" + folder + "?fromat=flyway has the parameter \"fromat\": "
                        + "only format= is read, as in ?format=flyway");
        assertThatThrownBy(() -> MigrationDirectory.fromUrl("file://" + folder + "?format=liquibase"))
                .hasMessageStartingWith("unknown migration directory format \"liquibase\"");
        assertThatThrownBy(() -> MigrationDirectory.fromUrl("migrations"))
                .hasMessage("migration directory URL migrations has no scheme: did you mean file://migrations?");
        assertThatThrownBy(() -> MigrationDirectory.fromUrl("s3://bucket/migrations"))
                .hasMessage("migration directory URL s3://bucket/migrations is not supported: expected file://PATH or "
                        + "classpath:PATH, with ?format=NAME where needed");
        assertThatThrownBy(() -> MigrationDirectory.fromUrl("file://" + folder.resolve("nope")))
                .hasMessage("migration directory " + folder.resolve("nope") + " does not exist");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
