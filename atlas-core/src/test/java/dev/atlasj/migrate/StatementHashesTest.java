package dev.atlasj.migrate;

import static dev.atlasj.migrate.TestDirectories.atlas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.sql.SqlSyntax;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cumulative statement hashes Atlas keeps in {@code partial_hashes} while a file is half applied. */
class StatementHashesTest {

    private static List<MigrationStatement> statements(String text, SqlSyntax syntax) {
        return atlas("1_a.sql", text).files().get(0).statements(syntax);
    }

    private static String h1(String... texts) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String text : texts) {
            sha.update(text.getBytes(StandardCharsets.UTF_8));
        }
        return "h1:" + Base64.getEncoder().encodeToString(sha.digest());
    }

    @Test
    void eachHashCoversTheStatementsUpToItWithTheirSemicolons() throws Exception {
        List<MigrationStatement> s = statements("CREATE TABLE a (id int);\n-- a comment\nINSERT INTO a VALUES (1);\n"
                + "SELECT 'ü'", SqlSyntax.POSTGRES);

        assertThat(s).extracting(MigrationStatement::hash).containsExactly(
                h1("CREATE TABLE a (id int);"),
                h1("CREATE TABLE a (id int);", "INSERT INTO a VALUES (1);"),
                h1("CREATE TABLE a (id int);", "INSERT INTO a VALUES (1);", "SELECT 'ü'"));
        assertThat(s).extracting(MigrationStatement::index).containsExactly(0, 1, 2);
        assertThat(s.get(1).location()).isEqualTo("1_a.sql:3");
    }

    @Test
    void aCustomDelimiterIsNotHashed() throws Exception {
        assertThat(statements("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\nSELECT 2;",
                SqlSyntax.MYSQL)).extracting(MigrationStatement::hash).containsExactly(
                h1("CREATE PROCEDURE p() BEGIN SELECT 1; END"),
                h1("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2;"));
    }

    @Test
    void gooseStatementsHashWithTheSemicolonOfTheirLineAsAtlasReadsThem() throws Exception {
        MigrationFile goose = TestDirectories.hashed(DirectoryFormat.GOOSE, "1_a.sql",
                "-- +goose Up\nSELECT 1;\n-- +goose StatementBegin\nSELECT 2\n-- +goose StatementEnd\n").files().get(0);

        assertThat(goose.statements(SqlSyntax.POSTGRES)).extracting(MigrationStatement::text, MigrationStatement::hash)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SELECT 1", h1("SELECT 1;")),
                        org.assertj.core.groups.Tuple.tuple("SELECT 2", h1("SELECT 1;", "SELECT 2")));
    }

    @Test
    void editingAStatementChangesItsHashAndThoseAfterItOnly() {
        List<MigrationStatement> before = statements("SELECT 1;\nSELECT 2;\nSELECT 3;", SqlSyntax.POSTGRES);
        List<MigrationStatement> after = statements("SELECT 1;\nSELECT 2 + 0;\nSELECT 3;", SqlSyntax.POSTGRES);

        assertThat(after.get(0).hash()).isEqualTo(before.get(0).hash());
        assertThat(after.get(1).hash()).isNotEqualTo(before.get(1).hash());
        assertThat(after.get(2).hash()).isNotEqualTo(before.get(2).hash());
    }
}
