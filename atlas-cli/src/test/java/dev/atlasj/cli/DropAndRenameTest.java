package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static dev.atlasj.cli.SchemaDiffTest.assertSynced;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes that drop or rename: destructive changes are set apart and need approval, and a rename hint
 * turns a drop and an add into a rename that keeps the data.
 */
@ExtendWith(DatabaseExtension.class)
class DropAndRenameTest {

    private static final String USERS = "CREATE TABLE public.users (id integer PRIMARY KEY, name text, note text);"
            + " INSERT INTO public.users VALUES (1, 'Ada', 'first');";

    private static CliRun apply(Terminal terminal, TestDatabase target, TestDatabase desired, String... flags) {
        List<String> args = new ArrayList<>(List.of("schema", "apply", "--url", TestUrls.url(target),
                "--to", TestUrls.url(desired)));
        args.addAll(List.of(flags));
        CliRun run = atlas(terminal, args.toArray(String[]::new));
        assertThat(run.output()).doesNotContain(TestUrls.password(target));
        return run;
    }

    private static List<String> columns(TestDatabase db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'public' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private static String firstName(TestDatabase db, String column) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT " + column + " FROM public.users WHERE id = 1")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    @Test
    void diffPrintsDrops(TestDatabase from, TestDatabase to) {
        from.execute(USERS + " CREATE TABLE public.legacy (id integer);");
        to.execute("CREATE TABLE public.users (id integer PRIMARY KEY, name text);");

        CliRun run = atlas("schema", "diff", "--from", TestUrls.url(from), "--to", TestUrls.url(to));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("DROP TABLE public.legacy;\n", "ALTER TABLE public.users DROP COLUMN note;\n");
    }

    @Test
    void destructiveChangesAreListedApartAndNeedApproval(TestDatabase target, TestDatabase desired) throws SQLException {
        target.execute(USERS);
        desired.execute("CREATE TABLE public.users (id integer PRIMARY KEY, name text);");

        CliRun withoutTerminal = apply(ScriptedTerminal.NONE, target, desired);
        ScriptedTerminal no = ScriptedTerminal.answering("no");
        CliRun declined = apply(no, target, desired);

        for (CliRun run : List.of(withoutTerminal, declined)) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).endsWith(";\n-- WARNING: 1 destructive change drops data that cannot be recovered:\n"
                    + "--   drop column public.users.note\n");
        }
        assertThat(no.questions()).containsExactly("Apply the 1 statement above, with 1 destructive change? [y/N] ");
        assertThat(columns(target, "users")).containsExactly("id", "name", "note");

        CliRun approved = apply(ScriptedTerminal.answering("y"), target, desired);

        assertThat(approved.exitCode()).isZero();
        assertThat(columns(target, "users")).containsExactly("id", "name");
    }

    @Test
    void autoApproveAppliesDestructiveChanges(TestDatabase target, TestDatabase desired) throws SQLException {
        target.execute(USERS + " CREATE SCHEMA legacy;");
        desired.execute("CREATE TABLE public.users (id integer PRIMARY KEY, name text);");

        CliRun run = apply(ScriptedTerminal.NONE, target, desired, "--auto-approve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("-- WARNING: 2 destructive changes drop data that cannot be recovered:\n",
                "--   drop schema legacy\n", "-- Applied 2 statements in ");
        assertSynced(target, desired);
    }

    @Test
    void aRenameHintRenamesAndKeepsTheData(TestDatabase target, TestDatabase desired) throws SQLException {
        target.execute(USERS);
        desired.execute("CREATE TABLE public.users (id integer PRIMARY KEY, full_name text, note text);");

        CliRun diff = atlas("schema", "diff", "--from", TestUrls.url(target), "--to", TestUrls.url(desired),
                "--rename", "column:public.users.name=full_name");
        CliRun apply = apply(ScriptedTerminal.NONE, target, desired, "--auto-approve",
                "--rename", "column:public.users.name=full_name");

        assertThat(diff.out()).isEqualTo("ALTER TABLE public.users RENAME COLUMN name TO full_name;\n");
        assertThat(apply.exitCode()).isZero();
        assertThat(apply.out()).doesNotContain("WARNING");
        assertThat(firstName(target, "full_name")).isEqualTo("Ada");
        assertSynced(target, desired);
    }

    @Test
    void withoutARenameHintARenameIsADropAndAnAdd(TestDatabase target, TestDatabase desired) {
        target.execute(USERS);
        desired.execute("CREATE TABLE public.users (id integer PRIMARY KEY, full_name text, note text);");

        CliRun run = atlas("schema", "diff", "--from", TestUrls.url(target), "--to", TestUrls.url(desired));

        assertThat(run.out()).contains("DROP COLUMN name", "ADD COLUMN full_name");
    }

    @Test
    void aFailingAlterationIsRolledBack(TestDatabase target, TestDatabase desired) throws SQLException {
        target.execute(USERS + " INSERT INTO public.users VALUES (2, NULL, NULL);");
        desired.execute("CREATE TABLE public.users (id integer PRIMARY KEY, name text NOT NULL, note text,"
                + " added integer);");

        CliRun run = apply(ScriptedTerminal.NONE, target, desired, "--auto-approve");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("SET NOT NULL", "contains null values")
                .endsWith("Nothing was changed: the transaction was rolled back.\n");
        assertThat(columns(target, "users")).containsExactly("id", "name", "note");
    }
}
