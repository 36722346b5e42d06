package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.fk;
import static dev.atlasj.postgres.Planning.keyed;
import static dev.atlasj.postgres.Planning.plan;
import static dev.atlasj.postgres.Planning.sql;
import static dev.atlasj.postgres.PostgresAttributes.DEFERRABLE;
import static dev.atlasj.postgres.PostgresAttributes.FK_MATCH;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyPlanningTest {

    @Test
    void declaresAForeignKeyWithItsTableAfterTheTableItReferences() {
        Table users = Table.builder("users").column(column("id", "integer").withNullable(false))
                .primaryKey(PrimaryKey.of("users_pkey", "id")).build();
        Table orders = Table.builder("a_orders").column(column("user_id", "integer"))
                .foreignKey(new ForeignKey("orders_user_fk", List.of("user_id"), "s", "users", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
                        Attributes.of(FK_MATCH, "FULL").with(DEFERRABLE, true)))
                .build();

        assertThat(sql(plan(Schema.builder("s").table(orders).table(users).build()))).containsExactly(
                "CREATE SCHEMA s",
                "CREATE TABLE s.users (id integer NOT NULL, CONSTRAINT users_pkey PRIMARY KEY (id))",
                "CREATE TABLE s.a_orders (user_id integer, CONSTRAINT orders_user_fk FOREIGN KEY (user_id)"
                        + " REFERENCES s.users (id) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE)");
    }

    @Test
    void addsTheKeyThatClosesACycleAfterTheTables() {
        Table a = keyed("a").foreignKey(fk("a_b_fk", "b_id", "b")).build();
        Table b = keyed("b").foreignKey(fk("b_a_fk", "a_id", "a")).build();
        Plan plan = plan(Schema.builder("s").table(a).table(b).build());

        assertThat(sql(plan)).containsExactly(
                "CREATE SCHEMA s",
                "CREATE TABLE s.b (id integer NOT NULL, a_id integer, b_id integer, CONSTRAINT b_pkey PRIMARY KEY (id))",
                "CREATE TABLE s.a (id integer NOT NULL, a_id integer, b_id integer, CONSTRAINT a_pkey PRIMARY KEY (id),"
                        + " CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES s.b (id))",
                "ALTER TABLE s.b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES s.a (id)");
        assertThat(plan.statements().get(3).reverse()).isEqualTo("ALTER TABLE s.b DROP CONSTRAINT b_a_fk");
    }

    @Test
    void keepsASelfReferenceInline() {
        Table tree = keyed("tree").foreignKey(fk("tree_parent_fk", "a_id", "tree")).build();

        assertThat(sql(plan(Schema.builder("s").table(tree).build()))).containsExactly(
                "CREATE SCHEMA s",
                "CREATE TABLE s.tree (id integer NOT NULL, a_id integer, b_id integer,"
                        + " CONSTRAINT tree_pkey PRIMARY KEY (id),"
                        + " CONSTRAINT tree_parent_fk FOREIGN KEY (a_id) REFERENCES s.tree (id))");
    }

    @Test
    void addsAKeyToColumnsThatOnlyAUniqueIndexCoversAfterTheIndex() {
        Table codes = Table.builder("codes").column(column("code", "text"))
                .index(Index.uniqueOn("codes_code_idx", "code")).build();
        Table uses = Table.builder("uses").column(column("code", "text"))
                .foreignKey(new ForeignKey("uses_code_fk", List.of("code"), "s", "codes", List.of("code"),
                        null, null, Attributes.of(NOT_VALID, false)))
                .build();

        assertThat(sql(plan(Schema.builder("s").table(codes).table(uses).build()))).containsExactly(
                "CREATE SCHEMA s",
                "CREATE TABLE s.codes (code text)",
                "CREATE TABLE s.uses (code text)",
                "CREATE UNIQUE INDEX codes_code_idx ON s.codes (code)",
                "ALTER TABLE s.uses ADD CONSTRAINT uses_code_fk FOREIGN KEY (code) REFERENCES s.codes (code)");
    }

    @Test
    void addsANotValidKeyAfterTheTables() {
        Table a = keyed("a").build();
        Table b = keyed("b").foreignKey(fk("b_a_fk", "a_id", "a").with(NOT_VALID, true)).build();

        assertThat(sql(plan(Schema.builder("s").table(a).table(b).build()))).endsWith(
                "ALTER TABLE s.b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES s.a (id) NOT VALID");
    }

    @Test
    void referencesTablesInOtherSchemas() {
        Table a = keyed("a").build();
        Table b = keyed("b").foreignKey(new ForeignKey("b_a_fk", List.of("a_id"), "one", "a", List.of("id"),
                null, null, null)).build();
        Realm realm = Realm.of(Schema.builder("two").table(b).build(), Schema.builder("one").table(a).build());

        assertThat(sql(plan(realm))).containsExactly(
                "CREATE SCHEMA one",
                "CREATE SCHEMA two",
                "CREATE TABLE one.a (id integer NOT NULL, a_id integer, b_id integer, CONSTRAINT a_pkey PRIMARY KEY (id))",
                "CREATE TABLE two.b (id integer NOT NULL, a_id integer, b_id integer, CONSTRAINT b_pkey PRIMARY KEY (id),"
                        + " CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES one.a (id))");
    }
}
