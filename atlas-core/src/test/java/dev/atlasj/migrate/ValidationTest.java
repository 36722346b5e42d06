package dev.atlasj.migrate;

import static dev.atlasj.migrate.TestDirectories.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.migrate.DirectoryProblem.Kind;
import dev.atlasj.sql.SqlSyntax;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One call finds every problem of a directory before anything runs. */
class ValidationTest {

    @Test
    void aValidDirectoryPassesAndItsFilesNoLongerThrow() {
        MigrationDirectory dir = TestDirectories.hashed(DirectoryFormat.ATLAS, "1_a.sql", "-- atlas:txmode none\n\nSELECT 1;",
                "2_b.sql", "SELECT 2;");

        dir.validate(SqlSyntax.POSTGRES);
        assertThat(dir.problems(SqlSyntax.POSTGRES)).isEmpty();
        assertThat(dir.files()).allSatisfy(f -> assertThat(f.statements(SqlSyntax.POSTGRES)).hasSize(1));
    }

    @Test
    void everyProblemIsReportedAtOnceSumFirst() {
        MigrationDirectory dir = TestDirectories.hashed(DirectoryFormat.ATLAS,
                "1_a.sql", "SELECT 'unterminated;\n",
                "2_b.sql", "-- atlas:txmode all\n\nSELECT 2;",
                "2_c.sql", "SELECT 3;",
                "3_d.sql", "SELECT $$ never closed");
        Map<String, byte[]> tampered = files("1_a.sql", "SELECT 'unterminated;\n", "2_b.sql", "-- atlas:txmode all\n\nSELECT 2;",
                "2_c.sql", "SELECT 3; -- edited", "3_d.sql", "SELECT $$ never closed",
                "4_e.sql", "SELECT \"\u00e9\";", "atlas.sum", dir.sum().text());
        tampered.put("5_latin1.sql", "SELECT '\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
        MigrationDirectory edited = MigrationDirectory.inMemory(DirectoryFormat.ATLAS, tampered);

        assertThat(edited.problems(SqlSyntax.POSTGRES)).extracting(DirectoryProblem::toString).containsExactly(
                "atlas.sum:4: 2_c.sql changed after atlas.sum was written: if the change is meant and the file has "
                        + "not run anywhere yet, run migrate hash to accept it",
                "2_c.sql: version 2 is also the version of 2_b.sql",
                "1_a.sql:1: the string that starts here is never closed with '",
                "2_b.sql:1: atlas:txmode all applies to a whole run and cannot be set in a file: use file or none",
                "3_d.sql:1: the dollar-quoted body $$ that starts here is never closed",
                "5_latin1.sql:1: is not UTF-8 text: byte 9 starts no UTF-8 character");
        assertThatThrownBy(() -> edited.validate(SqlSyntax.POSTGRES))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).isEqualTo("2_c.sql");
                    assertThat(e.problems()).hasSize(6);
                    assertThat(e.directory()).isEqualTo("(in memory)");
                    assertThat(e.getMessage()).startsWith("migration directory (in memory) has 6 problems:\n"
                            + "  atlas.sum:4: 2_c.sql changed");
                });
    }

    @Test
    void aRunOfSomeFilesSplitsOnlyThoseButStillChecksTheWholeSum() {
        MigrationDirectory dir = TestDirectories.hashed(DirectoryFormat.ATLAS, "1_a.sql", "SELECT 'never closed",
                "2_b.sql", "SELECT 2;");
        MigrationFile pending = dir.files().get(1);

        dir.validate(SqlSyntax.POSTGRES, java.util.List.of(pending));
        dir.validate(SqlSyntax.POSTGRES, java.util.List.of());
        assertThatThrownBy(() -> dir.validate(SqlSyntax.POSTGRES, dir.files())).hasMessageContaining("1_a.sql:1:");

        Map<String, byte[]> edited = files("1_a.sql", "SELECT 'edited", "2_b.sql", "SELECT 2;", "atlas.sum", dir.sum().text());
        MigrationDirectory tampered = MigrationDirectory.inMemory(DirectoryFormat.ATLAS, edited);
        assertThatThrownBy(() -> tampered.validate(SqlSyntax.POSTGRES, java.util.List.of(tampered.files().get(1))))
                .isInstanceOf(ChecksumMismatchException.class);
    }

    @Test
    void withoutASumProblemTheExceptionIsTheGeneralOne() {
        MigrationDirectory dir = TestDirectories.hashed(DirectoryFormat.ATLAS, "1_a.sql", "SELECT (1;\nSELECT 'x");

        assertThatThrownBy(() -> dir.validate(SqlSyntax.MYSQL))
                .isExactlyInstanceOf(MigrationDirectoryException.class)
                .hasMessage("migration directory (in memory): 1_a.sql:2: the string that starts here is never closed with '");
    }

    @Test
    void aMissingSumIsThrownAsItsOwnType() {
        MigrationDirectory dir = TestDirectories.atlas("1_a.sql", "SELECT 1;", "2_b.sql", "SELECT 'x");

        assertThatThrownBy(() -> dir.validate(SqlSyntax.POSTGRES))
                .isInstanceOfSatisfying(MissingSumException.class, e -> assertThat(e.problems())
                        .extracting(DirectoryProblem::kind).containsExactly(Kind.MISSING_SUM, Kind.SYNTAX));
    }

    @Test
    void aFileWithASyntaxErrorThrowsWhenItsStatementsAreAskedFor() {
        MigrationFile file = TestDirectories.atlas("1_a.sql", "SELECT 1;\n/* open").files().get(0);

        assertThatThrownBy(() -> file.statements(SqlSyntax.POSTGRES))
                .isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("migration directory (in memory): 1_a.sql:2: the comment that starts here is never closed with */");
    }
}
