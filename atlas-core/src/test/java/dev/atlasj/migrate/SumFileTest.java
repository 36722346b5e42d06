package dev.atlasj.migrate;

import static dev.atlasj.migrate.TestDirectories.atlas;
import static dev.atlasj.migrate.TestDirectories.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.migrate.ChecksumMismatchException.Reason;
import dev.atlasj.migrate.SumFile.Entry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SumFileTest {

    @Test
    void atlasTestVectorOfItsMigrateTestdata() {
        MigrationDirectory dir = atlas("1_initial.down.sql", "DROP TABLE IF EXISTS t;",
                "1_initial.up.sql", "CREATE TABLE t(c int);");

        assertThat(dir.sum().text()).isEqualTo("""
                h1:M74RrNK69S2pj6C541LR1ew5O32/i0WoyNgsJmyuiUk=
                1_initial.down.sql h1:0zypK43rgPbgvVUgVJABGN25VgM1QSeU+LJDBb8cEQI=
                1_initial.up.sql h1:hFhs5XhRml4KTWGF5td6h1s7xNqAFnaEBbC5Y/NF7i4=
                """);
    }

    @Test
    void atlasTestVectorWithCheckpoints() {
        MigrationDirectory dir = atlas(
                "1_first.sql", "create table `tbl_1` (`col` int);\n",
                "2_second.sql", "create table `tbl_2` (`col` int);\n",
                "3_checkpoint.sql", "-- atlas:checkpoint\n\nCREATE TABLE `tbl_1` (`col` int);\nCREATE TABLE `tbl_2` (`col` int);\n",
                "4_fourth.sql", "create table `tbl_3` (`col` int);\n",
                "5_checkpoint.sql", "-- atlas:checkpoint\n\nCREATE TABLE `tbl_1` (`col` int);\n"
                        + "CREATE TABLE `tbl_2` (`col` int);\ncreate table `tbl_3` (`col` int);\n",
                "6_sixth.sql", "CREATE TABLE `tbl_4` (`col` int);\n");

        assertThat(dir.sum().sum()).isEqualTo("POfbsH2G2GIXAZQ2CdPa5ufTxcLpcnperz/gX0Vw6Uk=");
        assertThat(dir.sum().hashOf("4_fourth.sql")).contains("QvaneqKxg+3R+zNzCP/wW43XkECdHkUwEpxJKPICEP8=");
        assertThat(dir.filesFromLastCheckpoint()).extracting(MigrationFile::name)
                .containsExactly("5_checkpoint.sql", "6_sixth.sql");
    }

    @Test
    void namesSortByTheirUtf8BytesAsGoSortsThem() {
        MigrationDirectory dir = atlas("2_b.sql", "", "10_a.sql", "", "1_\uFF41.sql", "", "1_\uD83D\uDE00.sql", "");

        assertThat(dir.files()).extracting(MigrationFile::name)
                .containsExactly("10_a.sql", "1_\uFF41.sql", "1_\uD83D\uDE00.sql", "2_b.sql");
    }

    @Test
    void aFileWhoseFirstLineIsSumIgnoreHasNoEntryButItsNameStillCounts() {
        MigrationDirectory ignored = atlas("1_a.sql", "-- atlas:sum ignore\nSELECT 1;", "2_b.sql", "SELECT 2;");
        MigrationDirectory renamed = atlas("1_z.sql", "-- atlas:sum ignore\nSELECT 1;", "2_b.sql", "SELECT 2;");
        MigrationDirectory edited = atlas("1_a.sql", "-- atlas:sum ignore\nSELECT 100;", "2_b.sql", "SELECT 2;");

        assertThat(ignored.sum().entries()).extracting(Entry::name).containsExactly("2_b.sql");
        assertThat(edited.sum()).isEqualTo(ignored.sum());
        assertThat(renamed.sum()).isNotEqualTo(ignored.sum());
        assertThat(ignored.files()).hasSize(2);
    }

    @Test
    void onlyAnExactFirstLineIgnoresAFile() {
        assertThat(ignored("-- atlas:sum ignore")).isTrue();
        assertThat(ignored("# atlas:sum ignore\nx")).isTrue();
        assertThat(ignored("atlas:sum ignore")).isTrue();
        assertThat(ignored("-- atlas:sum ignore \nx")).isFalse();
        assertThat(ignored("-- atlas:sum ignore\r\nx")).isFalse();
        assertThat(ignored("-- atlas:sum ignore please\nx")).isFalse();
        assertThat(ignored("\n-- atlas:sum ignore\nx")).isFalse();
        assertThat(ignored("\uFEFF-- atlas:sum ignore\nx")).isFalse();
    }

    private static boolean ignored(String text) {
        return FileHeader.ignoredBySum(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesWhatItWritesAndLinesEndedByCarriageReturns() {
        SumFile sum = atlas("1_a.sql", "SELECT 1;", "2_b.sql", "SELECT 2;").sum();

        assertThat(SumFile.parse("d", sum.text().getBytes(StandardCharsets.UTF_8))).isEqualTo(sum);
        assertThat(SumFile.parse("d", sum.text().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))).isEqualTo(sum);
        assertThat(SumFile.parse("d", sum.text().replace(" h1:", "   h1:").getBytes(StandardCharsets.UTF_8))).isEqualTo(sum);
    }

    @Test
    void aMalformedSumNamesItsLine() {
        String text = atlas("1_a.sql", "SELECT 1;", "2_b.sql", "SELECT 2;").sum().text();

        assertMalformed(text.replace("2_b.sql h1:", "2_b.sql "), 3, "expected a migration file name and h1:HASH");
        assertMalformed(text + "\n", 4, "expected a migration file name and h1:HASH");
        assertMalformed(text.substring(3), 1, "the first line must be h1:");
        assertMalformed("", 1, "the first line must be h1:");
        assertMalformed(text.replace("2_b.sql", "2_c.sql"), 1, "the directory hash does not match the lines below it");
    }

    private static void assertMalformed(String text, int line, String message) {
        assertThatThrownBy(() -> SumFile.parse("migrations", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(MalformedSumException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.kind()).isEqualTo(DirectoryProblem.Kind.MALFORMED_SUM);
                        assertThat(p.toString()).startsWith("atlas.sum:" + line + ": " + message);
                    });
                    assertThat(e.getMessage()).startsWith("migration directory migrations: atlas.sum:" + line + ": ");
                });
    }

    @Test
    void aMissingSumIsFineOnlyForAnEmptyDirectory() {
        atlas().checkSum();
        atlas("README.md", "not a migration").checkSum();

        assertThatThrownBy(() -> atlas("1_a.sql", "SELECT 1;").checkSum())
                .isInstanceOf(MissingSumException.class)
                .hasMessage("migration directory (in memory): atlas.sum: is missing, though the directory holds 1 "
                        + "migration file: run migrate hash to write it");
    }

    @Test
    void mismatchesAreReportedAsAtlasReportsThem() {
        String sum = TestDirectories.hashed(DirectoryFormat.ATLAS, "1_a.sql", "A", "2_b.sql", "B", "3_c.sql", "C")
                .sum().text();

        assertMismatch(sum, List.of("1_a.sql", "A", "2_b.sql", "B!", "3_c.sql", "C"), "2_b.sql", Reason.EDITED, 3);
        assertMismatch(sum, List.of("1_a.sql", "A", "3_c.sql", "C"), "2_b.sql", Reason.REMOVED, 3);
        assertMismatch(sum, List.of("1_a.sql", "A", "2_b.sql", "B", "3_c.sql", "C", "4_d.sql", "D"), "4_d.sql",
                Reason.ADDED, 5);
        assertMismatch(sum, List.of("1_a.sql", "A", "1_z.sql", "Z", "2_b.sql", "B", "3_c.sql", "C"), "1_z.sql",
                Reason.ADDED, 3);
        assertMismatch(sum, List.of("1_a.sql", "A", "2_b.sql", "B"), "3_c.sql", Reason.REMOVED, 4);
    }

    private static void assertMismatch(String sum, List<String> namesAndTexts, String file, Reason reason, int line) {
        Map<String, byte[]> files = files(namesAndTexts.toArray(String[]::new));
        files.put(SumFile.NAME, sum.getBytes(StandardCharsets.UTF_8));
        MigrationDirectory dir = MigrationDirectory.inMemory(DirectoryFormat.ATLAS, files);

        assertThatThrownBy(dir::checkSum).isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.sumLine()).isEqualTo(line);
            assertThat(e.problems()).singleElement().hasToString("atlas.sum:" + line + ": " + file + " " + switch (reason) {
                case EDITED -> "changed after atlas.sum was written: if the change is meant and the file has not run "
                        + "anywhere yet, run migrate hash to accept it";
                case REMOVED -> "is listed in atlas.sum but is no longer in the directory";
                case ADDED -> "is not in atlas.sum (it was added after the sum was written): run migrate hash to add it";
            });
        });
    }
}
