package dev.atlasj.postgres.dsl;

import static dev.atlasj.postgres.dsl.PostgresSchema.CASCADE;
import static dev.atlasj.postgres.dsl.PostgresSchema.check;
import static dev.atlasj.postgres.dsl.PostgresSchema.column;
import static dev.atlasj.postgres.dsl.PostgresSchema.comment;
import static dev.atlasj.postgres.dsl.PostgresSchema.createIndex;
import static dev.atlasj.postgres.dsl.PostgresSchema.createTable;
import static dev.atlasj.postgres.dsl.PostgresSchema.createType;
import static dev.atlasj.postgres.dsl.PostgresSchema.foreignKey;
import static dev.atlasj.postgres.dsl.PostgresSchema.primaryKey;
import static dev.atlasj.postgres.dsl.PostgresSchema.schema;
import static dev.atlasj.postgres.dsl.PostgresSchema.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.postgres.Identity;
import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresSchemaTest {

    private final Schema app = schema("public",
            createType("mood").asEnum("sad", "ok", "happy"),
            createTable("orgs",
                    column("id", "serial").primaryKey(),
                    column("name", "text").notNull().unique()),
            createTable("users",
                    column("id", "bigint").generatedAlwaysAsIdentity().primaryKey(),
                    column("email", "text").notNull().check("email <> ''"),
                    column("mood", "mood").defaultValue("'ok'"),
                    column("org_id", "integer").references("orgs", "id").onDelete(CASCADE),
                    unique("email", "org_id").nullsNotDistinct(),
                    check("mood IS NOT NULL"),
                    check("org_id > 0 AND mood <> 'sad'"),
                    check("org_id > 1"),
                    comment("people")),
            createTable("memberships",
                    column("user_id", "bigint"),
                    column("org_id", "integer"),
                    primaryKey("user_id", "org_id").named("memberships_pk"),
                    foreignKey("user_id").references("users", "id")),
            createIndex("users_lower_email").on("users").expression("lower(email)").where("mood <> 'sad'"));

    @Test
    void constraintsGetTheNamesPostgresWouldGive() {
        Table users = app.table("users").orElseThrow();

        assertThat(users.primaryKey().name()).isEqualTo("users_pkey");
        assertThat(users.indexes()).extracting(Index::name).containsExactly("users_email_org_id_key", "users_lower_email");
        assertThat(users.foreignKeys()).extracting(ForeignKey::name).containsExactly("users_org_id_fkey");
        assertThat(users.checks()).extracting(Check::name)
                .containsExactly("users_check", "users_email_check", "users_mood_check", "users_org_id_check");
        assertThat(app.table("memberships").orElseThrow().primaryKey().name()).isEqualTo("memberships_pk");
        assertThat(app.table("memberships").orElseThrow().foreignKeys().get(0).name()).isEqualTo("memberships_user_id_fkey");
    }

    @Test
    void serialExpandsToAnIntegerWithAnOwnedSequence() {
        Column id = app.table("orgs").orElseThrow().column("id").orElseThrow();

        assertThat(id.type().raw()).isEqualTo("integer");
        assertThat(id.nullable()).isFalse();
        assertThat(id.defaultExpression()).isEqualTo("nextval('public.orgs_id_seq'::regclass)");
        assertThat(app.sequence("orgs_id_seq")).get().isEqualTo(new Sequence("orgs_id_seq", "integer", 1, 1, 1,
                Integer.MAX_VALUE, 1, false, new Sequence.Owner("orgs", "id"), null, dev.atlasj.schema.Attributes.empty()));
    }

    @Test
    void identityAndPrimaryKeyColumnsAreNotNull() {
        Column id = app.table("users").orElseThrow().column("id").orElseThrow();

        assertThat(id.nullable()).isFalse();
        assertThat(id.attributes().get(PostgresAttributes.IDENTITY))
                .isEqualTo(new Identity(Identity.Generation.ALWAYS, 1, 1, 1, Long.MAX_VALUE, 1, false));
        assertThat(app.table("memberships").orElseThrow().columns()).allSatisfy(c -> assertThat(c.nullable()).isFalse());
    }

    @Test
    void uniqueConstraintsAndIndexesCarryTheirDetail() {
        Table users = app.table("users").orElseThrow();
        Index unique = users.index("users_email_org_id_key").orElseThrow();
        Index partial = users.index("users_lower_email").orElseThrow();

        assertThat(unique.unique()).isTrue();
        assertThat(unique.attributes().is(PostgresAttributes.INDEX_CONSTRAINT)).isTrue();
        assertThat(unique.attributes().is(PostgresAttributes.INDEX_NULLS_NOT_DISTINCT)).isTrue();
        assertThat(partial.parts().get(0).expression()).isEqualTo("lower(email)");
        assertThat(partial.attributes().get(PostgresAttributes.INDEX_PREDICATE)).isEqualTo("mood <> 'sad'");
        assertThat(users.foreignKeys().get(0).onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(users.foreignKeys().get(0).refSchema()).isEqualTo("public");
        assertThat(users.comment()).isEqualTo("people");
    }

    @Test
    void anIndexOnATableTheSchemaLacksIsAnError() {
        assertThatThrownBy(() -> schema("public", createIndex("i").on("ghost").columns("a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index i is on table ghost, which schema public does not create");
        assertThatThrownBy(() -> schema("public", createTable("t", column("a", "int"), foreignKey("a"))))
                .hasMessageContaining("references nothing");
        assertThat(schema("public", createTable("t", column("a", "int"))).tables()).extracting(Table::name)
                .isEqualTo(List.of("t"));
    }
}
