package dev.atlasj.mysql;

import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT;
import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT_COUNTER;
import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;
import static dev.atlasj.mysql.MySqlAttributes.DEFINER;
import static dev.atlasj.mysql.MySqlAttributes.ENGINE;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_TYPE;
import static dev.atlasj.mysql.MySqlAttributes.ON_UPDATE;
import static dev.atlasj.mysql.MySqlAttributes.PREFIX_LENGTH;
import static dev.atlasj.mysql.MySqlAttributes.SECURITY;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_EVENT;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_TIMING;
import static dev.atlasj.mysql.MySqlAttributes.VIEW_ALGORITHM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.ColumnChangeKind;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange;
import dev.atlasj.diff.TableChange.ModifyColumn;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One case per normalization rule, over models built in Java: two spellings of one schema diff empty,
 * and the control beside each shows that the rule does not hide a real difference.
 */
class MySqlDiffRulesTest {

    private static final MySqlDiffRules RULES = new MySqlDiffRules();
    private static final Differ DIFFER = new Differ(RULES);

    private static List<SchemaChange> diff(Realm from, Realm to) {
        return DIFFER.diff(from, to);
    }

    private static Realm realm(Table... tables) {
        return realm(Schema.builder("s"), tables);
    }

    private static Realm realm(Schema.Builder schema, Table... tables) {
        for (Table t : tables) {
            schema.table(t);
        }
        return Realm.of(schema.build());
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
        return RULES.normalize(realm).schema("s").orElseThrow().table("t").orElseThrow();
    }

    /** Asserts an empty diff both ways between the two. */
    private static void assertSame(Realm a, Realm b) {
        assertThat(diff(a, b)).isEmpty();
        assertThat(diff(b, a)).isEmpty();
    }

    // types

    @Test
    void displayWidthsAreInsignificant() {
        assertSame(realm(table(col("a", "int(11)"), col("b", "BIGINT(20) UNSIGNED"), col("z", "int(5) zerofill"))),
                realm(table(col("a", "int"), col("b", "bigint unsigned"), col("z", "int(5) unsigned zerofill"))));
        assertThat(tableChanges(diff(realm(table(col("z", "int(5) zerofill"))), realm(table(col("z", "int(6) zerofill"))))))
                .singleElement().isInstanceOf(ModifyColumn.class);
    }

    @Test
    void boolAndBooleanAreTinyintOne() {
        assertSame(realm(table(col("a", "bool"), col("b", "BOOLEAN"))), realm(table(col("a", "tinyint(1)"), col("b", "tinyint(1)"))));
        assertThat(tableChanges(diff(realm(table(col("a", "bool"))), realm(table(col("a", "tinyint")))))).hasSize(1);
    }

    @Test
    void typeSynonymsAreTheirBaseTypeAndTheSpellingIsKeptForThePlanner() {
        assertSame(realm(table(col("a", "integer"), col("b", "dec(10,2)"), col("c", "numeric"), col("d", "fixed(6,1)"),
                        col("e", "real"), col("f", "double precision"), col("g", "character varying(10)"), col("h", "int8"))),
                realm(table(col("a", "int"), col("b", "decimal(10,2)"), col("c", "decimal(10,0)"), col("d", "decimal(6,1)"),
                        col("e", "double"), col("f", "double"), col("g", "varchar(10)"), col("h", "bigint"))));
        assertThat(normalized(realm(table(col("g", "character varying(10)")))).column("g").orElseThrow().type())
                .isEqualTo(new ColumnType("character varying(10)", "varchar(10)"));
        assertThat(tableChanges(diff(realm(table(col("b", "dec(10,2)"))), realm(table(col("b", "decimal(10,3)")))))).hasSize(1);
    }

