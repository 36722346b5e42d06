package dev.atlasj.postgres.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names below are those PostgreSQL 15 chose for constraints and indexes created without one. */
class ImplicitNamesTest {

    private static final Table T = Table.builder("t")
            .column(Column.of("a", ColumnType.of("integer")))
            .column(Column.of("b", ColumnType.of("integer")))
            .column(Column.of("c", ColumnType.of("text")))
            .build();

    private static Index index(String... expressions) {
        return new Index("i", false, List.of(expressions).stream().map(e -> T.column(e).isPresent()
                ? IndexPart.column(e) : IndexPart.expression(e)).toList(), null, Attributes.empty());
    }

    @Test
    void primaryKeysAreTableUnderscorePkey() {
        assertThat(ImplicitNames.primaryKey(T, "t_pkey")).isTrue();
        assertThat(ImplicitNames.primaryKey(T, "t_pkey1")).as("collision number").isTrue();
        assertThat(ImplicitNames.primaryKey(T, "t_pk")).isFalse();
        assertThat(ImplicitNames.primaryKey(T, "t_pkey01")).isFalse();
    }

    @Test
    void uniqueConstraintsAreNamedAfterTheirColumnsWithKey() {
        Index unique = Index.uniqueOn("x", "a", "b").with(PostgresAttributes.INDEX_CONSTRAINT, true);

        assertThat(ImplicitNames.index(T, unique, "t_a_b_key")).isTrue();
        assertThat(ImplicitNames.index(T, unique, "t_a_b_key2")).isTrue();
        assertThat(ImplicitNames.index(T, unique, "t_a_b_idx")).as("a constraint's label is key").isFalse();
        assertThat(ImplicitNames.index(T, unique.with(PostgresAttributes.INDEX_INCLUDE, List.of("c")), "t_a_b_c_key"))
                .as("INCLUDE columns count").isTrue();
    }

    @Test
    void plainIndexesAreNamedAfterTheirColumnsWithIdx() {
        assertThat(ImplicitNames.index(T, index("a"), "t_a_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("a"), "t_a_idx1")).isTrue();
        assertThat(ImplicitNames.index(T, index("a").withUnique(true), "t_a_idx")).as("CREATE UNIQUE INDEX").isTrue();
        assertThat(ImplicitNames.index(T, index("a", "b"), "t_a_b_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("a"), "t_b_idx")).isFalse();
    }

    @Test
    void expressionIndexesAreNamedAfterWhatTheExpressionCalls() {
        assertThat(ImplicitNames.index(T, index("lower(c)"), "t_lower_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("(a + b)"), "t_expr_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("c::character varying"), "t_c_idx")).as("a cast of a column").isTrue();
        assertThat(ImplicitNames.index(T, index("'x'::text"), "t_text_idx")).as("a cast of a constant").isTrue();
        assertThat(ImplicitNames.index(T, index("(a + 1)::integer"), "t_int4_idx")).as("internal type name").isTrue();
        assertThat(ImplicitNames.index(T, index("CASE WHEN a > 0 THEN 1 END"), "t_case_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("(CASE WHEN a > 0 THEN 1 END)::text"), "t_text_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("ARRAY[a]"), "t_array_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("COALESCE(a, 0)"), "t_coalesce_idx")).isTrue();
        assertThat(ImplicitNames.index(T, index("c COLLATE \"C\""), "t_c_idx")).isTrue();
    }

    @Test
    void repeatedIndexColumnNamesAreNumbered() {
        // CREATE INDEX ON t (a, (a + 1), lower(c), (- a), a) is t_a_expr_lower_expr1_a1_idx
        assertThat(ImplicitNames.index(T, index("a", "(a + 1)", "lower(c)", "- a", "a"), "t_a_expr_lower_expr1_a1_idx"))
                .isTrue();
    }

    @Test
    void longNamesAreShortenedTo63BytesBeforeTheLabel() {
        Table wide = Table.builder("inc").column(Column.of("c", ColumnType.of("text")))
                .column(Column.of("a", ColumnType.of("integer"))).build();
        Index many = new Index("i", false, List.of(IndexPart.column("c"), IndexPart.column("a"),
                IndexPart.expression("'x'::text"), IndexPart.expression("(CASE WHEN a > 0 THEN 1 END)::text"),
                IndexPart.expression("(a + 1)::integer"), IndexPart.expression("ARRAY[a]"),
                IndexPart.expression("COALESCE(a, 0)"), IndexPart.expression("a IS NULL"), IndexPart.expression("- a"),
                IndexPart.expression("c COLLATE \"C\""), IndexPart.expression("lower(c)::character varying(3)"),
                IndexPart.expression("1::integer")), null, Attributes.empty());

        assertThat(ImplicitNames.index(wide, many, "inc_c_a_text_text1_int4_array_coalesce_expr_expr1_c1_lower__idx"))
                .isTrue();
    }

    @Test
    void foreignKeysAreNamedAfterTheirColumnsWithFkey() {
        ForeignKey key = new ForeignKey("x", List.of("a", "b"), "public", "u", List.of("x", "y"), null, null, null);

        assertThat(ImplicitNames.foreignKey(T, key, "t_a_b_fkey")).isTrue();
        assertThat(ImplicitNames.foreignKey(T, key, "t_a_b_fkey1")).isTrue();
        assertThat(ImplicitNames.foreignKey(T, key, "t_a_fkey")).isFalse();
    }

    @Test
    void checksAreNamedAfterTheTableOrTheirOneColumn() {
        Check oneColumn = Check.of("x", "a > 0");
        Check twoColumns = Check.of("x", "a > b");

        assertThat(ImplicitNames.check(T, oneColumn, "t_a_check")).isTrue();
        assertThat(ImplicitNames.check(T, oneColumn, "t_a_check3")).isTrue();
        assertThat(ImplicitNames.check(T, twoColumns, "t_check")).isTrue();
        assertThat(ImplicitNames.check(T, twoColumns, "t_check1")).isTrue();
        assertThat(ImplicitNames.check(T, oneColumn, "t_c_check")).as("c is not in the expression").isFalse();
        assertThat(ImplicitNames.check(T, oneColumn, "positive")).isFalse();
    }

    @Test
    void collisionNumbersGoOnTheLabelBeforeShortening() {
        String table = "a_table_name_that_is_long_enough_to_need_shortening_by_postgres";
        Table longTable = Table.builder(table).column(Column.of("id", ColumnType.of("integer"))).build();

        // PostgreSQL 15 chose these two, the second when a relation had taken the first
        assertThat(ImplicitNames.primaryKey(longTable, "a_table_name_that_is_long_enough_to_need_shortening_by_pos_pkey"))
                .isTrue();
        assertThat(ImplicitNames.primaryKey(longTable, "a_table_name_that_is_long_enough_to_need_shortening_by_po_pkey1"))
                .isTrue();
        assertThat(ImplicitNames.primaryKey(longTable, "a_table_name_that_is_long_enough_to_need_shortening_by_pos_pkey1"))
                .as("64 bytes: never chosen").isFalse();
    }
}
