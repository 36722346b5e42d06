package dev.atlasj.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Renaming a schema of a realm with the references to it. */
class SchemaRenameTest {

    private static final SchemaRename DB2_TO_DB1 = new SchemaRename("db2", "db1");

    private static Table orders(String refSchema) {
        return Table.builder("orders")
                .column(Column.of("id", ColumnType.canonical("int")))
                .column(Column.of("customer", ColumnType.canonical("int")))
                .foreignKey(new ForeignKey("fk_customer", List.of("customer"), refSchema, "customers", List.of("id"),
                        null, null, null))
                .build();
    }

    @Test
    void theSchemaAndItsForeignKeysTakeTheNewName() {
        Realm realm = Realm.of(Schema.builder("db2").table(orders("db2")).build(),
                Schema.builder("other").table(orders("db2")).build());

        Realm renamed = DB2_TO_DB1.apply(realm);

        assertThat(renamed.schemas()).extracting(Schema::name).containsExactly("db1", "other");
        assertThat(renamed.schema("db1").orElseThrow().table("orders").orElseThrow().foreignKeys().get(0).refSchema())
                .isEqualTo("db1");
        assertThat(renamed.schema("other").orElseThrow().table("orders").orElseThrow().foreignKeys().get(0).refSchema())
                .isEqualTo("db1");
    }

    @Test
    void qualifiedNamesInSqlTextAreRenamedOutsideLiterals() {
        View view = View.of("v", "select `db2`.`orders`.`id` AS `id`, 'db2.orders' AS `label` from `db2`.`orders`"
                + " join db2 . customers on db2.customers.id = x.db2");
        Trigger trigger = new Trigger("t", "orders", "CREATE TRIGGER t BEFORE INSERT ON orders FOR EACH ROW"
                + " INSERT INTO \"db2\".log VALUES ('db2.x') -- db2.comment", null, null);
        Column serial = Column.of("n", ColumnType.canonical("bigint")).withDefault("nextval('db2.seq'::regclass)");

        Schema renamed = DB2_TO_DB1.apply(Realm.of(Schema.builder("db2").view(view).trigger(trigger)
                .table(Table.builder("s").column(serial).build()).build())).schema("db1").orElseThrow();

        assertThat(renamed.views().get(0).definition()).isEqualTo("select `db1`.`orders`.`id` AS `id`, 'db2.orders'"
                + " AS `label` from `db1`.`orders` join db1 . customers on db1.customers.id = x.db2");
        assertThat(renamed.triggers().get(0).definition()).isEqualTo("CREATE TRIGGER t BEFORE INSERT ON orders FOR"
                + " EACH ROW INSERT INTO \"db1\".log VALUES ('db2.x') -- db2.comment");
        assertThat(renamed.table("s").orElseThrow().columns().get(0).defaultExpression())
                .isEqualTo("nextval('db1.seq'::regclass)");
    }

    @Test
    void aNameThatNeedsQuotingIsQuotedAsTheTextQuotes() {
        View view = View.of("v", "select * from db2.t");

        Realm renamed = new SchemaRename("db2", "my shop").apply(Realm.of(Schema.builder("db2").view(view).build()));

        assertThat(renamed.schema("my shop").orElseThrow().views().get(0).definition())
                .isEqualTo("select * from \"my shop\".t");
    }

    @Test
    void renamingToTheSameNameChangesNothingAndAClashIsRefused() {
        Realm realm = Realm.of(Schema.named("db1"), Schema.named("db2"));

        assertThat(new SchemaRename("db1", "db1").apply(realm)).isSameAs(realm);
        assertThatThrownBy(() -> DB2_TO_DB1.apply(realm)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot rename schema db2 to db1: the realm has both");
        assertThatThrownBy(() -> new SchemaRename("x", "y").apply(realm)).hasMessage("the realm has no schema x to rename");
    }

    @Test
    void qualifiersOfOneSchemaAreDroppedForAFileThatRunsInAnySchema() {
        assertThat(SchemaRename.unqualified("CREATE TABLE `shop`.`orders` (`id` int, CONSTRAINT `fk` FOREIGN KEY (`id`)"
                + " REFERENCES `shop`.`users` (`id`), `note` text DEFAULT 'shop.x')", "shop"))
                .isEqualTo("CREATE TABLE `orders` (`id` int, CONSTRAINT `fk` FOREIGN KEY (`id`) REFERENCES `users` (`id`),"
                        + " `note` text DEFAULT 'shop.x')");
        assertThat(SchemaRename.unqualified("ALTER TABLE public.t ADD COLUMN c int DEFAULT nextval('public.s'::regclass)"
                + " REFERENCES other.u", "public"))
                .isEqualTo("ALTER TABLE t ADD COLUMN c int DEFAULT nextval('s'::regclass) REFERENCES other.u");
        assertThat(SchemaRename.unqualified("CREATE INDEX i ON \"Public\".t (c)", "public"))
                .as("a quoted name matches exactly").isEqualTo("CREATE INDEX i ON \"Public\".t (c)");
    }
}