    @Test
    void serialIsAnUnsignedBigintAutoIncrementWithAUniqueKey() {
        Table spelled = Table.builder("t").column(col("id", "bigint unsigned").withNullable(false).with(AUTO_INCREMENT, true))
                .index(Index.uniqueOn("id", "id")).build();
        assertSame(realm(table(col("id", "serial"))), realm(spelled));
        assertThat(normalized(realm(table(col("id", "serial")))).column("id").orElseThrow().type().raw())
                .as("the planner writes what serial stands for").isEqualTo("bigint unsigned");
        assertThat(diff(realm(table(col("id", "serial"))), realm(table(col("id", "bigint unsigned"))))).isNotEmpty();
    }

    // character sets and collations

    @Test
    void aCharacterSetOrCollationEqualToTheTablesIsInherited() {
        Table spelled = Table.builder("t").column(col("a", "varchar(5)").with(CHARSET, "latin1").withCollation("latin1_bin"))
                .attribute(CHARSET, "latin1").attribute(COLLATION, "latin1_bin").build();
        Table inherited = Table.builder("t").column(col("a", "varchar(5)")).attribute(COLLATION, "latin1_bin").build();
        assertSame(realm(spelled), realm(inherited));
        Table other = Table.builder("t").column(col("a", "varchar(5)").withCollation("latin1_swedish_ci"))
                .attribute(COLLATION, "latin1_bin").build();
        assertThat(tableChanges(diff(realm(inherited), realm(other)))).singleElement()
                .extracting(c -> ((ModifyColumn) c).kinds()).isEqualTo(Set.of(ColumnChangeKind.COLLATION));
    }

    @Test
    void aTableInheritsItsSchemasCharacterSet() {
        Schema.Builder latin1 = Schema.builder("s").attribute(CHARSET, "latin1");
        assertSame(realm(latin1, Table.builder("t").column(col("a", "text")).attribute(CHARSET, "LATIN1").build()),
                realm(Schema.builder("s").attribute(CHARSET, "latin1"), table(col("a", "text"))));
        assertThat(diff(realm(Schema.builder("s").attribute(CHARSET, "latin1"), table(col("a", "text"))),
                realm(Schema.builder("s").attribute(CHARSET, "latin1"),
                        Table.builder("t").column(col("a", "text")).attribute(CHARSET, "ascii").build()))).hasSize(1);
    }

    @Test
    void aCollationImpliesItsCharacterSetAndACharacterSetItsDefaultCollation() {
        Table charsetOnly = table(col("a", "varchar(5)").with(CHARSET, "latin1"));
        Table both = table(col("a", "varchar(5)").with(CHARSET, "latin1").withCollation("latin1_swedish_ci"));
        Table collationOnly = table(col("a", "varchar(5)").withCollation("latin1_swedish_ci"));
        assertSame(realm(charsetOnly), realm(both));
        assertSame(realm(collationOnly), realm(both));
        assertThat(diff(realm(charsetOnly), realm(table(col("a", "varchar(5)").withCollation("latin1_bin"))))).hasSize(1);
    }

    @Test
    void utf8IsUtf8mb3() {
        assertSame(realm(table(col("a", "text").with(CHARSET, "utf8").withCollation("utf8_bin"))),
                realm(table(col("a", "text").with(CHARSET, "utf8mb3").withCollation("utf8mb3_bin"))));
        assertThat(diff(realm(table(col("a", "text").withCollation("utf8_bin"))),
                realm(table(col("a", "text").withCollation("utf8mb4_bin"))))).hasSize(1);
    }

    // defaults

    @Test
    void numbersAreBareWithTheColumnsScale() {
        assertSame(realm(table(col("a", "int").withDefault("'0'"), col("b", "decimal(5,2)").withDefault("1"),
                        col("c", "double").withDefault("2e3"), col("d", "float").withDefault("'1.50'"),
                        col("e", "bool").withDefault("TRUE"), col("f", "bit(3)").withDefault("5"))),
                realm(table(col("a", "int").withDefault("0"), col("b", "decimal(5,2)").withDefault("1.00"),
                        col("c", "double").withDefault("2000"), col("d", "float").withDefault("1.5"),
                        col("e", "tinyint(1)").withDefault("1"), col("f", "bit(3)").withDefault("b'101'"))));
        assertThat(diff(realm(table(col("b", "decimal(5,2)").withDefault("1"))),
                realm(table(col("b", "decimal(5,2)").withDefault("1.01"))))).hasSize(1);
    }

