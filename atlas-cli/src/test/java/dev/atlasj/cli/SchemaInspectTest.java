package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.dialect.Dialects;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.json.RealmJson;
import dev.atlasj.schema.Realm;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code atlas schema inspect} against a real database, in both formats and every way of scoping it. */
@ExtendWith(DatabaseExtension.class)
class SchemaInspectTest {

    static final String SHOP = """
            CREATE SCHEMA shop;
            CREATE TYPE shop.status AS ENUM ('new', 'paid', 'shipped');
            CREATE TABLE shop.customers (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email text NOT NULL UNIQUE,
                "Display Name" varchar(80)
            );
            COMMENT ON TABLE shop.customers IS 'People who buy';
            CREATE TABLE shop.orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES shop.customers ON DELETE CASCADE,
                status shop.status NOT NULL DEFAULT 'new',
                total numeric(12,2) CHECK (total >= 0)
            );
            CREATE INDEX orders_open_idx ON shop.orders (customer_id) WHERE status <> 'shipped';
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (id integer PRIMARY KEY, order_id bigint REFERENCES shop.orders);
            CREATE TABLE public.notes (body text);
            """;

    private static Realm inspectDirectly(TestDatabase db, String... schemas) throws SQLException {
        try (Connection c = db.connect()) {
            return Dialects.forConnection(c).inspector().inspect(c, InspectOptions.schemas(schemas));
        }
    }

    private static CliRun inspect(String... flags) {
        String[] args = new String[flags.length + 2];
        args[0] = "schema";
        args[1] = "inspect";
        System.arraycopy(flags, 0, args, 2, flags.length);
        CliRun run = atlas(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run;
    }

    @Test
    void sqlRecreatesEverySchemaInAnEmptyDatabase(TestDatabase db, TestDatabase copy) throws SQLException {
        db.execute(SHOP);

        CliRun run = inspect("--url", TestUrls.url(db));
        copy.execute(run.out());

        assertThat(run.out()).contains("shop", "billing", "notes").endsWith(";\n");
        assertThat(inspectDirectly(copy)).isEqualTo(inspectDirectly(db));
    }

    @Test
    void sqlIsTheDefaultFormat(TestDatabase db) {
        db.execute(SHOP);

        assertThat(inspect("--url", TestUrls.url(db)).out())
                .isEqualTo(inspect("--url", TestUrls.url(db), "--format", "sql").out());
    }

    @Test
    void jsonIsTheModelInItsDocumentedForm(TestDatabase db) throws SQLException {
        db.execute(SHOP);

        CliRun run = inspect("--url", TestUrls.url(db), "--format", "json");

        assertThat(run.out()).isEqualTo(RealmJson.toJson(inspectDirectly(db)) + "\n")
                .contains("\"name\": \"billing\"", "\"name\": \"public\"", "\"name\": \"shop\"",
                        "\"name\": \"Display Name\"", "\"comment\": \"People who buy\"");
    }

    @Test
    void searchPathScopesToOneSchema(TestDatabase db) throws SQLException {
        db.execute(SHOP);
        String url = TestUrls.url(db) + "&search_path=shop";

        String json = inspect("--url", url, "--format", "json").out();
        String sql = inspect("--url", url).out();

        assertThat(json).isEqualTo(RealmJson.toJson(inspectDirectly(db, "shop")) + "\n")
                .doesNotContain("\"name\": \"billing\"", "\"name\": \"public\"");
        assertThat(sql).contains("customers", "orders").doesNotContain("invoices", "notes");
    }

    @Test
    void searchPathTakesTheSchemaNameAsWritten(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA \"Sales Team\"; CREATE TABLE \"Sales Team\".\"Deals\" (id int); CREATE SCHEMA sales;");

        String json = inspect("--url", TestUrls.url(db) + "&search_path=Sales%20Team", "--format", "json").out();

        assertThat(json).isEqualTo(RealmJson.toJson(inspectDirectly(db, "Sales Team")) + "\n")
                .contains("\"name\": \"Deals\"")
                .doesNotContain("\"name\": \"sales\"");
    }

    @Test
    void schemaFlagsOverrideTheSearchPath(TestDatabase db) throws SQLException {
        db.execute(SHOP);
        String url = TestUrls.url(db) + "&search_path=shop";

        String json = inspect("--url", url, "--schema", "billing", "-s", "public", "--format", "json").out();

        assertThat(json).isEqualTo(RealmJson.toJson(inspectDirectly(db, "billing", "public")) + "\n")
                .contains("\"name\": \"invoices\"", "\"name\": \"notes\"")
                .doesNotContain("\"name\": \"shop\"");
    }

    @Test
    void takesAJdbcUrl(TestDatabase db) throws SQLException {
        db.execute(SHOP);
        String url = db.jdbcUrl() + "?user=" + db.server().user() + "&password=" + TestUrls.password(db)
                + "&search_path=billing";

        CliRun run = inspect("--url", url, "--format", "json");

        assertThat(run.out()).isEqualTo(RealmJson.toJson(inspectDirectly(db, "billing")) + "\n");
    }

    @Test
    void aSchemaThatDoesNotExistIsNamedWithTheOnesThatDo(TestDatabase db) {
        db.execute(SHOP);

        CliRun run = atlas("schema", "inspect", "--url", TestUrls.url(db), "--schema", "shop", "--schema", "nosuch");

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.password(db));
        assertThat(run.err()).isEqualTo("Error: schema \"nosuch\" does not exist in database \"" + db.name() + "\" ("
                + TestUrls.url(db).replace(TestUrls.password(db), "xxxxx") + "), which has schemas \"billing\","
                + " \"public\", \"shop\". Correct --schema or the search_path parameter.\n");
    }

    @Test
    void anEmptyDatabaseHasOnlyItsPublicSchema(TestDatabase db) {
        String json = inspect("--url", TestUrls.url(db), "--format", "json").out();

        assertThat(json).isEqualTo("""
                {
                  "schemas": [
                    {
                      "name": "public"
                    }
                  ]
                }
                """);
    }
}
