package dev.atlasj.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlasj.migrate.DirectoryProblem.Kind;
import dev.atlasj.sql.SqlSyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    /** The directory, with a matching {@code atlas.sum}. */
    private static MigrationDirectory dir(DirectoryFormat format, String... namesAndTexts) {
        return TestDirectories.hashed(format, namesAndTexts);
    }

    private static List<String> texts(MigrationFile file) {
        return file.statements(SqlSyntax.POSTGRES).stream().map(MigrationStatement::text).toList();
    }

    @Test
    void atlasReadsSqlFilesOfTheTopFolderAndTheirNames() {
        MigrationDirectory dir = dir(DirectoryFormat.ATLAS, "20240101000000_create_users.sql", "", "1.sql", "",
                "sub/2_b.sql", "", "notes.txt", "", "20240101000001-no-underscore.sql", "");

        assertThat(dir.files()).extracting(MigrationFile::name, MigrationFile::version, MigrationFile::description)
                .containsExactly(tuple("1.sql", "1", ""), tuple("20240101000000_create_users.sql", "20240101000000",
                        "create_users"), tuple("20240101000001-no-underscore.sql", "20240101000001-no-underscore", ""));
    }

    @Test
    void golangMigrateRunsTheUpFilesOnly() {
        MigrationDirectory dir = dir(DirectoryFormat.GOLANG_MIGRATE, "1_init.up.sql", "CREATE TABLE t (c int);",
                "1_init.down.sql", "DROP TABLE t;", "2_more.up.sql", "ALTER TABLE t ADD d int;");

        assertThat(dir.files()).extracting(MigrationFile::name, MigrationFile::version, MigrationFile::description)
                .containsExactly(tuple("1_init.up.sql", "1", "init"), tuple("2_more.up.sql", "2", "more"));
        assertThat(dir.sum().entries()).hasSize(2);
    }

    @Test
    void gooseRunsTheUpSectionWithItsOwnStatementBlocks() {
        MigrationFile file = dir(DirectoryFormat.GOOSE, "20240101000000_f.sql", """
                -- +goose NO TRANSACTION
                -- +goose Up
                CREATE TABLE t (c int); SELECT 'one goose statement';
                -- +goose StatementBegin
                CREATE FUNCTION f() RETURNS int AS $$
                BEGIN
                  RETURN 1;
                END;
                $$ LANGUAGE plpgsql;
                -- +goose StatementEnd
                INSERT INTO t
                  VALUES (1);
                -- +goose Down
                -- +goose StatementBegin
                DROP FUNCTION f();
                -- +goose StatementEnd
                DROP TABLE t;
                """).files().get(0);

        assertThat(file.statements(SqlSyntax.POSTGRES)).extracting(MigrationStatement::text, MigrationStatement::line)
                .containsExactly(tuple("CREATE TABLE t (c int); SELECT 'one goose statement'", 3),
                        tuple("CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql", 5),
                        tuple("INSERT INTO t\n  VALUES (1)", 11));
        assertThat(file.statements(SqlSyntax.POSTGRES)).extracting(MigrationStatement::statement)
                .extracting(s -> s.terminator()).containsOnly(";");
    }

    @Test
    void gooseAnnotationsOutOfOrderAreSyntaxProblems() {
        assertThat(dir(DirectoryFormat.GOOSE, "1_a.sql", "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n")
                .problems(SqlSyntax.POSTGRES)).singleElement()
                .hasToString("1_a.sql:2: -- +goose StatementBegin is never closed by -- +goose StatementEnd");
        assertThat(dir(DirectoryFormat.GOOSE, "1_a.sql", "-- +goose Down\nSELECT 1;\n").problems(SqlSyntax.POSTGRES))
                .singleElement().hasToString("1_a.sql:1: unexpected -- +goose Down");
        assertThat(dir(DirectoryFormat.GOOSE, "1_a.sql", "SELECT 1;\n-- +goose Up\n").problems(SqlSyntax.POSTGRES))
                .singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.SYNTAX));
    }

    @Test
    void dbmateRunsTheUpSection() {
        MigrationFile file = dir(DirectoryFormat.DBMATE, "20240101000000_f.sql", """
                -- migrate:up transaction:false
                CREATE TABLE t (c int);
                CREATE INDEX i ON t (c);

                -- migrate:down
                DROP TABLE t;
                """).files().get(0);

        assertThat(file.statements(SqlSyntax.POSTGRES)).extracting(MigrationStatement::text, MigrationStatement::line)
                .containsExactly(tuple("CREATE TABLE t (c int)", 2), tuple("CREATE INDEX i ON t (c)", 3));
    }

    @Test
    void foreignFormatsNeedNumericVersions() {
        assertThat(dir(DirectoryFormat.GOOSE, "v1_a.sql", "-- +goose Up\n").problems(SqlSyntax.POSTGRES))
                .singleElement().hasToString("v1_a.sql: version \"v1\" is not a number, as goose requires");
        assertThat(dir(DirectoryFormat.ATLAS, "_a.sql", "").problems(SqlSyntax.POSTGRES)).singleElement()
                .hasToString("_a.sql: has no version: migration files are named VERSION[_DESCRIPTION].sql");
    }

    @Test
    void flywayWalksFoldersInVersionOrderAndSkipsUndoAndHiddenFiles() {
        MigrationDirectory dir = dir(DirectoryFormat.FLYWAY,
                "V10__ten.sql", "SELECT 10;",
                "V2__two.sql", "SELECT 2;",
                "v3/V3_1__three_one.sql", "SELECT 31;",
                "V1.1__one_one.sql", "SELECT 11;",
                "U2__undo_two.sql", "SELECT -2;",
                ".hidden/V4__hidden.sql", "SELECT 4;",
                "afterMigrate.sql", "SELECT 0;");

        assertThat(dir.files()).extracting(MigrationFile::name, MigrationFile::version, MigrationFile::description)
                .containsExactly(tuple("V1.1__one_one.sql", "1.1", "one_one"), tuple("V2__two.sql", "2", "two"),
                        tuple("v3/V3_1__three_one.sql", "3_1", "three_one"), tuple("V10__ten.sql", "10", "ten"));
        assertThat(dir.sum().entries()).extracting(SumFile.Entry::name)
                .containsExactly("V1.1__one_one.sql", "V2__two.sql", "v3/V3_1__three_one.sql", "V10__ten.sql");
        assertThat(dir.problems(SqlSyntax.POSTGRES)).isEmpty();
    }

    @Test
    void flywayStartsFromTheLatestBaseline() {
        MigrationDirectory dir = dir(DirectoryFormat.FLYWAY, "B5__base.sql", "", "B10__later_base.sql", "",
                "V1__one.sql", "", "V10__ten.sql", "", "V11__eleven.sql", "");

        assertThat(dir.files()).extracting(MigrationFile::name).containsExactly("B10__later_base.sql", "V11__eleven.sql");
    }

    @Test
    void flywayRepeatablesAreRefusedButHashedAsAtlasHashesThem() {
        MigrationDirectory dir = dir(DirectoryFormat.FLYWAY, "V1__one.sql", "", "R__views.sql", "CREATE VIEW v AS SELECT 1;");

        assertThat(dir.files()).extracting(MigrationFile::name).containsExactly("V1__one.sql");
        assertThat(dir.sum().entries()).extracting(SumFile.Entry::name).containsExactly("V1__one.sql", "R__views.sql");
        assertThat(dir.problems(SqlSyntax.POSTGRES)).filteredOn(p -> p.kind() == Kind.UNSUPPORTED_FILE).singleElement()
                .hasToString("R__views.sql: Flyway repeatable migrations (R__) are not supported yet: move its SQL into a "
                        + "versioned file");
    }

    @Test
    void flywayVersionsMustBeNumbersAndUnique() {
        MigrationDirectory dir = dir(DirectoryFormat.FLYWAY, "V1_1__a.sql", "", "V1.1__b.sql", "", "V2a__c.sql", "");

        assertThat(dir.problems(SqlSyntax.POSTGRES)).containsExactly(
                new DirectoryProblem(Kind.VERSION, "V2a__c.sql", 0,
                        "version \"2a\" does not parse: Flyway versions are numbers separated by dots or underscores"),
                new DirectoryProblem(Kind.DUPLICATE_VERSION, "V1_1__a.sql", 0, "version 1_1 is also the version of V1.1__b.sql"));
    }

    @Test
    void formatsAreNamedAsAtlasNamesThem() {
        assertThat(DirectoryFormat.named("golang-migrate")).isEqualTo(DirectoryFormat.GOLANG_MIGRATE);
        assertThatThrownBy(() -> DirectoryFormat.named("liquibase"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("unknown migration directory format \"liquibase\": expected one of atlas, flyway, "
                        + "golang-migrate, goose, dbmate");
    }
}
