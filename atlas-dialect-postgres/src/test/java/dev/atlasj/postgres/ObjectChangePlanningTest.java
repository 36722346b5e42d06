package dev.atlasj.postgres;

import static dev.atlasj.postgres.Planning.column;
import static dev.atlasj.postgres.Planning.plan;
import static dev.atlasj.postgres.Planning.reverses;
import static dev.atlasj.postgres.Planning.sql;
import static dev.atlasj.postgres.Planning.table;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlasj.PlanException;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes to schemas, extensions, enum types and sequences. */
class ObjectChangePlanningTest {

    @Test
    void addsEnumValuesAtTheirPlace() {
        Plan plan = plan(enums(EnumType.of("e", "c", "e", "g")),
                enums(EnumType.of("e", "a", "b", "c", "d", "e", "f", "g", "h", "i")));

        assertThat(sql(plan)).containsExactly(
                "ALTER TYPE s.e ADD VALUE 'a' BEFORE 'c'",
                "ALTER TYPE s.e ADD VALUE 'b' BEFORE 'c'",
                "ALTER TYPE s.e ADD VALUE 'd' AFTER 'c'",
                "ALTER TYPE s.e ADD VALUE 'f' AFTER 'e'",
                "ALTER TYPE s.e ADD VALUE 'h'",
                "ALTER TYPE s.e ADD VALUE 'i'");
        assertThat(reverses(plan)).containsOnlyNulls();
        assertThat(plan.transactional()).isTrue();
    }

    @Test
    void addsValuesToAnEnumThatHadNone() {
        assertThat(sql(plan(enums(EnumType.of("e")), enums(EnumType.of("e", "x", "it's")))))
                .containsExactly("ALTER TYPE s.e ADD VALUE 'x'", "ALTER TYPE s.e ADD VALUE 'it''s'");
    }

    @Test
    void addsAValueOutsideTheTransactionWhenThePlanUsesIt() {
        Table from = table("t", column("m", "s.mood"));
        Table to = Table.builder("t").column(column("m", "s.mood").withDefault("'meh'::s.mood"))
                .check(Check.of("not_angry", "m <> 'angry'::s.mood"))
                .index(Index.on("t_calm", "m").with(INDEX_PREDICATE, "(m = 'calm'::s.mood)"))
                .build();
        Plan plan = plan(Schema.builder("s").enumType(EnumType.of("mood", "sad")).table(from).build(),
                Schema.builder("s").enumType(EnumType.of("mood", "sad", "meh", "angry", "calm", "happy")).table(to).build());

        assertThat(plan.statements()).extracting(PlannedStatement::sql, PlannedStatement::transactional).containsExactly(
                tuple("ALTER TYPE s.mood ADD VALUE 'meh'", false),
                tuple("ALTER TYPE s.mood ADD VALUE 'angry'", false),
                tuple("ALTER TYPE s.mood ADD VALUE 'calm'", false),
                tuple("ALTER TYPE s.mood ADD VALUE 'happy'", true),
                tuple("ALTER TABLE s.t ALTER COLUMN m SET DEFAULT 'meh'::s.mood", true),
                tuple("ALTER TABLE s.t ADD CONSTRAINT not_angry CHECK (m <> 'angry'::s.mood)", true),
                tuple("CREATE INDEX t_calm ON s.t (m) WHERE (m = 'calm'::s.mood)", true));
        assertThat(plan.transactional()).isFalse();
    }