    @Test
    void stringsAndTemporalValuesAreQuotedAsMariaDbQuotesThem() {
        assertSame(realm(table(col("a", "varchar(5)").withDefault("\"it's\""), col("b", "varchar(5)").withDefault("'it\\'s'"),
                        col("c", "char(1)").withDefault("5"), col("d", "datetime(3)").withDefault("'2020-1-2'"),
                        col("e", "time").withDefault("'10:00'"), col("f", "enum('x','y')").withDefault("\"y\""))),
                realm(table(col("a", "varchar(5)").withDefault("'it''s'"), col("b", "varchar(5)").withDefault("'it''s'"),
                        col("c", "char(1)").withDefault("'5'"), col("d", "datetime(3)").withDefault("'2020-01-02 00:00:00.000'"),
                        col("e", "time").withDefault("'10:00:00'"), col("f", "enum('x','y')").withDefault("'y'"))));
        assertThat(diff(realm(table(col("a", "varchar(5)").withDefault("'a'"))),
                realm(table(col("a", "varchar(5)").withDefault("'A'"))))).hasSize(1);
    }

    @Test
    void everySpellingOfTheCurrentTimeIsCurrentTimestamp() {
        assertSame(realm(table(col("a", "timestamp").withDefault("now()").with(ON_UPDATE, "current_timestamp()"),
                        col("b", "datetime(3)").withDefault("CURRENT_TIMESTAMP(3)"), col("c", "datetime").withDefault("LOCALTIMESTAMP"),
                        col("d", "datetime").withDefault("current_timestamp(0)"))),
                realm(table(col("a", "timestamp").withDefault("CURRENT_TIMESTAMP").with(ON_UPDATE, "CURRENT_TIMESTAMP"),
                        col("b", "datetime(3)").withDefault("now(3)"), col("c", "datetime").withDefault("CURRENT_TIMESTAMP"),
                        col("d", "datetime").withDefault("CURRENT_TIMESTAMP"))));
        assertThat(diff(realm(table(col("b", "datetime(3)").withDefault("now(3)"))),
                realm(table(col("b", "datetime(3)").withDefault("now(6)"))))).hasSize(1);
    }

    @Test
    void defaultNullIsNoDefaultAndAnExpressionLosesTheParenthesesMySqlRequires() {
        assertSame(realm(table(col("a", "int").withDefault("NULL"), col("u", "char(36)").withDefault("(uuid())"))),
                realm(table(col("a", "int"), col("u", "char(36)").withDefault("uuid()"))));
        assertThat(normalized(realm(table(col("n", "int").withDefault("(1 + 2)")))).column("n").orElseThrow()
                .defaultExpression()).as("an operator keeps them, as the servers print it").isEqualTo("(1 + 2)");
        assertThat(diff(realm(table(col("u", "char(36)").withDefault("uuid()"))),
                realm(table(col("u", "char(36)").withDefault("'uuid()'"))))).hasSize(1);
    }

    // keys and constraints

    @Test
    void primaryKeyAndAutoIncrementColumnsAreNotNullAndThePrimaryKeyHasNoName() {
        Table loose = Table.builder("t").column(col("id", "int")).column(col("n", "int").with(AUTO_INCREMENT, true))
                .primaryKey(PrimaryKey.of("pk_t", "id")).index(Index.on("n", "n")).build();
        Table strict = Table.builder("t").column(col("id", "int").withNullable(false))
                .column(col("n", "int").withNullable(false).with(AUTO_INCREMENT, true))
                .primaryKey(PrimaryKey.of(null, "id")).index(Index.on("n", "n")).build();
        assertSame(realm(loose), realm(strict));
        assertThat(diff(realm(strict), realm(strict.toBuilder().primaryKey(PrimaryKey.of(null, "n")).build()))).hasSize(1);
    }

