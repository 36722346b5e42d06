package dev.atlasj.migrate;

import static dev.atlasj.migrate.TestDirectories.atlas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.migrate.DirectoryProblem.Kind;
import dev.atlasj.plan.TxMode;
import dev.atlasj.sql.SqlSyntax;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectivesTest {

    private static MigrationFile file(String text) {
        return atlas("1_a.sql", text).files().get(0);
    }

    private static List<DirectoryProblem> problems(String text) {
        return file(text).problems(SqlSyntax.POSTGRES);
    }

    @Test
    void fileDirectivesAreReadFromTheHeaderSeparatedByABlankLine() {
        MigrationFile.Directives d = file("""
                -- atlas:txmode none
                -- atlas:nolint DS103 MF101
                # atlas:checkpoint v1.2
                
                CREATE INDEX CONCURRENTLY i ON t (c);
                """).directives();

        assertThat(d.txMode()).contains(TxMode.NONE);
        assertThat(d.nolint()).contains(List.of("DS103", "MF101"));
        assertThat(d.checkpoint()).isTrue();
        assertThat(d.checkpointTag()).contains("v1.2");
        assertThat(d.delimiter()).isEmpty();
        assertThat(d.sumIgnored()).isFalse();
        assertThat(file("-- atlas:txmode file\n\nSELECT 1;").directives().txMode()).contains(TxMode.FILE);
        assertThat(file("-- atlas:txmode none\r\n\r\nSELECT 1;").directives().txMode()).contains(TxMode.NONE);
        assertThat(file("-- atlas:txmode none\n").directives().txMode()).contains(TxMode.NONE);
    }

    @Test
    void withoutTheBlankLineTheCommentsBelongToTheFirstStatementAndTheFileDirectiveIsRefused() {
        MigrationFile f = file("-- atlas:txmode none\nCREATE INDEX CONCURRENTLY i ON t (c);\n");

        assertThat(f.directives().txMode()).isEmpty();
        assertThat(f.problems(SqlSyntax.POSTGRES)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DIRECTIVE);
            assertThat(p).hasToString("1_a.sql:2: the -- atlas:txmode above this statement is not read: file "
                    + "directives go in the comments the file starts with, followed by a blank line");
        });
    }

    @Test
    void aHeaderMustStartTheFile() {
        assertThat(file("\n-- atlas:txmode none\n\nSELECT 1;").directives().txMode()).isEmpty();
        assertThat(file("/* atlas:txmode none */\n\nSELECT 1;").directives().txMode()).isEmpty();
    }

    @Test
    void txModeAllAndUnknownModesAreRefusedNamingTheLine() {
        assertThat(problems("-- header\n-- atlas:txmode all\n\nSELECT 1;")).singleElement()
                .hasToString("1_a.sql:2: atlas:txmode all applies to a whole run and cannot be set in a file: use file or none");
        assertThat(problems("-- atlas:txmode never\n\nSELECT 1;")).singleElement()
                .hasToString("1_a.sql:1: unknown atlas:txmode \"never\": expected none or file");
        assertThat(problems("-- atlas:txmode none\n-- atlas:txmode file\n\nSELECT 1;")).singleElement()
                .hasToString("1_a.sql:2: atlas:txmode is set twice");
        assertThatThrownBy(() -> file("-- atlas:txmode never\n\nSELECT 1;").directives())
                .isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("migration directory (in memory): 1_a.sql:1: unknown atlas:txmode \"never\": expected none or file");
    }

    @Test
    void aDelimiterOnTheFirstLineWithEscapes() {
        MigrationFile f = file("-- atlas:delimiter \\n\\n\n\nCREATE TABLE a (id int);\nSELECT 1\n\nSELECT\n2\n");

        assertThat(f.directives().delimiter()).contains("\n\n");
        assertThat(f.statements(SqlSyntax.POSTGRES)).extracting(MigrationStatement::text, MigrationStatement::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE TABLE a (id int);\nSELECT 1", 3),
                        org.assertj.core.groups.Tuple.tuple("SELECT\n2", 6));
        assertThat(file("-- atlas:delimiter //\nSELECT 1; SELECT 2//\nSELECT 3//").statements(SqlSyntax.MYSQL))
                .extracting(MigrationStatement::text).containsExactly("SELECT 1; SELECT 2", "SELECT 3");
        assertThat(file("-- atlas:delimiter \\t\nSELECT 1\tSELECT 2").directives().delimiter()).contains("\t");
    }

    @Test
    void aBadOrMisplacedDelimiterIsRefused() {
        assertThat(problems("-- atlas:delimiter\n\nSELECT 1;")).singleElement()
                .hasToString("1_a.sql:1: -- atlas:delimiter needs a delimiter, as in -- atlas:delimiter //");
        assertThat(problems("-- header\n-- atlas:delimiter //\n\nSELECT 1;")).singleElement()
                .hasToString("1_a.sql:2: atlas:delimiter is read only from the first line of the file");
        assertThat(problems("--atlas:delimiter //\n\nSELECT 1;")).singleElement()
                .hasToString("1_a.sql:1: atlas:delimiter is read only when written -- atlas:delimiter X");
    }

    @Test
    void sumIgnoreOnlyOnTheFirstLineAndOnlyExactly() {
        assertThat(file("-- atlas:sum ignore\nSELECT 1;").directives().sumIgnored()).isTrue();
        assertThat(problems("-- atlas:sum ignore please\n\nSELECT 1;")).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("atlas:sum takes the one word ignore"));
        assertThat(problems("-- a header\n-- atlas:sum ignore\n\nSELECT 1;")).singleElement()
                .hasToString("1_a.sql:2: atlas:sum is read only from the first line of the file");
    }

    @Test
    void nolintWithoutCodesTurnsLintingOffForTheFile() {
        assertThat(file("-- atlas:nolint\n\nDROP TABLE t;").directives().nolint()).contains(List.of());
        assertThat(file("-- atlas:nolint DS103\n-- atlas:nolint\n\nDROP TABLE t;").directives().nolint()).contains(List.of());
        assertThat(file("-- atlas:nolint DS103\n-- atlas:nolint DS103 MF101\n\nDROP TABLE t;").directives().nolint())
                .contains(List.of("DS103", "MF101"));
        assertThat(file("DROP TABLE t;").directives().nolint()).isEmpty();
    }

    @Test
    void nolintDirectlyAboveAStatementAppliesToItAlone() {
        List<MigrationStatement> s = file("""
                -- drop the old table
                -- atlas:nolint DS102
                DROP TABLE old;
                -- atlas:nolint

                DROP TABLE detached;
                /* atlas:nolint destructive */
                DROP TABLE blocked;
                """).statements(SqlSyntax.POSTGRES);

        assertThat(s).extracting(MigrationStatement::nolint)
                .containsExactly(Optional.of(List.of("DS102")), Optional.empty(), Optional.of(List.of("destructive")));
    }

    @Test
    void otherDirectiveNamesAreLeftAlone() {
        assertThat(problems("-- atlas:import ../schema.sql\n-- atlas:assert oneof\n\nSELECT 1;")).isEmpty();
    }
}
