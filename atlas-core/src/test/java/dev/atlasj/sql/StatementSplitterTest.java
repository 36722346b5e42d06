package dev.atlasj.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> pg(String script) {
        return StatementSplitter.split(script, SqlSyntax.POSTGRES).stream().map(Statement::text).toList();
    }

    private static List<String> my(String script) {
        return StatementSplitter.split(script, SqlSyntax.MYSQL).stream().map(Statement::text).toList();
    }

    @Test
    void splitsOnSemicolonsAndKeepsLines() {
        List<Statement> s = StatementSplitter.split("CREATE TABLE a (id int);\n\nCREATE TABLE b (\n  id int\n);\n",
                SqlSyntax.POSTGRES);

        assertThat(s).extracting(Statement::text).containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (\n  id int\n)");
        assertThat(s).extracting(Statement::line).containsExactly(1, 3);
        assertThat(s.get(1).lineOf(s.get(1).text().indexOf("id"))).isEqualTo(4);
    }

    @Test
    void aLastStatementWithoutSemicolonCounts() {
        assertThat(pg("SELECT 1; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
        assertThat(pg("  \n-- only a comment\n")).isEmpty();
    }

    @Test
    void postgresQuotesHideSemicolons() {
        assertThat(pg("SELECT 'a;b', 'it''s;'; SELECT \"we;ird\"\"name\" FROM t;"))
                .containsExactly("SELECT 'a;b', 'it''s;'", "SELECT \"we;ird\"\"name\" FROM t");
        assertThat(pg("SELECT E'back\\';slash'; SELECT 2;")).containsExactly("SELECT E'back\\';slash'", "SELECT 2");
        assertThat(pg("SELECT 'a\\'; SELECT 2;")).containsExactly("SELECT 'a\\'", "SELECT 2");
    }

    @Test
    void dollarQuotedBodiesWithTagsHideSemicolons() {
        String fn = "CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1; -- $x$\nEND;\n$body$ LANGUAGE plpgsql";
        assertThat(pg(fn + ";\nSELECT $$a;b$$;")).containsExactly(fn, "SELECT $$a;b$$");
        assertThat(pg("SELECT $1; SELECT a$b;")).containsExactly("SELECT $1", "SELECT a$b");
    }

    @Test
    void nestedBlockCommentsAndLineComments() {
        assertThat(pg("/* outer /* inner; */ still; */ SELECT 1; -- a;b\nSELECT 2;"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void beginAtomicBodiesEndAtTheirEnd() {
        String fn = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC\n"
                + "  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND";
        assertThat(pg(fn + ";\nSELECT 3;")).containsExactly(fn, "SELECT 3");
    }

    @Test
    void commentsAboveAStatementTravelWithIt() {
        List<Statement> s = StatementSplitter.split("-- atlas:nolint DS103\nALTER TABLE t DROP COLUMN c;\nSELECT 1;",
                SqlSyntax.POSTGRES);

        assertThat(s.get(0).comments()).containsExactly("-- atlas:nolint DS103");
        assertThat(s.get(1).comments()).isEmpty();
    }

    @Test
    void aCustomDelimiter() {
        assertThat(StatementSplitter.split("SELECT 1; SELECT 2\n//\nSELECT 3//", SqlSyntax.POSTGRES, "//"))
                .extracting(Statement::text).containsExactly("SELECT 1; SELECT 2", "SELECT 3");
    }

    @Test
    void unclosedConstructsNameTheLineTheyStartOn() {
        assertThatThrownBy(() -> pg("SELECT 1;\nSELECT 'abc;\n"))
                .isInstanceOf(SqlSyntaxException.class)
                .hasMessage("line 2: the string that starts here is never closed with '");
        assertThatThrownBy(() -> pg("SELECT 1;\n\n/* never"))
                .hasMessage("line 3: the comment that starts here is never closed with */");
        assertThatThrownBy(() -> pg("SELECT $f$ body"))
                .hasMessage("line 1: the dollar-quoted body $f$ that starts here is never closed");
        assertThatThrownBy(() -> pg("SELECT \"name"))
                .hasMessage("line 1: the quoted identifier that starts here is never closed with \"");
    }

    @Test
    void mysqlQuotesCommentsAndBackslashes() {
        assertThat(my("SELECT 'a\\';b', \"c;d\", `e;f`; # hash; comment\nSELECT 2; -- dash;\nSELECT 3--not a comment\n;"))
                .containsExactly("SELECT 'a\\';b', \"c;d\", `e;f`", "SELECT 2", "SELECT 3--not a comment");
    }

    @Test
    void mysqlDelimiterCommand() {
        String script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\nDELIMITER ;\nSELECT 3;";
        List<Statement> s = StatementSplitter.split(script, SqlSyntax.MYSQL);

        assertThat(s).extracting(Statement::text)
                .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "SELECT 3");
        assertThat(s).extracting(Statement::line).containsExactly(2, 4);
    }

    @Test
    void aDelimiterMadeOfNameCharactersEndsAWordItFollows() {
        String script = "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nCREATE TABLE a$b (id int)$$\nDELIMITER ;";
        List<Statement> s = StatementSplitter.split(script, SqlSyntax.MYSQL);

        assertThat(s).extracting(Statement::text)
                .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END", "CREATE TABLE a$b (id int)");
    }

    @Test
    void mysqlCompoundStatementsWithoutDelimiter() {
        String trigger = "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN\n"
                + "  IF NEW.a > 0 THEN SET NEW.b = 1; END IF;\n"
                + "  CASE NEW.c WHEN 1 THEN SET NEW.d = 2; ELSE BEGIN END; END CASE;\n"
                + "  SET NEW.e = CASE WHEN NEW.a THEN 1 END;\n"
                + "  lbl: LOOP LEAVE lbl; END LOOP lbl;\n"
                + "END";
        assertThat(my(trigger + ";\nBEGIN;\nSELECT 1;")).containsExactly(trigger, "BEGIN", "SELECT 1");
    }

    @Test
    void aBlankLineDetachesCommentsFromTheStatementBelow() {
        List<Statement> s = StatementSplitter.split("-- file header\n\n-- about a\n/* more */\nSELECT 1;\n-- detached\n  \n"
                + "SELECT 2;", SqlSyntax.POSTGRES);

        assertThat(s).extracting(Statement::comments)
                .containsExactly(List.of("-- about a", "/* more */"), List.of());
    }

    @Test
    void eachStatementKeepsTheDelimiterThatEndedIt() {
        assertThat(StatementSplitter.split("SELECT 1;\nDELIMITER //\nSELECT 2//\nSELECT 3", SqlSyntax.MYSQL))
                .extracting(Statement::terminator).containsExactly(";", "//", "");
    }

    @Test
    void linesCountThroughADelimiterOfNewlines() {
        assertThat(StatementSplitter.split("\n\nSELECT 1\n\nSELECT\n2\n\n\nSELECT 3", SqlSyntax.POSTGRES, "\n\n"))
                .extracting(Statement::line).containsExactly(3, 5, 9);
    }
}