    @Test
    void anEmptyPrimaryKeyCommentIsNoneAndAnotherCommentIsAChange() {
        Table plain = Table.builder("t").column(col("id", "int").withNullable(false)).primaryKey(PrimaryKey.of(null, "id"))
                .build();
        Table empty = plain.toBuilder().primaryKey(new PrimaryKey(null, List.of("id"),
                Attributes.of(MySqlAttributes.PRIMARY_KEY_COMMENT, ""))).build();
        Table commented = plain.toBuilder().primaryKey(new PrimaryKey(null, List.of("id"),
                Attributes.of(MySqlAttributes.PRIMARY_KEY_COMMENT, "the id"))).build();

        assertSame(realm(plain), realm(empty));
        assertThat(tableChanges(diff(realm(plain), realm(commented))))
                .singleElement().isInstanceOf(TableChange.ModifyPrimaryKey.class);
    }

    @Test
    void restrictIsNoActionAndAKeyWithoutSchemaReferencesItsOwn() {
        Table parent = Table.builder("p").column(col("id", "int").withNullable(false)).primaryKey(PrimaryKey.of(null, "id")).build();
        Table restrict = child(new ForeignKey("fk", List.of("p"), "s", "p", List.of("id"), ReferentialAction.RESTRICT,
                ReferentialAction.RESTRICT, null));
        Table noAction = child(new ForeignKey("fk", List.of("p"), null, "p", List.of("id"), null, null, null));
        assertSame(realm(parent, restrict), realm(parent, noAction));
        Table cascade = child(new ForeignKey("fk", List.of("p"), "s", "p", List.of("id"), null, ReferentialAction.CASCADE, null));
        assertThat(diff(realm(parent, noAction), realm(parent, cascade))).hasSize(1);
    }

    private static Table child(ForeignKey key) {
        return Table.builder("c").column(col("p", "int")).foreignKey(key).build();
    }

    @Test
    void aForeignKeyNoIndexCoversGetsTheIndexTheServerCreates() {
        Table parent = Table.builder("p").column(col("id", "int").withNullable(false)).primaryKey(PrimaryKey.of(null, "id")).build();
        ForeignKey key = new ForeignKey("fk", List.of("p"), "s", "p", List.of("id"), null, null, null);
        Table bare = child(key);
        Table inspected = bare.toBuilder().index(Index.on("fk", "p")).build();
        Table named = bare.toBuilder().index(Index.on("p", "p")).build();
        assertSame(realm(parent, bare), realm(parent, inspected));
        assertSame(realm(parent, bare), realm(parent, named));
        assertThat(RULES.normalize(realm(parent, bare)).schema("s").orElseThrow().table("c").orElseThrow().indexes())
                .containsExactly(Index.on("fk", "p"));
        Table prefixed = bare.toBuilder().index(Index.on("p", "p").withParts(List.of(IndexPart.column("p")
                .with(PREFIX_LENGTH, 4)))).build();
        assertThat(RULES.normalize(realm(parent, prefixed)).schema("s").orElseThrow().table("c").orElseThrow().indexes())
                .as("a prefix index does not cover a foreign key").hasSize(2);
        assertThat(diff(realm(parent, bare), realm(parent, bare.toBuilder().index(Index.on("pq", "p", "q"))
                .column(col("q", "int")).build()))).isNotEmpty();
    }

