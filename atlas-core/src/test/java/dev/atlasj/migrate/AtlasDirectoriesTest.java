package dev.atlasj.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.migrate.ChecksumMismatchException.Reason;
import dev.atlasj.migrate.ConformanceData.AtlasDirectory;
import dev.atlasj.plan.TxMode;
import dev.atlasj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real Atlas directories get exactly the {@code atlas.sum} Atlas wrote for them, and split cleanly. */
class AtlasDirectoriesTest {

    static Stream<AtlasDirectory> directories() {
        return ConformanceData.directories().stream();
    }

    @Test
    void bothSuitesAreThere() {
        assertThat(ConformanceData.directories()).hasSize(32);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void sumIsByteForByteAtlas(AtlasDirectory atlas) throws IOException {
        MigrationDirectory dir = MigrationDirectory.open(atlas.folder(), atlas.format());

        assertThat(dir.sum().text()).isEqualTo(Files.readString(atlas.folder().resolve("atlas.sum")));
        dir.checkSum();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void everyFileSplitsWithoutAProblem(AtlasDirectory atlas) {
        MigrationDirectory dir = MigrationDirectory.open(atlas.folder(), atlas.format());

        if (atlas.name().equals("mysql/piccobit__sisco")) {
            // A plain Atlas directory holding 1_x.up.sql and 1_x.down.sql: Atlas would run both as version 1.
            assertThat(dir.problems(atlas.syntax())).hasSize(3).allSatisfy(p -> {
                assertThat(p.kind()).isEqualTo(DirectoryProblem.Kind.DUPLICATE_VERSION);
                assertThat(p.file()).endsWith(".up.sql");
                assertThat(p.message()).endsWith(".down.sql");
            });
        } else {
            assertThat(dir.problems(atlas.syntax())).isEmpty();
        }
        assertThat(dir.files()).allSatisfy(file -> assertThat(file.statements(atlas.syntax()))
                .allSatisfy(s -> assertThat(s.text()).isNotBlank()));
    }

    @Test
    void golangMigrateHashesOnlyTheUpFiles() {
        AtlasDirectory openmeter = find("postgres/openmeterio__openmeter");
        MigrationDirectory dir = MigrationDirectory.open(openmeter.folder(), DirectoryFormat.GOLANG_MIGRATE);

        assertThat(dir.files()).isNotEmpty().allSatisfy(f -> assertThat(f.name()).endsWith(".up.sql"));
        assertThat(dir.files().get(0).description()).doesNotEndWith(".up");
        assertThatThrownBy(() -> MigrationDirectory.open(openmeter.folder()).checkSum())
                .isInstanceOf(ChecksumMismatchException.class);
    }

    @Test
    void directivesOfRealFilesAreRead() throws IOException {
        MigrationDirectory hatchet = open("postgres/hatchet-dev__hatchet");
        List<MigrationFile> noTransaction = hatchet.files().stream()
                .filter(f -> f.text().startsWith("-- atlas:txmode none\n\n")).toList();
        assertThat(noTransaction).hasSizeGreaterThan(5);
        assertThat(hatchet.files()).allSatisfy(f -> assertThat(f.directives().txMode())
                .isEqualTo(noTransaction.contains(f) ? Optional.of(TxMode.NONE) : Optional.empty()));

        MigrationDirectory showcase = open("mysql/ariga__atlas-showcase");
        assertThat(showcase.filesFromLastCheckpoint().get(0).name()).isEqualTo("20230906125835_checkpoint.sql");
        assertThat(showcase.files().stream().filter(MigrationFile::isCheckpoint)).hasSize(1);
        MigrationFile drop = showcase.files().stream().filter(f -> f.name().equals("20240728130515.sql")).findFirst()
                .orElseThrow();
        assertThat(drop.statements(SqlSyntax.MYSQL)).filteredOn(s -> s.text().startsWith("DROP TABLE `comments`"))
                .singleElement().satisfies(s -> assertThat(s.nolint()).contains(List.of()));

        MigrationFile renames = open("postgres/openmeterio__openmeter").files().stream()
                .filter(f -> f.name().equals("20241108160647_billing-reuse-plan-types.up.sql")).findFirst().orElseThrow();
        assertThat(renames.statements(SqlSyntax.POSTGRES)).filteredOn(s -> s.nolint().equals(Optional.of(List.of("BC102"))))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.text()).contains("RENAME COLUMN"));
        assertThat(renames.statements(SqlSyntax.POSTGRES)).filteredOn(s -> s.text().startsWith("DROP TABLE"))
                .allSatisfy(s -> assertThat(s.nolint()).contains(List.of("DS102")));
    }

    @Test
    void anEditedFileIsNamedWithTheLineOfTheSum(@TempDir Path temp) throws IOException {
        Path copy = copy(find("postgres/diggerhq__digger"), temp);
        List<MigrationFile> files = MigrationDirectory.open(copy).files();
        String edited = files.get(5).name();
        Files.writeString(copy.resolve(edited), "-- reviewed? no\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> MigrationDirectory.open(copy).checkSum())
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).isEqualTo(edited);
                    assertThat(e.reason()).isEqualTo(Reason.EDITED);
                    assertThat(e.sumLine()).isEqualTo(7);
                    assertThat(e.getMessage()).contains("atlas.sum:7: " + edited + " changed after atlas.sum was written");
                });
    }

    @Test
    void aRemovedFileAndAnAddedFileAreNamed(@TempDir Path temp) throws IOException {
        Path copy = copy(find("mysql/ent__ent"), temp);
        List<MigrationFile> files = MigrationDirectory.open(copy).files();
        Files.delete(copy.resolve(files.get(2).name()));

        assertThatThrownBy(() -> MigrationDirectory.open(copy).checkSum())
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).isEqualTo(files.get(2).name());
                    assertThat(e.reason()).isEqualTo(Reason.REMOVED);
                    assertThat(e.sumLine()).isEqualTo(4);
                });

        Path again = copy(find("mysql/ent__ent"), temp.resolve("again"));
        Files.writeString(again.resolve("99999999999999_late.sql"), "SELECT 1;\n");
        assertThatThrownBy(() -> MigrationDirectory.open(again).checkSum())
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).isEqualTo("99999999999999_late.sql");
                    assertThat(e.reason()).isEqualTo(Reason.ADDED);
                    assertThat(e.sumLine()).isEqualTo(files.size() + 2);
                });
    }

    private static MigrationDirectory open(String name) {
        AtlasDirectory atlas = find(name);
        return MigrationDirectory.open(atlas.folder(), atlas.format());
    }

    private static AtlasDirectory find(String name) {
        return ConformanceData.directories().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static Path copy(AtlasDirectory atlas, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(atlas.folder())) {
            for (Path file : files.toList()) {
                Files.write(into.resolve(file.getFileName()), Files.readAllBytes(file));
            }
        }
        assertThat(Files.readString(into.resolve("atlas.sum"), StandardCharsets.UTF_8)).startsWith("h1:");
        return into;
    }
}
