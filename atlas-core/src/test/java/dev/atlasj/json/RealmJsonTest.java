package dev.atlasj.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.AttributeKey;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.View;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealmJsonTest {

    /** Stands in for a dialect's record-valued attribute, such as PostgreSQL's identity. */
    record Identity(Generation generation, long start, long increment, long minValue, long maxValue, long cache,
            boolean cycle) {
        enum Generation { ALWAYS, BY_DEFAULT }
    }

    private static final AttributeKey<Identity> IDENTITY = AttributeKey.of("postgres.column.identity", Identity.class);
    private static final AttributeKey<String> METHOD = AttributeKey.of("postgres.index.method", String.class);
    private static final AttributeKey<String> PREDICATE = AttributeKey.of("postgres.index.predicate", String.class);
    private static final AttributeKey<List<String>> INCLUDE = AttributeKey.listOf("postgres.index.include");
    private static final AttributeKey<Map<String, String>> STORAGE = AttributeKey.mapOf("postgres.index.storage_parameters");
    private static final AttributeKey<Boolean> DEFERRABLE = AttributeKey.of("postgres.constraint.deferrable", Boolean.class);
    private static final AttributeKey<String> NULLS = AttributeKey.of("postgres.part.nulls", String.class);
    private static final AttributeKey<Boolean> NO_INHERIT = AttributeKey.of("postgres.check.no_inherit", Boolean.class);

    private static Realm shop() {
        Table customers = Table.builder("customers")
                .comment("People who buy")
                .column(Column.of("id", ColumnType.canonical("bigint")).withNullable(false)
                        .with(IDENTITY, new Identity(Identity.Generation.BY_DEFAULT, 1000, 1, 1, Long.MAX_VALUE, 1, false)))
                .column(Column.of("email", new ColumnType("varchar(200)", "character varying(200)"))
                        .withNullable(false).withCollation("C"))
                .column(Column.of("name", ColumnType.canonical("text")).withComment("Shown on \"invoices\"\n"))
                .primaryKey(PrimaryKey.of("customers_pkey", "id"))
                .index(Index.uniqueOn("customers_email_key", "email").with(INCLUDE, List.of("name")))
                .build();
        Table orders = Table.builder("orders")
                .column(Column.of("id", ColumnType.canonical("bigint")).withNullable(false))
                .column(Column.of("customer_id", ColumnType.canonical("bigint")).withNullable(false))
                .column(Column.of("status", ColumnType.canonical("shop.status")).withNullable(false)
                        .withDefault("'new'::shop.status"))
                .column(Column.of("total", ColumnType.canonical("numeric(12,2)")))
                .column(Column.of("total_cents", ColumnType.canonical("bigint"))
                        .withGenerated(Generated.stored("(total * (100)::numeric)")))
                .primaryKey(PrimaryKey.of(null, "id"))
                .foreignKey(new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "shop", "customers",
                        List.of("id"), null, ReferentialAction.CASCADE, Attributes.of(DEFERRABLE, true)))
                .check(Check.of("orders_total_check", "(total >= (0)::numeric)").with(NO_INHERIT, true))
                .index(new Index("orders_open_idx", false, List.of(
                        IndexPart.column("customer_id"),
                        IndexPart.expression("lower((status)::text)").descending(true).with(NULLS, "LAST")),
                        "Open orders",
                        Attributes.of(PREDICATE, "(status <> 'done'::shop.status)")
                                .with(STORAGE, Map.of("fillfactor", "70"))))
                .index(Index.on("orders_status_idx", "status").with(METHOD, "hash"))
                .build();
        Schema shop = Schema.builder("shop")
                .comment("The shop")
                .table(orders)
                .table(customers)
                .enumType(EnumType.of("status", "new", "paid", "done"))
                .sequence(Sequence.of("invoice_no").withOwnedBy(new Sequence.Owner("orders", "id")))
                .view(View.of("open_orders", " SELECT id FROM shop.orders WHERE status <> 'done'::shop.status;"))
                .build();
        return new Realm(List.of(Schema.named("public"), shop),
                List.of(new Extension("citext", "public", "1.6", null)), Attributes.empty());
    }

    @Test
    void writesTheDocumentedFormat() throws IOException {
        assertThat(RealmJson.toJson(shop())).isEqualTo(golden("shop.json"));
    }

    @Test
    void anEmptyRealmStillHasItsSchemasList() {
        assertThat(RealmJson.toJson(Realm.empty())).isEqualTo("{\n  \"schemas\": []\n}");
    }

    @Test
    void equalRealmsGiveIdenticalText() {
        Realm built = shop();
        Schema shop = built.schema("shop").orElseThrow();
        List<Table> reversed = new ArrayList<>(shop.tables());
        Collections.reverse(reversed);
        Realm rebuilt = Realm.of(shop.toBuilder().tables(reversed).build(),
                Schema.named("public")).withExtensions(built.extensions());

        assertThat(rebuilt).isEqualTo(built);
        assertThat(RealmJson.toJson(rebuilt)).isEqualTo(RealmJson.toJson(built));
    }

    @Test
    void escapesWhatJsonRequires() {
        Realm realm = Realm.of(Schema.builder("s").comment("quote \" backslash \\ tab \t bell \u0007 é ✓").build());

        assertThat(RealmJson.toJson(realm))
                .contains("\"comment\": \"quote \\\" backslash \\\\ tab \\t bell \\u0007 é ✓\"");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = RealmJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }
}