    @Test
    void implicitNamesMatchEqualKeysOfAnyName() {
        Table mariaDb = Table.builder("t").column(col("a", "int")).column(col("b", "int"))
                .index(Index.uniqueOn("a", "a")).check(Check.of("CONSTRAINT_1", "`a` > 0")).check(Check.of("b", "`b` > 0"))
                .foreignKey(new ForeignKey("t_ibfk_1", List.of("b"), "s", "t", List.of("a"), null, null, null))
                .index(Index.on("b", "b")).build();
        Table mySql = Table.builder("t").column(col("a", "int")).column(col("b", "int"))
                .index(Index.uniqueOn("a_2", "a")).check(Check.of("t_chk_1", "(`a` > 0)")).check(Check.of("t_chk_2", "(`b` > 0)"))
                .foreignKey(new ForeignKey("t_ibfk_2", List.of("b"), "s", "t", List.of("a"), null, null, null))
                .index(Index.on("t_ibfk_2", "b")).build();
        assertSame(realm(mariaDb), realm(mySql));
        Table chosen = mySql.toBuilder().checks(List.of(Check.of("positive", "`a` > 0"), Check.of("t_chk_2", "`b` > 0"))).build();
        assertThat(tableChanges(diff(realm(mariaDb), realm(chosen)))).hasSize(2);
    }

    @Test
    void indexTypeBtreeIsTheDefaultAndASpatialIndexHasNoPrefix() {
        Table btree = Table.builder("t").column(col("a", "int")).column(col("p", "point").withNullable(false))
                .index(Index.on("a", "a").with(INDEX_TYPE, "btree"))
                .index(Index.on("p", "p").withParts(List.of(IndexPart.column("p").with(PREFIX_LENGTH, 32))).with(INDEX_TYPE, "SPATIAL"))
                .build();
        Table plain = Table.builder("t").column(col("a", "int")).column(col("p", "point").withNullable(false))
                .index(Index.on("a", "a")).index(Index.on("p", "p").with(INDEX_TYPE, "SPATIAL")).build();
        assertSame(realm(btree), realm(plain));
        assertThat(diff(realm(plain), realm(plain.toBuilder().indexes(List.of(Index.on("a", "a").with(INDEX_TYPE, "HASH"),
                Index.on("p", "p").with(INDEX_TYPE, "SPATIAL"))).build()))).hasSize(1);
    }

    @Test
    void expressionsAreComparedTokenByTokenWithTheirColumnsQuoted() {
        Table written = Table.builder("t").column(col("Price", "int")).column(col("date", "date")).column(col("s", "varchar(5)"))
                .column(col("g", "int").withGenerated(new Generated("price*2", true)))
                .check(Check.of("c1", "(PRICE>0 AND s != \"x\")"))
                .check(Check.of("c2", "cast(s AS date) < date + INTERVAL 1 day"))
                .index(new Index("f", false, List.of(IndexPart.expression("LOWER(S)")), null, null))
                .build();
        Table printed = Table.builder("t").column(col("Price", "int")).column(col("date", "date")).column(col("s", "varchar(5)"))
                .column(col("g", "int").withGenerated(new Generated("(`Price` * 2)", true)))
                .check(Check.of("c1", "(`Price` > 0 and `s` <> _utf8mb4'x')"))
                .check(Check.of("c2", "cast(`s` as date) < `date` + interval 1 day"))
                .index(new Index("f", false, List.of(IndexPart.expression("lower(`s`)")), null, null))
                .build();

        assertSame(realm(written), realm(printed));
        assertThat(normalized(realm(written)).check("c2").orElseThrow().expression())
                .as("a column named like a keyword is quoted only where it is a column")
                .isEqualTo("cast(`s` as date) < `date` + interval 1 day");
        assertThat(diff(realm(written), realm(printed.toBuilder().checks(List.of(Check.of("c1", "`Price` > 0 and `s` <> 'X'"),
                Check.of("c2", "cast(`s` as date) < `date` + interval 1 day"))).build()))).hasSize(1);
    }

    // tables, views, routines, triggers

