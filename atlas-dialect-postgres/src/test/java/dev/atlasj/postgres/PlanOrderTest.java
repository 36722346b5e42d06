package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.fk;
import static dev.atlasj.postgres.Planning.keyed;
import static dev.atlasj.postgres.Planning.plan;
import static dev.atlasj.postgres.Planning.sql;
import static dev.atlasj.postgres.Planning.table;
import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.RenameHint;
import dev.atlasj.postgres.Identity.Generation;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a plan as a whole: what goes away before what comes, dependents first either way. */
class PlanOrderTest {

    @Test
    void renamesThenDropsThenCreatesThenDropsWhatNothingUsesAnyMore() {
        Table kept = keyed("kept")
                .column(column("x", "text"))
                .column(column("e", "s.old_e"))
                .column(column("n", "integer").withNullable(false))
                .foreignKey(fk("kept_gone_fk", "a_id", "gone"))
                .index(Index.on("kept_x_idx", "x"))
                .build();
        Schema from = Schema.builder("s")
                .enumType(EnumType.of("old_e", "x"))
                .enumType(EnumType.of("e", "a"))
                .sequence(Sequence.of("old_q"))
                .sequence(Sequence.of("q"))
                .table(keyed("gone").build())
                .table(kept)
                .table(table("old_name", column("a", "text")))
                .build();
        Table keptAfter = keyed("kept")
                .column(column("e", "text"))
                .column(column("n", "integer").withNullable(false)
                        .with(IDENTITY, new Identity(Generation.ALWAYS, 1, 1, 1, Integer.MAX_VALUE, 1, false)))
                .column(column("y", "s.e"))
                .foreignKey(fk("kept_fresh_fk", "b_id", "fresh"))
                .index(Index.on("kept_y_idx", "y"))
                .build();
        Schema to = Schema.builder("s")
                .enumType(EnumType.of("e", "a", "b"))
                .sequence(new Sequence("q", "bigint", 1, 2, 1, Long.MAX_VALUE, 1, false, null, null, null))
                .sequence(Sequence.of("new_q"))
                .table(keptAfter)
                .table(keyed("fresh").build())
                .table(table("new_name", column("a", "text")))
                .build();
        Realm toRealm = Realm.of(to, Schema.named("s2")).withExtensions(List.of(new Extension("citext", "s2", null, null)));

        assertThat(sql(plan(Realm.of(from), toRealm, new RenameHint(RenameHint.Kind.TABLE, "s", "old_name", null, "new_name"))))
                .containsExactly(
                        "ALTER TABLE s.old_name RENAME TO new_name",
                        "ALTER TABLE s.kept DROP CONSTRAINT kept_gone_fk",
                        "DROP TABLE s.gone",
                        "DROP INDEX s.kept_x_idx",
                        "ALTER TABLE s.kept DROP COLUMN x",
                        "CREATE SCHEMA s2",
                        "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA s2",
                        "ALTER TYPE s.e ADD VALUE 'b'",
                        "ALTER SEQUENCE s.q INCREMENT BY 2",
                        "CREATE SEQUENCE s.new_q",
                        "ALTER TABLE s.kept ALTER COLUMN e TYPE text",
                        "ALTER TABLE s.kept ADD COLUMN y s.e",
                        "CREATE TABLE s.fresh (id integer NOT NULL, a_id integer, b_id integer,"
                                + " CONSTRAINT fresh_pkey PRIMARY KEY (id))",
                        "CREATE INDEX kept_y_idx ON s.kept (y)",
                        "ALTER TABLE s.kept ADD CONSTRAINT kept_fresh_fk FOREIGN KEY (b_id) REFERENCES s.fresh (id)",
                        "DROP TYPE s.old_e",
                        "DROP SEQUENCE s.old_q",
                        "ALTER TABLE s.kept ALTER COLUMN n ADD GENERATED ALWAYS AS IDENTITY");
    }

    @Test
    void addsTheForeignKeyOfANewTableOnlyOnceTheKeyItReferencesIsAddedToATableThatStays() {
        Table parent = table("p", column("code", "text"));
        Table keyedParent = parent.toBuilder().index(Index.uniqueOn("p_code_key", "code").with(INDEX_CONSTRAINT, true)).build();
        Table child = Table.builder("c").column(column("code", "text"))
                .foreignKey(new ForeignKey("c_code_fk", List.of("code"), "s", "p", List.of("code"), null, null, null))
                .build();

        assertThat(sql(plan(Schema.builder("s").table(parent).build(),
                Schema.builder("s").table(keyedParent).table(child).build()))).containsExactly(
                "CREATE TABLE s.c (code text)",
                "ALTER TABLE s.p ADD CONSTRAINT p_code_key UNIQUE (code)",
                "ALTER TABLE s.c ADD CONSTRAINT c_code_fk FOREIGN KEY (code) REFERENCES s.p (code)");
    }

    @Test
    void declaresTheForeignKeyOfANewTableToATableThatStaysUnchangedWithTheTable() {
        Table parent = keyed("p").build();
        Table child = keyed("c").foreignKey(fk("c_p_fk", "a_id", "p")).build();

        assertThat(sql(plan(Schema.builder("s").table(parent).build(),
                Schema.builder("s").table(parent).table(child).build()))).containsExactly(
                "CREATE TABLE s.c (id integer NOT NULL, a_id integer, b_id integer, CONSTRAINT c_pkey PRIMARY KEY (id),"
                        + " CONSTRAINT c_p_fk FOREIGN KEY (a_id) REFERENCES s.p (id))");
    }
}
