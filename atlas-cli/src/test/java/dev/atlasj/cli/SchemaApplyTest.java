package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static dev.atlasj.cli.SchemaDiffTest.assertSynced;
import static dev.atlasj.cli.SchemaInspectTest.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code atlas schema apply} on real databases: approval, dry runs, transaction modes and failures. */
@ExtendWith(DatabaseExtension.class)
class SchemaApplyTest {

    private static CliRun apply(Terminal terminal, TestDatabase target, TestDatabase desired, String... flags) {
        CliRun run = atlas(terminal, Stream.concat(Stream.of("schema", "apply", "--url", TestUrls.url(target),
                "--to", TestUrls.url(desired)), Stream.of(flags)).toArray(String[]::new));
        assertThat(run.output()).doesNotContain(TestUrls.password(target));
        return run;
    }

    private static CliRun apply(TestDatabase target, TestDatabase desired, String... flags) {
        return apply(ScriptedTerminal.NONE, target, desired, flags);
    }

    private static String redacted(TestDatabase db) {
        return TestUrls.url(db).replace(TestUrls.password(db), "xxxxx");
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables"
                        + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    @Test
    void autoApproveAppliesThePlanAndReportsIt(TestDatabase target, TestDatabase desired) {
        desired.execute(SHOP);

        CliRun run = apply(target, desired, "--auto-approve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("-- Planned changes to " + redacted(target) + ": ")
                .contains(": 9 statements, in one transaction\nCREATE SCHEMA billing;\nCREATE SCHEMA shop;\n")
                .containsPattern("\n-- Applied \\d+ statements in \\d+ ms\\.\n$");
        assertSynced(target, desired);
    }

    @Test
    void syncedSchemasNeedNoApproval(TestDatabase target, TestDatabase desired) {
        target.execute(SHOP);
        desired.execute(SHOP);

        CliRun run = apply(target, desired);

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }

    @Test
    void withoutATerminalOrAutoApproveNothingChanges(TestDatabase target, TestDatabase desired) throws SQLException {
        desired.execute(SHOP);

        CliRun run = apply(target, desired);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("-- Planned changes to ").contains("CREATE TABLE shop.orders");
        assertThat(run.err()).isEqualTo("Error: nothing was applied: there is no terminal to ask for approval."
                + " Review the plan above and run again with --auto-approve to apply it.\n");
        assertThat(tables(target)).isEmpty();
    }

    @Test
    void aDryRunPrintsThePlanAndChangesNothing(TestDatabase target, TestDatabase desired) throws SQLException {
        desired.execute(SHOP);

        CliRun run = apply(target, desired, "--dry-run", "--auto-approve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("CREATE TABLE shop.orders").endsWith(";\n-- Dry run: nothing was applied.\n");
        assertThat(tables(target)).isEmpty();
    }

    @Test
    void aDryRunsOutputIsAScriptThatAppliesThePlan(TestDatabase target, TestDatabase desired) {
        desired.execute(SHOP);

        target.execute(apply(target, desired, "--dry-run").out());

        assertSynced(target, desired);
    }

    @Test
    void onATerminalYesApplies(TestDatabase target, TestDatabase desired) throws SQLException {
        desired.execute("CREATE TABLE public.notes (id integer); CREATE TABLE public.tags (name text);");
        ScriptedTerminal terminal = ScriptedTerminal.answering(" Yes ");

        CliRun run = apply(terminal, target, desired);

        assertThat(run.exitCode()).isZero();
        assertThat(terminal.questions()).containsExactly("Apply the 2 statements above? [y/N] ");
        assertThat(tables(target)).containsExactly("public.notes", "public.tags");
    }

    @Test
    void onATerminalAnythingButYesChangesNothing(TestDatabase target, TestDatabase desired) throws SQLException {
        desired.execute("CREATE TABLE public.notes (id integer);");

        for (String answer : new String[] {"", "n", "nope", null}) {
            CliRun run = apply(ScriptedTerminal.answering(answer), target, desired);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("Error: nothing was applied: the plan was not approved.\n");
        }
        assertThat(tables(target)).isEmpty();
    }

    @Test
    void aFailingStatementIsNamedAndTheTransactionRolledBack(TestDatabase target, TestDatabase desired)
            throws SQLException {
        desired.execute("""
                CREATE COLLATION public.binary_order (provider = libc, locale = 'C');
                CREATE TABLE public.a (id integer);
                CREATE TABLE public.b (name text COLLATE public.binary_order);
                """);

        CliRun run = apply(target, desired, "--auto-approve");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("-- Applied");
        assertThat(run.err()).startsWith("Error: applying the plan to " + redacted(target)
                        + " failed at statement 2 of 2, CREATE TABLE public.b (name text COLLATE ")
                .contains("ERROR: collation ", " does not exist")
                .endsWith(". Nothing was changed: the transaction was rolled back.\n");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(tables(target)).isEmpty();
    }

    @Test
    void txModeNoneCommitsEachStatementOnItsOwn(TestDatabase target, TestDatabase desired) throws SQLException {
        desired.execute("""
                CREATE COLLATION public.binary_order (provider = libc, locale = 'C');
                CREATE TABLE public.a (id integer);
                CREATE TABLE public.b (name text COLLATE public.binary_order);
                """);

        CliRun run = apply(target, desired, "--auto-approve", "--tx-mode", "none");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("-- Planned changes to " + redacted(target)
                + ": 2 statements, each committed on its own\n");
        assertThat(run.err()).contains("failed at statement 2 of 2, CREATE TABLE public.b")
                .endsWith(". 1 earlier statement(s) stayed applied: they were committed before it ran.\n");
        assertThat(tables(target)).containsExactly("public.a");
    }

    @Test
    void txModeNoneAppliesEveryStatement(TestDatabase target, TestDatabase desired) {
        desired.execute(SHOP);

        CliRun run = apply(target, desired, "--auto-approve", "--tx-mode", "NONE");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(" statements, each committed on its own\n");
        assertSynced(target, desired);
    }

    @Test
    void anUnknownTxModeIsAUsageError(TestDatabase target, TestDatabase desired) {
        CliRun run = apply(target, desired, "--tx-mode", "all");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Invalid value for option '--tx-mode': expected one of [file, none]");
    }

    @Test
    void theUrlsSearchPathLeavesOtherSchemasAlone(TestDatabase target, TestDatabase desired) throws SQLException {
        target.execute("CREATE SCHEMA shop; CREATE SCHEMA legacy; CREATE TABLE legacy.old (id integer);");
        desired.execute(SHOP);

        CliRun run = atlas("schema", "apply", "--url", TestUrls.url(target) + "&search_path=shop",
                "--to", TestUrls.url(desired), "--auto-approve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("legacy");
        assertThat(tables(target)).containsExactly("legacy.old", "shop.customers", "shop.orders");
    }
}
