package dev.atlasj.postgres;

import static dev.atlasj.postgres.PostgresAttributes.DEFERRABLE;
import static dev.atlasj.postgres.PostgresAttributes.FK_MATCH;
import static dev.atlasj.postgres.PostgresAttributes.IDENTITY;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_INCLUDE;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_METHOD;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_NULLS_NOT_DISTINCT;
import static dev.atlasj.postgres.PostgresAttributes.INDEX_PREDICATE;
import static dev.atlasj.postgres.PostgresAttributes.NOT_VALID;
import static dev.atlasj.postgres.PostgresAttributes.PART_COLLATION;
import static dev.atlasj.postgres.PostgresAttributes.PART_NULLS;
import static dev.atlasj.postgres.PostgresAttributes.PART_OPCLASS;
import static dev.atlasj.postgres.PostgresAttributes.UNLOGGED;
import static dev.atlasj.postgres.dsl.PostgresSchema.check;
import static dev.atlasj.postgres.dsl.PostgresSchema.column;
import static dev.atlasj.postgres.dsl.PostgresSchema.createIndex;
import static dev.atlasj.postgres.dsl.PostgresSchema.createTable;
import static dev.atlasj.postgres.dsl.PostgresSchema.createType;
import static dev.atlasj.postgres.dsl.PostgresSchema.foreignKey;
import static dev.atlasj.postgres.dsl.PostgresSchema.primaryKey;
import static dev.atlasj.postgres.dsl.PostgresSchema.schema;
import static dev.atlasj.postgres.dsl.PostgresSchema.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.ColumnChangeKind;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.AddIndex;
import dev.atlasj.diff.TableChange.DropIndex;
import dev.atlasj.diff.TableChange.ModifyColumn;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.CompositeType;
import dev.atlasj.schema.Domain;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One case per normalization rule, over models built in Java: two spellings of one schema diff
 * empty, and the control beside each shows the rule does not hide a real difference.
 */
class PostgresDiffRulesTest {

    private static final PostgresDiffRules RULES = new PostgresDiffRules();
    private static final Differ DIFFER = new Differ(RULES);

    private static List<SchemaChange> diff(Realm from, Realm to) {
        return DIFFER.diff(from, to);
    }

    private static Realm realm(Table... tables) {
        Schema.Builder s = Schema.builder("public").enumType(EnumType.of("mood", "sad", "ok"));
        for (Table t : tables) {
            s.table(t);
        }
        return Realm.of(s.build());
    }

    private static Table table(Column... columns) {
        return Table.builder("t").columns(List.of(columns)).build();
    }

    private static Column col(String name, String type) {
        return Column.of(name, ColumnType.of(type));
    }

    private static List<TableChange> tableChanges(List<SchemaChange> changes) {
        assertThat(changes).hasSize(1).first().isInstanceOf(ModifyTable.class);
        return ((ModifyTable) changes.get(0)).changes();
    }

    private static Table normalized(Realm realm) {
        return RULES.normalize(realm).schema("public").orElseThrow().table("t").orElseThrow();
    }

    // types

    @Test
    void typeAliasesAreOneType() {
        Realm spelled = realm(table(col("a", "int4"), col("b", "varchar(10)"), col("c", "timestamptz"),
                col("d", "int[]"), col("e", "decimal(10, 2)"), col("f", "bool"), col("g", "float8"), col("h", "TIMESTAMP(3)")));
        Realm canonical = realm(table(col("a", "integer"), col("b", "character varying(10)"),
                col("c", "timestamp with time zone"), col("d", "integer[]"), col("e", "numeric(10,2)"), col("f", "boolean"),
                col("g", "double precision"), col("h", "timestamp(3) without time zone")));

        assertThat(diff(spelled, canonical)).isEmpty();
        assertThat(normalized(spelled).column("b").orElseThrow().type())
                .as("the spelling is kept for the planner").isEqualTo(new ColumnType("varchar(10)", "character varying(10)"));
        assertThat(tableChanges(diff(spelled, realm(table(col("a", "bigint"), col("b", "varchar(10)"),
                col("c", "timestamptz"), col("d", "int[]"), col("e", "decimal(10, 2)"), col("f", "bool"), col("g", "float8"),
                col("h", "TIMESTAMP(3)"))))))
                .containsExactly(new ModifyColumn(normalized(spelled).column("a").orElseThrow(),
                        Column.of("a", ColumnType.canonical("bigint")), java.util.Set.of(ColumnChangeKind.TYPE)));
    }