    @Test
    void autoIncrementCountersAreNeverCompared() {
        assertSame(realm(Table.builder("t").column(col("id", "int")).attribute(AUTO_INCREMENT_COUNTER, 1000L).build()),
                realm(table(col("id", "int"))));
    }

    @Test
    void innoDbIsTheDefaultEngineAndEngineNamesTakeTheServersSpelling() {
        assertSame(realm(Table.builder("t").column(col("a", "int")).attribute(ENGINE, "innodb").build()), realm(table(col("a", "int"))));
        assertSame(realm(Table.builder("t").column(col("a", "int")).attribute(ENGINE, "myisam").build()),
                realm(Table.builder("t").column(col("a", "int")).attribute(ENGINE, "MyISAM").build()));
        assertThat(diff(realm(table(col("a", "int"))),
                realm(Table.builder("t").column(col("a", "int")).attribute(ENGINE, "MyISAM").build()))).hasSize(1);
    }

    @Test
    void definersAndRestatedDefaultsOfViewsAndRoutinesAreNeverCompared() {
        Schema.Builder a = Schema.builder("s")
                .view(new View("v", "select 1 AS `x`", false, List.of(), null, Attributes.of(DEFINER, "root@%")
                        .with(VIEW_ALGORITHM, "UNDEFINED").with(SECURITY, "DEFINER")))
                .routine(new Routine("f", Routine.Kind.FUNCTION, "", "int", "SQL",
                        "CREATE DEFINER=`root`@`%` FUNCTION `f`() RETURNS int\nRETURN 1", null, Attributes.of(DEFINER, "root@%")));
        Schema.Builder b = Schema.builder("s")
                .view(new View("v", "select 1 AS `x`", false, List.of(), null, Attributes.of(DEFINER, "app@localhost")))
                .routine(new Routine("f", Routine.Kind.FUNCTION, "", "int", "SQL", "CREATE FUNCTION `f`() RETURNS int\nRETURN 1",
                        null, Attributes.empty()));
        assertSame(realm(a), realm(b));
        assertThat(diff(realm(b), realm(Schema.builder("s").view(new View("v", "select 1 AS `x`", false, List.of(), null,
                Attributes.of(SECURITY, "INVOKER")))
                .routine(new Routine("f", Routine.Kind.FUNCTION, "", "int", "SQL", "CREATE FUNCTION `f`() RETURNS int\nRETURN 1",
                        null, Attributes.empty()))))).hasSize(1);
    }

    @Test
    void aTriggerDefinitionIsReadIntoTheInspectorsLayout() {
        Trigger written = new Trigger("trg", "t", "create definer = `root`@`%` trigger trg before insert on s.t for each row set NEW.a = 1",
                null, Attributes.empty());
        Trigger inspected = new Trigger("trg", "t", "CREATE TRIGGER `trg` BEFORE INSERT ON `t` FOR EACH ROW set NEW.a = 1", null,
                Attributes.of(TRIGGER_TIMING, "BEFORE").with(TRIGGER_EVENT, "INSERT").with(DEFINER, "root@%"));
        assertSame(realm(Schema.builder("s").trigger(written)), realm(Schema.builder("s").trigger(inspected)));
        Trigger after = new Trigger("trg", "t", "CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW set NEW.a = 1", null, Attributes.empty());
        assertThat(diff(realm(Schema.builder("s").trigger(written)), realm(Schema.builder("s").trigger(after)))).hasSize(1);
    }

    @Test
    void everyRuleIsIdempotent() {
        Realm rich = realm(Schema.builder("s").attribute(CHARSET, "latin1"),
                Table.builder("t").column(col("id", "serial")).column(col("a", "varchar(5)").withCollation("latin1_bin").withDefault("\"x\""))
                        .column(col("b", "datetime").withDefault("now()")).attribute(ENGINE, "innodb").build());
        Realm once = RULES.normalize(rich);
        assertThat(RULES.normalize(once)).isEqualTo(once);
    }
}
