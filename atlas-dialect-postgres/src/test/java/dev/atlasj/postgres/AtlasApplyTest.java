package dev.atlasj.postgres;

import static dev.atlasj.postgres.dsl.PostgresSchema.column;
import static dev.atlasj.postgres.dsl.PostgresSchema.createTable;
import static dev.atlasj.postgres.dsl.PostgresSchema.realm;
import static dev.atlasj.postgres.dsl.PostgresSchema.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.ApplyException;
import dev.atlasj.Atlas;
import dev.atlasj.DestructiveChangeException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.ApplyOptions;
import dev.atlasj.plan.ApplyResult;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.plan.TxMode;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class AtlasApplyTest {

    @Test
    void planAndApplyBringTheDatabaseToTheDesiredState(TestDatabase db) {
        Atlas atlas = Atlas.connect(db.dataSource());
        Realm desired = realm(schema("public",
                createTable("teams", column("id", "bigint").primaryKey(), column("name", "text").notNull().unique()),
                createTable("players", column("id", "bigint").primaryKey(),
                        column("team_id", "bigint").references("teams", "id"))));

        Plan plan = atlas.plan(desired);
        ApplyResult result = atlas.apply(plan);

        assertThat(plan.toSql()).contains("CREATE TABLE public.teams", "CREATE TABLE public.players");
        assertThat(result.statements()).hasSize(plan.statements().size());
        assertThat(result.toString()).matches(plan.statements().size() + " statements applied in \\d+ ms");
        assertThat(atlas.plan(desired).isEmpty()).isTrue();
        assertThat(atlas.diff(atlas.inspect().schema("public").run(), desired).isEmpty()).isTrue();
    }

    @Test
    void destructiveChangesAreRefusedUnlessAllowed(TestDatabase db) {
        db.execute("CREATE TABLE doomed (id int)");
        Atlas atlas = Atlas.connect(db.dataSource());
        Table doomed = atlas.inspect().schema("public").run().schema("public").orElseThrow().table("doomed").orElseThrow();
        Plan drop = new Plan(List.of(new PlannedStatement("DROP TABLE public.doomed", null, true,
                new SchemaChange.DropTable("public", doomed))));

        assertThatThrownBy(() -> atlas.apply(drop))
                .isInstanceOf(DestructiveChangeException.class)
                .hasMessageContaining("drop table public.doomed")
                .hasMessageContaining("nothing was applied");
        assertThat(tables(atlas)).containsExactly("doomed");

        atlas.apply(drop, ApplyOptions.defaults().allowDestructiveChanges());
        assertThat(tables(atlas)).isEmpty();
    }

    @Test
    void aFailingStatementRollsTheWholePlanBack(TestDatabase db) {
        Atlas atlas = Atlas.connect(db.dataSource());
        Plan plan = new Plan(List.of(
                new PlannedStatement("CREATE TABLE public.a (id int)", "DROP TABLE public.a", true, null),
                new PlannedStatement("CREATE TABLE public.b (id nosuchtype)", "DROP TABLE public.b", true, null)));

        assertThatThrownBy(() -> atlas.apply(plan))
                .isInstanceOf(ApplyException.class)
                .hasMessageContaining("statement failed: CREATE TABLE public.b (id nosuchtype)")
                .hasMessageContaining("type \"nosuchtype\" does not exist")
                .hasMessageContaining("Nothing was changed");
        assertThat(tables(atlas)).isEmpty();
    }

    @Test
    void withoutATransactionEarlierStatementsStay(TestDatabase db) {
        Atlas atlas = Atlas.connect(db.dataSource());
        Plan plan = new Plan(List.of(
                new PlannedStatement("CREATE TABLE public.a (id int)", "DROP TABLE public.a", true, null),
                new PlannedStatement("CREATE TABLE public.b (id nosuchtype)", "DROP TABLE public.b", true, null)));

        assertThatThrownBy(() -> atlas.apply(plan, ApplyOptions.defaults().withTxMode(TxMode.NONE)))
                .isInstanceOfSatisfying(ApplyException.class, e -> assertThat(e.applied()).isEqualTo(1))
                .hasMessageContaining("1 earlier statement(s) stayed applied");
        assertThat(tables(atlas)).containsExactly("a");
    }

    private static List<String> tables(Atlas atlas) {
        return atlas.inspect().schema("public").run().schema("public").orElseThrow().tables().stream()
                .map(Table::name).toList();
    }
}