    @Test
    void replacesAnEnumWhoseValuesGoAndConvertsTheColumnsOfTheCurrentSchemaThatHaveIt() {
        Table t = Table.builder("t").column(column("m", "s.mood").withDefault("'sad'::s.mood"))
                .column(column("ms", "s.mood[]")).column(column("gone", "s.mood")).build();
        Table p = table("p", column("m", "s.mood")).toBuilder().attribute(PARTITION_KEY, "LIST (m)").build();
        Table p1 = table("p1", column("m", "s.mood")).toBuilder().attribute(PARTITION_OF, "s.p")
                .attribute(PARTITION_BOUND, "FOR VALUES IN ('sad')").build();
        Realm from = Realm.of(Schema.builder("s").enumType(new EnumType("mood", List.of("sad", "meh", "happy"), "feelings"))
                .table(t).table(p).table(p1).table(table("old_name", column("x", "s.mood"))).build());
        Realm to = Realm.of(Schema.builder("s").enumType(new EnumType("mood", List.of("happy", "sad"), "feelings"))
                .table(Table.builder("t").column(column("m", "s.mood").withDefault("'sad'::s.mood"))
                        .column(column("ms", "s.mood[]")).build())
                .table(p).table(p1).table(table("new_name", column("y", "s.mood"))).build());
        List<SchemaChange> changes = new Differ(DiffRules.EXACT).diff(from, to, List.of(
                new RenameHint(RenameHint.Kind.TABLE, "s", "old_name", null, "new_name"),
                new RenameHint(RenameHint.Kind.COLUMN, "s", "new_name", "x", "y")));
        Plan plan = Planning.PLANNER.plan(from, changes);

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.old_name RENAME TO new_name",
                "ALTER TABLE s.new_name RENAME COLUMN x TO y",
                "ALTER TABLE s.t DROP COLUMN gone",
                "ALTER TABLE s.t ALTER COLUMN m DROP DEFAULT",
                "ALTER TYPE s.mood RENAME TO mood__old",
                "CREATE TYPE s.mood AS ENUM ('happy', 'sad')",
                "COMMENT ON TYPE s.mood IS 'feelings'",
                "ALTER TABLE s.new_name ALTER COLUMN y TYPE s.mood USING y::text::s.mood",
                "ALTER TABLE s.p ALTER COLUMN m TYPE s.mood USING m::text::s.mood",
                "ALTER TABLE s.t ALTER COLUMN m TYPE s.mood USING m::text::s.mood",
                "ALTER TABLE s.t ALTER COLUMN ms TYPE s.mood[] USING ms::text[]::s.mood[]",
                "DROP TYPE s.mood__old",
                "ALTER TABLE s.t ALTER COLUMN m SET DEFAULT 'sad'::s.mood");
        assertThat(reverses(plan).subList(3, 13)).containsExactly(
                "ALTER TABLE s.t ALTER COLUMN m SET DEFAULT 'sad'::s.mood",
                "ALTER TYPE s.mood__old RENAME TO mood",
                "DROP TYPE s.mood",
                "COMMENT ON TYPE s.mood IS NULL",
                "ALTER TABLE s.new_name ALTER COLUMN y TYPE s.mood__old USING y::text::s.mood__old",
                "ALTER TABLE s.p ALTER COLUMN m TYPE s.mood__old USING m::text::s.mood__old",
                "ALTER TABLE s.t ALTER COLUMN m TYPE s.mood__old USING m::text::s.mood__old",
                "ALTER TABLE s.t ALTER COLUMN ms TYPE s.mood__old[] USING ms::text[]::s.mood__old[]",
                "CREATE TYPE s.mood__old AS ENUM ('sad', 'meh', 'happy');\nCOMMENT ON TYPE s.mood__old IS 'feelings'",
                "ALTER TABLE s.t ALTER COLUMN m DROP DEFAULT");
    }

    @Test
    void refusesToRemoveEnumValuesWithoutTheCurrentSchemaNamingThem() {
        assertThatThrownBy(() -> plan(enums(EnumType.of("mood", "sad", "meh", "happy", "glad")),
                enums(EnumType.of("mood", "sad", "happy"))))
                .isInstanceOf(PlanException.class)
                .hasMessage("enum s.mood cannot change in place: PostgreSQL cannot remove values from it ('meh',"
                        + " 'glad'). To change it, create a new type with the values you want, convert each column of"
                        + " type s.mood with ALTER TABLE … ALTER COLUMN … TYPE <new type> USING"
                        + " <column>::text::<new type> (dropping its default before and setting it again after), drop"
                        + " s.mood and rename the new type; or keep the values as they are");
    }

    @Test
    void refusesToReorderEnumValues() {
        assertThatThrownBy(() -> plan(enums(EnumType.of("mood", "sad", "happy")),
                enums(EnumType.of("mood", "happy", "ok", "sad"))))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("enum s.mood cannot change in place: PostgreSQL cannot reorder its values"
                        + " (from 'sad', 'happy' to 'happy', 'ok', 'sad').");
    }

    @Test
    void changesAnEnumsComment() {
        Plan plan = plan(enums(EnumType.of("e", "a")), enums(EnumType.of("e", "a").withComment("letters")));

        assertThat(sql(plan)).containsExactly("COMMENT ON TYPE s.e IS 'letters'");
        assertThat(reverses(plan)).containsExactly("COMMENT ON TYPE s.e IS NULL");
    }

    @Test
    void altersTheOptionsOfASequenceThatDiffer() {
        Sequence from = Sequence.of("q");
        Sequence to = new Sequence("q", "integer", 1, -1, Integer.MIN_VALUE, -1, 1, false, null, "down", null);
        Plan plan = plan(sequences(from), sequences(to));

        assertThat(sql(plan)).containsExactly(
                "ALTER SEQUENCE s.q AS integer INCREMENT BY -1 MINVALUE -2147483648 MAXVALUE -1",
                "COMMENT ON SEQUENCE s.q IS 'down'");
        assertThat(reverses(plan)).containsExactly(
                "ALTER SEQUENCE s.q AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807",
                "COMMENT ON SEQUENCE s.q IS NULL");
    }

    @Test
    void movesASequenceToAnotherOwnerOnceTheOwnerExists() {
        Sequence from = Sequence.of("q").withOwnedBy(new Sequence.Owner("t", "a"));
        Table t = table("t", column("a", "bigint"));
        Plan plan = plan(Schema.builder("s").sequence(from).table(t).build(),
                Schema.builder("s").sequence(from.withOwnedBy(new Sequence.Owner("t", "b")))
                        .table(table("t", column("a", "bigint"), column("b", "bigint"))).build());

        assertThat(sql(plan)).containsExactly(
                "ALTER TABLE s.t ADD COLUMN b bigint",
                "ALTER SEQUENCE s.q OWNED BY s.t.b");
        assertThat(reverses(plan)).containsExactly(
                "ALTER TABLE s.t DROP COLUMN b",
                "ALTER SEQUENCE s.q OWNED BY s.t.a");
    }

    @Test
    void releasesASequenceFromAColumnThatGoesBeforeDroppingIt() {
        Sequence owned = Sequence.of("q").withOwnedBy(new Sequence.Owner("t", "a"));
        Plan plan = plan(Schema.builder("s").sequence(owned).table(table("t", column("a", "bigint"), column("b", "bigint"))).build(),
                Schema.builder("s").sequence(Sequence.of("q")).table(table("t", column("b", "bigint"))).build());

        assertThat(sql(plan)).containsExactly(
                "ALTER SEQUENCE s.q OWNED BY NONE",
                "ALTER TABLE s.t DROP COLUMN a");
        assertThat(reverses(plan)).containsExactly(
                "ALTER SEQUENCE s.q OWNED BY s.t.a",
                "ALTER TABLE s.t ADD COLUMN a bigint");
    }

    @Test
    void updatesMovesAndCommentsAnExtension() {
        Realm from = Realm.of(Schema.named("ext")).withExtensions(List.of(new Extension("citext", "public", "1.4", null)));
        Realm to = Realm.of(Schema.named("ext")).withExtensions(List.of(new Extension("citext", "ext", "1.6", "ci")));
        Plan plan = plan(from, to);

        assertThat(sql(plan)).containsExactly(
                "ALTER EXTENSION citext UPDATE TO '1.6'",
                "ALTER EXTENSION citext SET SCHEMA ext",
                "COMMENT ON EXTENSION citext IS 'ci'");
        assertThat(reverses(plan)).containsExactly(
                null,
                "ALTER EXTENSION citext SET SCHEMA public",
                "COMMENT ON EXTENSION citext IS NULL");
    }

    @Test
    void leavesAnExtensionAloneWhereTheDesiredSideLeavesItsVersionOrSchemaOpen() {
        Realm from = Realm.empty().withExtensions(List.of(new Extension("citext", "public", "1.4", null)));
        Realm to = Realm.empty().withExtensions(List.of(new Extension("citext", null, null, "ci")));

        assertThat(sql(plan(from, to))).containsExactly("COMMENT ON EXTENSION citext IS 'ci'");
    }

    @Test
    void changesASchemasComment() {
        Plan plan = plan(Realm.of(Schema.builder("s").comment("old").build()), Realm.of(Schema.named("s")));

        assertThat(sql(plan)).containsExactly("COMMENT ON SCHEMA s IS NULL");
        assertThat(reverses(plan)).containsExactly("COMMENT ON SCHEMA s IS 'old'");
    }

    private static Schema enums(EnumType type) {
        return Schema.builder("s").enumType(type).build();
    }

    private static Schema sequences(Sequence sequence) {
        return Schema.builder("s").sequence(sequence).build();
    }
}
