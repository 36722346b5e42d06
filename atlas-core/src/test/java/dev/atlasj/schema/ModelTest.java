package dev.atlasj.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static final AttributeKey<String> METHOD = AttributeKey.of("test.method", String.class);
    private static final AttributeKey<List<String>> INCLUDE = AttributeKey.listOf("test.include");
    private static final AttributeKey<Map<String, String>> PARAMS = AttributeKey.mapOf("test.params");

    @Test
    void tablesWithTheSameContentInAnotherOrderAreEqual() {
        Table a = Table.builder("t")
                .column(Column.of("id", ColumnType.of("integer")))
                .index(Index.on("b_idx", "id"))
                .index(Index.on("a_idx", "id"))
                .check(Check.of("c2", "(id > 1)"))
                .check(Check.of("c1", "(id > 0)"))
                .build();
        Table b = Table.builder("t")
                .column(Column.of("id", ColumnType.of("integer")))
                .index(Index.on("a_idx", "id"))
                .index(Index.on("b_idx", "id"))
                .check(Check.of("c1", "(id > 0)"))
                .check(Check.of("c2", "(id > 1)"))
                .build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.indexes()).extracting(Index::name).containsExactly("a_idx", "b_idx");
    }

    @Test
    void columnOrderIsKeptBecauseItIsPartOfTheTable() {
        Table t = Table.builder("t")
                .column(Column.of("z", ColumnType.of("text")))
                .column(Column.of("a", ColumnType.of("text")))
                .build();

        assertThat(t.columns()).extracting(Column::name).containsExactly("z", "a");
    }

    @Test
    void schemasAndRealmsSortTheirObjectsByName() {
        Schema s = Schema.builder("app")
                .table(Table.builder("users").build())
                .table(Table.builder("accounts").build())
                .enumType(EnumType.of("mood", "sad", "happy"))
                .build();
        Realm realm = Realm.of(Schema.named("zeta"), s);

        assertThat(s.tables()).extracting(Table::name).containsExactly("accounts", "users");
        assertThat(realm.schemas()).extracting(Schema::name).containsExactly("app", "zeta");
        assertThat(s.enumType("mood")).get().extracting(EnumType::values).isEqualTo(List.of("sad", "happy"));
    }

    @Test
    void duplicateNamesAreRefusedWithTheOwnerNamed() {
        assertThatThrownBy(() -> Table.builder("t")
                .column(Column.of("id", ColumnType.of("int")))
                .column(Column.of("id", ColumnType.of("int")))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table t has two columns named \"id\"");
        assertThatThrownBy(() -> EnumType.of("mood", "a", "a"))
                .hasMessageContaining("enum mood repeats a value");
    }

    @Test
    void listsHandedToTheModelCannotChangeItAfterwards() {
        List<String> values = new java.util.ArrayList<>(List.of("a"));
        EnumType e = new EnumType("e", values, null);
        values.add("b");

        assertThat(e.values()).containsExactly("a");
        assertThatThrownBy(() -> e.values().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void attributesAreTypedOrderedAndValueEqual() {
        Attributes a = Attributes.empty()
                .with(PARAMS, Map.of("fillfactor", "70"))
                .with(METHOD, "gin")
                .with(INCLUDE, List.of("x"));
        Attributes b = Attributes.of(INCLUDE, List.of("x"))
                .with(METHOD, "gin")
                .with(PARAMS, Map.of("fillfactor", "70"));

        assertThat(a).isEqualTo(b);
        assertThat(a.get(METHOD)).isEqualTo("gin");
        assertThat(a.keys()).extracting(AttributeKey::name)
                .containsExactly("test.include", "test.method", "test.params");
    }

    @Test
    void storingNullRemovesAnAttribute() {
        Attributes a = Attributes.of(METHOD, "gin").with(METHOD, null);

        assertThat(a.isEmpty()).isTrue();
        assertThat(a).isEqualTo(Attributes.empty());
        assertThat(a.getOrDefault(METHOD, "btree")).isEqualTo("btree");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        AttributeKey<Object> raw = (AttributeKey) METHOD;

        assertThatThrownBy(() -> Attributes.of(raw, 42))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute test.method takes String, not Integer");
    }

    @Test
    void anIndexPartIsAColumnOrAnExpression() {
        assertThat(IndexPart.column("a").isExpression()).isFalse();
        assertThat(IndexPart.expression("lower(a)").isExpression()).isTrue();
        assertThatThrownBy(() -> new IndexPart("a", "lower(a)", false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foreignKeyColumnCountsMustMatch() {
        assertThatThrownBy(() -> new ForeignKey("fk", List.of("a", "b"), "public", "t", List.of("id"), null, null, null))
                .hasMessage("foreign key fk has 2 columns but references 1");
        ForeignKey fk = new ForeignKey("fk", List.of("a"), "public", "t", List.of("id"), null, null, null);
        assertThat(fk.onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void schemaObjectsNameTheirKindForMessages() {
        assertThat(EnumType.of("e", "a").objectType()).isEqualTo("enum");
        assertThat(Sequence.of("s").objectType()).isEqualTo("sequence");
        assertThat(new View("v", "select 1", true, List.of(), null, null).objectType()).isEqualTo("materialized view");
    }
}