    @Test
    void userDefinedTypesAreQualifiedByTheSchemaThatDefinesThem() {
        Realm written = realm(table(col("m", "mood"), col("ms", "mood[]")));
        Realm inspected = realm(table(col("m", "public.mood"), col("ms", "public.mood[]")));
        Realm app = Realm.of(Schema.builder("app").enumType(EnumType.of("mood", "x"))
                .table(table(col("m", "mood"))).build(), Schema.named("public"));

        assertThat(diff(written, inspected)).isEmpty();
        assertThat(RULES.normalize(app).schema("app").orElseThrow().table("t").orElseThrow().column("m").orElseThrow()
                .type().canonical()).as("the table's own schema first").isEqualTo("app.mood");
        Realm shadowing = Realm.of(Schema.builder("public").enumType(EnumType.of("uuid", "x"))
                .table(table(col("u", "uuid"))).build());
        assertThat(normalized(shadowing).column("u").orElseThrow().type().canonical())
                .as("a built-in name is PostgreSQL's type whatever the schema holds").isEqualTo("uuid");
        assertThat(normalized(realm(table(col("x", "unknown_type")))).column("x").orElseThrow().type().canonical())
                .as("a name no schema defines stays as written").isEqualTo("unknown_type");
    }

    @Test
    void serialIsAnIntegerColumnWithAnOwnedSequenceAndADefault() {
        Realm serial = realm(table(col("id", "serial"), col("big", "BIGSERIAL")));
        Realm spelledOut = Realm.of(Schema.builder("public").enumType(EnumType.of("mood", "sad", "ok"))
                .table(table(col("id", "integer").withNullable(false).withDefault("nextval('t_id_seq'::regclass)"),
                        col("big", "bigint").withNullable(false).withDefault("nextval('public.t_big_seq'::regclass)")))
                .sequence(new Sequence("t_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                        new Sequence.Owner("t", "id"), null, Attributes.empty()))
                .sequence(Sequence.of("t_big_seq").withOwnedBy(new Sequence.Owner("t", "big")))
                .build());

        assertThat(diff(serial, spelledOut)).isEmpty();
        assertThat(diff(spelledOut, serial)).isEmpty();
        assertThat(RULES.normalize(serial)).as("idempotent").isEqualTo(RULES.normalize(RULES.normalize(serial)));
    }

    @Test
    void sequenceTypesAreCanonicalAndLimitsBeyondTheTypeAreTheTypes() {
        Sequence asWritten = new Sequence("s", "int4", 1, 1, 1, Long.MAX_VALUE, 1, false, null, null, Attributes.empty());
        Sequence asRead = new Sequence("s", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, null, null, Attributes.empty());
        Sequence descending = new Sequence("d", "smallint", -1, -1, Long.MIN_VALUE, -1, 1, false, null, null, Attributes.empty());

        assertThat(diff(Realm.of(Schema.builder("public").sequence(asWritten).sequence(descending).build()),
                Realm.of(Schema.builder("public").sequence(asRead)
                        .sequence(new Sequence("d", "smallint", -1, -1, Short.MIN_VALUE, -1, 1, false, null, null,
                                Attributes.empty())).build()))).isEmpty();
        assertThat(diff(Realm.of(Schema.builder("public").sequence(asRead).build()),
                Realm.of(Schema.builder("public").sequence(new Sequence("s", "integer", 1, 1, 1, 1000, 1, false, null,
                        null, Attributes.empty())).build()))).as("a limit inside the range is meant").hasSize(1);
    }

    @Test
    void identityLimitsBeyondTheTypeAreTheTypesAndIdentityColumnsAreNotNull() {
        Column unspecified = col("id", "int").with(IDENTITY,
                new Identity(Identity.Generation.ALWAYS, 1, 1, 1, Long.MAX_VALUE, 1, false));
        Column inspected = col("id", "integer").withNullable(false).with(IDENTITY,
                new Identity(Identity.Generation.ALWAYS, 1, 1, 1, Integer.MAX_VALUE, 1, false));

        assertThat(diff(realm(table(unspecified)), realm(table(inspected)))).isEmpty();
        assertThat(tableChanges(diff(realm(table(inspected)), realm(table(inspected.with(IDENTITY,
                new Identity(Identity.Generation.BY_DEFAULT, 1, 1, 1, Integer.MAX_VALUE, 1, false)))))))
                .hasSize(1);
    }

    @Test
    void domainAndCompositeTypesAreCanonical() {
        Schema written = Schema.builder("public")
                .domain(new Domain("email", ColumnType.of("varchar(100)"), true, "''::character varying", "\"C\"",
                        List.of(Check.of("email_check", "VALUE LIKE '%@%'")), null))
                .composite(new CompositeType("pair", List.of(new CompositeType.Field("a", ColumnType.of("int4"), null)), null))
                .build();
        Schema printed = Schema.builder("public")
                .domain(new Domain("email", ColumnType.of("character varying(100)"), true, "''", "C",
                        List.of(Check.of("email_check", "((VALUE)::text ~~ '%@%'::text)")), null))
                .composite(new CompositeType("pair", List.of(new CompositeType.Field("a", ColumnType.of("integer"), null)), null))
                .build();

        assertThat(diff(Realm.of(written), Realm.of(printed))).isEmpty();
    }

    // defaults

    @Test
    void defaultsWithAndWithoutACastToTheColumnsTypeAreEqual() {
        Realm written = realm(table(col("a", "text").withDefault("'a'"), col("n", "int").withDefault("'0'::integer"),
                col("m", "mood").withDefault("'ok'::mood"), col("tags", "text[]").withDefault("'{}'"),
                col("p", "numeric").withDefault("'1.50'::numeric"), col("b", "boolean").withDefault("'t'"),
                col("neg", "int").withDefault("-1"), col("big", "int8").withDefault("'0'")));
        Realm printed = realm(table(col("a", "text").withDefault("'a'::text"), col("n", "integer").withDefault("0"),
                col("m", "public.mood").withDefault("'ok'::public.mood"), col("tags", "text[]").withDefault("'{}'::text[]"),
                col("p", "numeric").withDefault("1.50"), col("b", "boolean").withDefault("true"),
                col("neg", "integer").withDefault("'-1'::integer"), col("big", "bigint").withDefault("'0'::bigint")));

        assertThat(diff(written, printed)).isEmpty();
        assertThat(normalized(printed).column("m").orElseThrow().defaultExpression())
                .as("the planner writes the canonical form").isEqualTo("'ok'");
    }

    @Test
    void differentDefaultsStayDifferent() {
        Realm one = realm(table(col("t", "timestamptz").withDefault("CURRENT_TIMESTAMP"),
                col("p", "numeric").withDefault("1.5")));
        Realm other = realm(table(col("t", "timestamptz").withDefault("now()"), col("p", "numeric").withDefault("1.50")));

        assertThat(tableChanges(diff(one, other))).hasSize(2)
                .allSatisfy(c -> assertThat(((ModifyColumn) c).kinds()).containsExactly(ColumnChangeKind.DEFAULT));
    }

    @Test
    void aNullDefaultIsNoDefault() {
        assertThat(diff(realm(table(col("a", "text").withDefault("NULL::text"), col("b", "int").withDefault("null"))),
                realm(table(col("a", "text"), col("b", "int"))))).isEmpty();
    }

    @Test
    void nextvalOfAnUnqualifiedSequenceIsQualified() {
        Schema.Builder written = Schema.builder("public").sequence(Sequence.of("t_id_seq"))
                .table(table(col("id", "bigint").withDefault("nextval('t_id_seq')")));
        Schema.Builder printed = Schema.builder("public").sequence(Sequence.of("t_id_seq"))
                .table(table(col("id", "bigint").withDefault("nextval('public.t_id_seq'::regclass)")));

        assertThat(diff(Realm.of(written.build()), Realm.of(printed.build()))).isEmpty();
    }

    // expressions

    @Test
    void checksCompareTheirMeaningNotTheirSpelling() {
        Table written = table(col("id", "int"), col("email", "text"), col("name", "varchar(20)"))
                .toBuilder().check(Check.of("c1", "id > 0 and id < 100")).check(Check.of("c2", "email <> ''"))
                .check(Check.of("c3", "name IN ('a', 'b')")).build();
        Table printed = table(col("id", "int"), col("email", "text"), col("name", "varchar(20)"))
                .toBuilder().check(Check.of("c1", "((id > 0) AND (id < 100))")).check(Check.of("c2", "(email <> ''::text)"))
                .check(Check.of("c3", "((name)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"))
                .build();

        assertThat(diff(realm(written), realm(printed))).isEmpty();
        assertThat(tableChanges(diff(realm(written), realm(written.toBuilder()
                .checks(List.of(Check.of("c1", "id > 0 OR id < 100"), Check.of("c2", "email <> ''"),
                        Check.of("c3", "name IN ('a', 'b')"))).build())))).hasSize(1);
    }

    @Test
    void indexExpressionsPredicatesAndGeneratedColumnsCompareTheirMeaning() {
        Table written = table(col("email", "text"), col("deleted", "timestamptz"),
                col("domain", "text").withGenerated(Generated.stored("split_part(email, '@', 2)")))
                .toBuilder().index(new Index("i", false, List.of(IndexPart.expression("LOWER(email)")), null,
                        Attributes.of(INDEX_PREDICATE, "deleted IS NULL AND email <> ''"))).build();
        Table printed = table(col("email", "text"), col("deleted", "timestamptz"),
                col("domain", "text").withGenerated(Generated.stored("split_part(email, '@'::text, 2)")))
                .toBuilder().index(new Index("i", false, List.of(IndexPart.expression("lower(email)")), null,
                        Attributes.of(INDEX_PREDICATE, "((deleted IS NULL) AND (email <> ''::text))"))).build();

        assertThat(tableChanges(diff(realm(written), realm(printed)))).as(
                "a constant given to a function keeps its cast: the function might be overloaded").hasSize(1)
                .first().isInstanceOf(ModifyColumn.class);
        assertThat(diff(realm(written), realm(printed.toBuilder().columns(written.columns()).build()))).isEmpty();
    }

    @Test
    void anExpressionPartThatIsAColumnIsAColumnPart() {
        Table written = table(col("a", "int")).toBuilder()
                .index(new Index("i", false, List.of(IndexPart.expression("(a)")), null, Attributes.empty())).build();

        assertThat(diff(realm(written), realm(table(col("a", "int")).toBuilder().index(Index.on("i", "a")).build())))
                .isEmpty();
    }

    // attributes that restate a default

    @Test
    void btreeIsTheDefaultIndexMethod() {
        Table written = table(col("a", "int")).toBuilder().index(Index.on("i", "a").with(INDEX_METHOD, "BTREE")).build();
        Table hash = table(col("a", "int")).toBuilder().index(Index.on("i", "a").with(INDEX_METHOD, "hash")).build();

        assertThat(diff(realm(written), realm(table(col("a", "int")).toBuilder().index(Index.on("i", "a")).build())))
                .isEmpty();
        assertThat(tableChanges(diff(realm(written), realm(hash)))).hasSize(1);
    }

    @Test
    void theDefaultOperatorClassOfTheColumnsTypeIsDropped() {
        Table plain = table(col("a", "int4"), col("v", "varchar(10)"), col("m", "mood"), col("tags", "text[]"),
                col("j", "jsonb")).toBuilder()
                .index(Index.on("i", "a", "v", "m")).index(Index.on("g", "tags").with(INDEX_METHOD, "gin"))
                .index(Index.on("h", "j").with(INDEX_METHOD, "gin")).build();
        Table withOpclasses = plain.toBuilder().indexes(List.of(
                Index.on("i").withParts(List.of(IndexPart.column("a").with(PART_OPCLASS, "pg_catalog.int4_ops"),
                        IndexPart.column("v").with(PART_OPCLASS, "text_ops"), IndexPart.column("m").with(PART_OPCLASS, "enum_ops"))),
                Index.on("g").withParts(List.of(IndexPart.column("tags").with(PART_OPCLASS, "array_ops")))
                        .with(INDEX_METHOD, "gin"),
                Index.on("h").withParts(List.of(IndexPart.column("j").with(PART_OPCLASS, "jsonb_ops")))
                        .with(INDEX_METHOD, "gin"))).build();
        Table pathOps = withOpclasses.toBuilder().indexes(List.of(withOpclasses.index("i").orElseThrow(),
                withOpclasses.index("g").orElseThrow(), Index.on("h").withParts(List.of(IndexPart.column("j")
                        .with(PART_OPCLASS, "jsonb_path_ops"))).with(INDEX_METHOD, "gin"))).build();

        assertThat(diff(realm(withOpclasses), realm(plain))).isEmpty();
        assertThat(tableChanges(diff(realm(plain), realm(pathOps)))).hasSize(1);
    }

    @Test
    void nullsOrderingThatRestatesTheDirectionsDefaultIsDropped() {
        Table written = table(col("a", "int"), col("b", "int")).toBuilder().index(Index.on("i").withParts(List.of(
                IndexPart.column("a").with(PART_NULLS, "last"), IndexPart.column("b").descending(true).with(PART_NULLS, "FIRST"))))
                .build();
        Table plain = table(col("a", "int"), col("b", "int")).toBuilder().index(Index.on("i").withParts(List.of(
                IndexPart.column("a"), IndexPart.column("b").descending(true)))).build();
        Table nullsFirst = table(col("a", "int"), col("b", "int")).toBuilder().index(Index.on("i").withParts(List.of(
                IndexPart.column("a").with(PART_NULLS, "FIRST"), IndexPart.column("b").descending(true)))).build();

        assertThat(diff(realm(written), realm(plain))).isEmpty();
        assertThat(tableChanges(diff(realm(plain), realm(nullsFirst)))).hasSize(1);
    }

    @Test
    void aPartCollationEqualToItsColumnsIsDropped() {
        Table written = table(col("a", "text").withCollation("C")).toBuilder().index(Index.on("i").withParts(List.of(
                IndexPart.column("a").with(PART_COLLATION, "\"C\"")))).build();

        assertThat(diff(realm(written), realm(table(col("a", "text").withCollation("C")).toBuilder()
                .index(Index.on("i", "a")).build()))).isEmpty();
    }

    @Test
    void collationNamesLoseQuotesAndTheDefaultCollationIsNone() {
        assertThat(diff(realm(table(col("a", "text").withCollation("\"C\""), col("b", "text").withCollation("default"),
                        col("c", "text").withCollation("pg_catalog.\"POSIX\""))),
                realm(table(col("a", "text").withCollation("C"), col("b", "text"), col("c", "text").withCollation("POSIX")))))
                .isEmpty();
    }

    @Test
    void booleanAttributesSayingFalseAreAbsent() {
        Table written = table(col("a", "int"), col("r", "int")).toBuilder()
                .primaryKey(PrimaryKey.of("t_pkey", "a").withAttributes(Attributes.of(DEFERRABLE, false)))
                .index(Index.uniqueOn("t_r_key", "r").with(INDEX_CONSTRAINT, true).with(INDEX_NULLS_NOT_DISTINCT, false))
                .check(Check.of("t_a_check", "a > 0").with(NOT_VALID, false))
                .attribute(UNLOGGED, false).build();
        Table plain = table(col("a", "int"), col("r", "int")).toBuilder()
                .primaryKey(PrimaryKey.of("t_pkey", "a"))
                .index(Index.uniqueOn("t_r_key", "r").with(INDEX_CONSTRAINT, true))
                .check(Check.of("t_a_check", "a > 0")).build();

        assertThat(diff(realm(written), realm(plain))).isEmpty();
        assertThat(tableChanges(diff(realm(plain), realm(plain.toBuilder().attribute(UNLOGGED, true).build()))))
                .hasSize(1);
    }

    @Test
    void anEmptyIncludeListIsNoInclude() {
        Table written = table(col("a", "int")).toBuilder().index(Index.on("i", "a").with(INDEX_INCLUDE, List.of())).build();

        assertThat(diff(realm(written), realm(table(col("a", "int")).toBuilder().index(Index.on("i", "a")).build())))
                .isEmpty();
    }

    @Test
    void matchSimpleIsTheDefaultMatchType() {
        Table referenced = Table.builder("r").column(col("id", "int").withNullable(false))
                .primaryKey(PrimaryKey.of("r_pkey", "id")).build();
        Table simple = table(col("r", "int")).toBuilder().foreignKey(new ForeignKey("t_r_fkey", List.of("r"), "public",
                "r", List.of("id"), null, null, Attributes.of(FK_MATCH, "simple"))).build();
        Table plain = table(col("r", "int")).toBuilder().foreignKey(new ForeignKey("t_r_fkey", List.of("r"), "public",
                "r", List.of("id"), null, null, null)).build();
        Table full = table(col("r", "int")).toBuilder().foreignKey(new ForeignKey("t_r_fkey", List.of("r"), "public",
                "r", List.of("id"), null, null, Attributes.of(FK_MATCH, "FULL"))).build();

        assertThat(diff(realm(simple, referenced), realm(plain, referenced))).isEmpty();
        assertThat(tableChanges(diff(realm(plain, referenced), realm(full, referenced)))).hasSize(1);
    }

    @Test
    void aForeignKeyWithoutASchemaReferencesATableOfItsOwnSchema() {
        Table referenced = Table.builder("r").column(col("id", "int").withNullable(false))
                .primaryKey(PrimaryKey.of("r_pkey", "id")).build();
        Table unqualified = table(col("r", "int")).toBuilder().foreignKey(new ForeignKey("t_r_fkey", List.of("r"), null,
                "r", List.of("id"), null, null, null)).build();
        Table qualified = table(col("r", "int")).toBuilder().foreignKey(new ForeignKey("t_r_fkey", List.of("r"),
                "public", "r", List.of("id"), null, null, null)).build();

        assertThat(diff(realm(unqualified, referenced), realm(qualified, referenced))).isEmpty();
    }

    @Test
    void primaryKeyColumnsAreNotNull() {
        Table nullable = table(col("a", "int")).toBuilder().primaryKey(PrimaryKey.of("t_pkey", "a")).build();
        Table notNull = table(col("a", "int").withNullable(false)).toBuilder().primaryKey(PrimaryKey.of("t_pkey", "a"))
                .build();

        assertThat(diff(realm(nullable), realm(notNull))).isEmpty();
        assertThat(tableChanges(diff(realm(table(col("a", "int"))), realm(table(col("a", "int").withNullable(false))))))
                .as("without a key, nullability is the column's own").hasSize(1);
    }

    @Test
    void partitioningClausesAreSpelledOneWayAndTheirParentQualified() {
        Table parent = Table.builder("events").column(col("at", "date"))
                .attribute(PostgresAttributes.PARTITION_KEY, "range (at)").build();
        Table partition = Table.builder("events_2025").column(col("at", "date"))
                .attribute(PostgresAttributes.PARTITION_OF, "events")
                .attribute(PostgresAttributes.PARTITION_BOUND, "for values from ('2025-01-01') to ('2026-01-01')").build();
        Table inspectedParent = Table.builder("events").column(col("at", "date"))
                .attribute(PostgresAttributes.PARTITION_KEY, "RANGE (at)").build();
        Table inspectedPartition = Table.builder("events_2025").column(col("at", "date"))
                .attribute(PostgresAttributes.PARTITION_OF, "public.events")
                .attribute(PostgresAttributes.PARTITION_BOUND, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')").build();

        assertThat(diff(realm(parent, partition), realm(inspectedParent, inspectedPartition))).isEmpty();
    }

    @Test
    void theCommentInitdbGivesSchemaPublicIsNoComment() {
        assertThat(diff(Realm.of(Schema.builder("public").comment("standard public schema").build()),
                Realm.of(Schema.named("public")))).isEmpty();
        assertThat(diff(Realm.of(Schema.builder("app").comment("standard public schema").build()),
                Realm.of(Schema.named("app")))).hasSize(1);
    }

    // names

    @Test
    void constraintsNamedAsPostgresWouldNameThemMatchEqualOnesUnderOtherNames() {
        Table referenced = Table.builder("r").column(col("id", "int").withNullable(false))
                .primaryKey(PrimaryKey.of("r_pkey", "id")).build();
        Table named = table(col("a", "int").withNullable(false), col("r", "int")).toBuilder()
                .primaryKey(PrimaryKey.of("t_pk", "a"))
                .index(Index.uniqueOn("t_r_unique", "r").with(INDEX_CONSTRAINT, true))
                .index(Index.on("t_by_r", "r", "a"))
                .foreignKey(new ForeignKey("fk_r", List.of("r"), "public", "r", List.of("id"), null, null, null))
                .check(Check.of("positive", "a > 0")).build();
        Table implicit = table(col("a", "int").withNullable(false), col("r", "int")).toBuilder()
                .primaryKey(PrimaryKey.of("t_pkey", "a"))
                .index(Index.uniqueOn("t_r_key", "r").with(INDEX_CONSTRAINT, true))
                .index(Index.on("t_r_a_idx", "r", "a"))
                .foreignKey(new ForeignKey("t_r_fkey", List.of("r"), "public", "r", List.of("id"), null, null, null))
                .check(Check.of("t_a_check", "(a > 0)")).build();

        assertThat(diff(realm(named, referenced), realm(implicit, referenced))).isEmpty();
        assertThat(tableChanges(diff(realm(implicit, referenced), realm(named, referenced))))
                .as("names the user chose are wanted").hasSize(9);
    }

    @Test
    void aDesiredIndexWithAGeneratedNameStillDiffersWhenItsContentDoes() {
        Table current = table(col("a", "int"), col("b", "int")).toBuilder().index(Index.on("custom", "a")).build();
        Table desired = table(col("a", "int"), col("b", "int")).toBuilder().index(Index.on("t_b_idx", "b")).build();

        assertThat(tableChanges(diff(realm(current), realm(desired)))).containsExactlyInAnyOrder(
                new DropIndex(Index.on("custom", "a")), new AddIndex(Index.on("t_b_idx", "b")));
    }

    @Test
    void aRenamedColumnIsRenamedInTheExpressionsThatMentionIt() {
        Table before = table(col("a", "int")).toBuilder().check(Check.of("t_a_check", "(a > 0)"))
                .index(new Index("i", false, List.of(IndexPart.expression("(a + 1)")), null, Attributes.empty())).build();
        Table after = table(col("select", "int")).toBuilder().check(Check.of("t_a_check", "\"select\" > 0"))
                .index(new Index("i", false, List.of(IndexPart.expression("\"select\" + 1")), null, Attributes.empty()))
                .build();

        List<SchemaChange> changes = DIFFER.diff(realm(before), realm(after),
                List.of(dev.atlasj.diff.RenameHint.column("public", "t", "a", "select")));

        assertThat(tableChanges(changes)).singleElement().isInstanceOf(TableChange.RenameColumn.class);
    }

    @Test
    void identifiersAreComparedExactly() {
        Realm mixed = Realm.of(Schema.builder("public").table(Table.builder("Users").column(col("Id", "int")).build()).build());
        Realm lower = Realm.of(Schema.builder("public").table(Table.builder("users").column(col("id", "int")).build()).build());

        assertThat(diff(mixed, lower)).as("\"Users\" and users are two tables").hasSize(2);
        assertThat(diff(lower, Realm.of(schema("public", createTable("users", column("id", "int"))))))
                .as("users, however it is spelled in SQL, is held as users").isEmpty();
    }

    // invariants

    @Test
    void normalizingIsIdempotent() {
        Realm realm = Realm.of(schema("public",
                createType("mood").asEnum("sad", "ok"),
                createTable("orgs", column("id", "serial").primaryKey(), column("name", "text").notNull().unique()),
                createTable("users",
                        column("id", "bigint").generatedAlwaysAsIdentity(),
                        column("email", "varchar(100)").notNull().check("email LIKE '%@%'"),
                        column("mood", "mood").defaultValue("'ok'"),
                        column("score", "numeric(5,2)").defaultValue("'0'::numeric"),
                        column("org_id", "int4"),
                        unique("email", "org_id"),
                        check("score BETWEEN 0 AND 100 OR mood IN ('ok')"),
                        foreignKey("org_id").references("orgs", "id"),
                        primaryKey("id")),
                createIndex("users_lower_email").on("users").expression("lower(email)").where("mood <> 'sad'")));

        Realm once = RULES.normalize(realm);

        assertThat(RULES.normalize(once)).isEqualTo(once);
        assertThat(diff(realm, once)).isEmpty();
    }

    @Test
    void theDialectHandsTheDifferTheseRules() {
        assertThat(new PostgresDialect().diffRules()).isInstanceOf(PostgresDiffRules.class);
    }
}
