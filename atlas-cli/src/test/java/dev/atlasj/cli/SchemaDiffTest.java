package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static dev.atlasj.cli.SchemaInspectTest.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code atlas schema diff} between real databases: SQL, JSON, scopes, rename hints and bad input. */
@ExtendWith(DatabaseExtension.class)
class SchemaDiffTest {

    /** Runs {@code atlas schema diff FLAGS…} and checks that no password was printed. */
    static CliRun diff(TestDatabase from, String... flags) {
        CliRun run = atlas(Stream.concat(Stream.of("schema", "diff"), Stream.of(flags)).toArray(String[]::new));
        assertThat(run.output()).doesNotContain(TestUrls.password(from));
        return run;
    }

    static CliRun diff(TestDatabase from, TestDatabase to, String... flags) {
        return diff(from, Stream.concat(Stream.of("--from", TestUrls.url(from), "--to", TestUrls.url(to)),
                Stream.of(flags)).toArray(String[]::new));
    }

    /** Asserts that {@code from} and {@code to} have the same schema, as the command sees it. */
    static void assertSynced(TestDatabase from, TestDatabase to) {
        CliRun run = diff(from, to);
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }

    @Test
    void sameSchemasAreSynced(TestDatabase from, TestDatabase to) {
        from.execute(SHOP);
        to.execute(SHOP);

        CliRun run = diff(from, to);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }

    @Test
    void printsTheStatementsThatTurnFromIntoTo(TestDatabase from, TestDatabase to) {
        to.execute(SHOP);

        CliRun run = diff(from, to);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSizeGreaterThan(4).allMatch(line -> line.endsWith(";"));
        assertThat(run.out()).contains("CREATE SCHEMA shop;\n", "CREATE SCHEMA billing;\n")
                .contains("CREATE TYPE shop.status AS ENUM ('new', 'paid', 'shipped');\n")
                .contains("CREATE INDEX orders_open_idx ON shop.orders (customer_id) WHERE status <> 'shipped';\n");
        from.execute(run.out());
        assertSynced(from, to);
    }

    @Test
    void jsonDescribesTheChangesAndTheStatements(TestDatabase from, TestDatabase to) {
        to.execute("CREATE TABLE public.notes (id integer PRIMARY KEY, body text); CREATE TYPE public.mood AS ENUM ('ok');");

        CliRun run = diff(from, to, "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                {
                  "changes": [
                    {
                      "type": "add_table",
                      "schema": "public",
                      "name": "notes",
                      "description": "add table public.notes"
                    },
                    {
                      "type": "add_object",
                      "schema": "public",
                      "name": "mood",
                      "object_type": "enum",
                      "description": "add enum public.mood"
                    }
                  ],
                  "statements": [
                    {
                      "sql": "CREATE TYPE public.mood AS ENUM ('ok')",
                      "reverse": "DROP TYPE public.mood",
                      "transactional": true,
                      "change": 1
                    },
                    {
                      "sql": "CREATE TABLE public.notes (id integer NOT NULL, body text, CONSTRAINT notes_pkey PRIMARY KEY (id))",
                      "reverse": "DROP TABLE public.notes",
                      "transactional": true,
                      "change": 0
                    }
                  ]
                }
                """);
    }

    @Test
    void jsonOfSyncedSchemasHasEmptyLists(TestDatabase from, TestDatabase to) {
        CliRun run = diff(from, to, "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                {
                  "changes": [],
                  "statements": []
                }
                """);
    }

    @Test
    void aSearchPathScopesBothSidesToThatSchema(TestDatabase from, TestDatabase to) {
        from.execute(SHOP + "CREATE SCHEMA legacy; CREATE TABLE legacy.old (id integer);");
        to.execute(SHOP + "CREATE TABLE shop.refunds (id integer);");

        CliRun run = diff(from, "--from", TestUrls.url(from) + "&search_path=shop", "--to", TestUrls.url(to));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("CREATE TABLE shop.refunds (id integer);\n");
    }

    @Test
    void twoSearchPathsOfDifferentNamesAreComparedAsOneSchema(TestDatabase from, TestDatabase to) {
        from.execute("CREATE SCHEMA shop; CREATE TABLE shop.customers (id integer PRIMARY KEY);");
        to.execute("CREATE SCHEMA sales; CREATE TABLE sales.customers (id integer PRIMARY KEY);"
                + " CREATE TABLE sales.orders (id integer PRIMARY KEY, customer integer REFERENCES sales.customers);");

        CliRun run = diff(from, "--from", TestUrls.url(from) + "&search_path=shop", "--to",
                TestUrls.url(to) + "&search_path=sales");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CREATE TABLE shop.orders", "REFERENCES shop.customers").doesNotContain("sales");
    }

    @Test
    void aScopedSchemaMissingOnOneSideIsNamed(TestDatabase from, TestDatabase to) {
        to.execute(SHOP);

        CliRun run = diff(from, "--from", TestUrls.url(from), "--to", TestUrls.url(to) + "&search_path=shop");

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.password(from));
        assertThat(run.err()).isEqualTo("Error: schema \"shop\" does not exist in database \"" + from.name() + "\" ("
                + TestUrls.url(from).replace(TestUrls.password(from), "xxxxx") + "), which has schemas \"public\"."
                + " Create the schema first, or correct the search_path parameter.\n");
    }

    @Test
    void aRenameHintThatNamesNothingIsAnError(TestDatabase from, TestDatabase to) {
        from.execute(SHOP);
        to.execute(SHOP);

        CliRun run = diff(from, to, "--rename", "column:shop.customers.nmae=full_name");

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.password(from));
        assertThat(run.err()).isEqualTo("Error: rename hint column shop.customers.nmae -> full_name names nothing:"
                + " table shop.customers has no column nmae\n");
    }

    @Test
    void aMalformedRenameHintIsAUsageError(TestDatabase from, TestDatabase to) {
        CliRun run = diff(from, to, "--rename", "column:shop.customers.name");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Invalid value for option '--rename' (HINT): invalid rename hint"
                + " \"column:shop.customers.name\": it has no =NEW part (use table:SCHEMA.OLD=NEW,"
                + " column:SCHEMA.TABLE.OLD=NEW or index:SCHEMA.TABLE.OLD=NEW)\n");
    }

    @Test
    void aBadUrlNamesItsFlag(TestDatabase to) {
        CliRun run = diff(to, "--from", "postgres://me:" + TestUrls.PASSWORD + "@localhost:port/x", "--to", TestUrls.url(to));

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).isEqualTo("Error: --from: invalid URL postgres://me:xxxxx@localhost:port/x:"
                + " the port is not a number from 1 to 65535\n");
    }
}
