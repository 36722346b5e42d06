package dev.atlasj.postgres.internal.plan;

import static dev.atlasj.postgres.PostgresAttributes.INDEX_CONSTRAINT;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_BOUND;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_KEY;
import static dev.atlasj.postgres.PostgresAttributes.PARTITION_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableOrderTest {

    @Test
    void keepsTheGivenOrderWhenNothingDependsOnAnything() {
        TableOrder order = TableOrder.of(List.of(add(keyed("b")), add(keyed("a")), add(keyed("c"))));

        assertThat(names(order.creation())).containsExactly("b", "a", "c");
    }

    @Test
    void createsReferencedTablesFirstThroughAChain() {
        AddTable a = add(keyed("a").foreignKey(fk("a_b", "b")));
        AddTable b = add(keyed("b").foreignKey(fk("b_c", "c")));
        AddTable c = add(keyed("c"));
        TableOrder order = TableOrder.of(List.of(a, b, c));

        assertThat(names(order.creation())).containsExactly("c", "b", "a");
        assertThat(order.deferred(a, fk("a_b", "b"))).isFalse();
        assertThat(order.deferred(b, fk("b_c", "c"))).isFalse();
    }

    @Test
    void defersOnlyTheKeyThatClosesACycle() {
        AddTable a = add(keyed("a").foreignKey(fk("a_b", "b")));
        AddTable b = add(keyed("b").foreignKey(fk("b_c", "c")));
        AddTable c = add(keyed("c").foreignKey(fk("c_a", "a")));
        AddTable d = add(keyed("d").foreignKey(fk("d_a", "a")));
        TableOrder order = TableOrder.of(List.of(a, b, c, d));

        assertThat(names(order.creation())).containsExactly("c", "b", "a", "d");
        assertThat(order.deferred(c, fk("c_a", "a"))).isTrue();
        assertThat(order.deferred(a, fk("a_b", "b"))).isFalse();
        assertThat(order.deferred(b, fk("b_c", "c"))).isFalse();
        assertThat(order.deferred(d, fk("d_a", "a"))).isFalse();
    }

    @Test
    void keepsSelfReferencesWithTheirTable() {
        AddTable tree = add(keyed("tree").foreignKey(fk("tree_parent", "tree")));

        assertThat(TableOrder.of(List.of(tree)).deferred(tree, fk("tree_parent", "tree"))).isFalse();
    }

    @Test
    void defersKeysThatPointAtColumnsNoDeclaredKeyCovers() {
        AddTable target = add(Table.builder("target").column(column("code")).column(column("other"))
                .index(Index.uniqueOn("target_code_key", "code").with(INDEX_CONSTRAINT, true))
                .index(Index.uniqueOn("target_other_idx", "other")));
        ForeignKey toConstraint = new ForeignKey("to_constraint", List.of("a_id"), "s", "target", List.of("code"),
                null, null, null);
        ForeignKey toIndex = new ForeignKey("to_index", List.of("a_id"), "s", "target", List.of("other"),
                null, null, null);
        AddTable source = add(keyed("source").foreignKey(toConstraint).foreignKey(toIndex));
        TableOrder order = TableOrder.of(List.of(source, target));

        assertThat(order.deferred(source, toConstraint)).isFalse();
        assertThat(order.deferred(source, toIndex)).isTrue();
        assertThat(names(order.creation())).containsExactly("target", "source");
    }

    @Test
    void trustsTablesOutsideThePlanToExist() {
        AddTable a = add(keyed("a").foreignKey(fk("a_elsewhere", "elsewhere")));

        assertThat(TableOrder.of(List.of(a)).deferred(a, fk("a_elsewhere", "elsewhere"))).isFalse();
    }

    @Test
    void createsPartitionsAfterParentsAndCompletesThemBefore() {
        AddTable leaf = add(partition("m_1_a", "s.m_1"));
        AddTable middle = add(partition("m_1", "s.m").attribute(PARTITION_KEY, "LIST (b)"));
        AddTable root = add(keyed("m").attribute(PARTITION_KEY, "LIST (a_id)"));
        AddTable plain = add(keyed("a"));
        TableOrder order = TableOrder.of(List.of(leaf, plain, middle, root));

        assertThat(names(order.creation())).containsExactly("m", "m_1", "m_1_a", "a");
        assertThat(names(order.completion())).containsExactly("m_1_a", "m_1", "m", "a");
        assertThat(order.completedLater(root)).isTrue();
        assertThat(order.completedLater(middle)).isTrue();
        assertThat(order.completedLater(leaf)).isFalse();
        assertThat(order.parent(leaf)).contains(middle);
    }

    @Test
    void defersEveryKeyOfAndToAPartitionedTableWithPartitionsInThePlan() {
        AddTable parent = add(keyed("p").attribute(PARTITION_KEY, "LIST (a_id)").foreignKey(fk("p_a", "a")));
        AddTable child = add(partition("p_1", "s.p"));
        AddTable a = add(keyed("a").foreignKey(fk("a_p", "p")));
        TableOrder order = TableOrder.of(List.of(a, parent, child));

        assertThat(order.deferred(parent, fk("p_a", "a"))).isTrue();
        assertThat(order.deferred(a, fk("a_p", "p"))).isTrue();
    }

    @Test
    void refusesTheSameTableTwiceAndPartitionCycles() {
        assertThatThrownBy(() -> TableOrder.of(List.of(add(keyed("a")), add(keyed("a")))))
                .isInstanceOf(PlanException.class).hasMessage("table s.a is created twice");
        AddTable x = add(partition("x", "s.y"));
        AddTable y = add(partition("y", "s.x"));
        assertThatThrownBy(() -> TableOrder.of(List.of(x, y)))
                .isInstanceOf(PlanException.class).hasMessage("partitions form a cycle: s.x -> s.y -> s.x");
    }

    private static AddTable add(Table.Builder table) {
        return new AddTable("s", table.build());
    }

    private static Table.Builder keyed(String name) {
        return Table.builder(name).column(column("id")).column(column("a_id"))
                .primaryKey(PrimaryKey.of(name + "_pkey", "id"));
    }

    private static Table.Builder partition(String name, String parent) {
        return keyed(name).attribute(PARTITION_OF, parent).attribute(PARTITION_BOUND, "DEFAULT");
    }

    private static Column column(String name) {
        return Column.of(name, ColumnType.of("integer"));
    }

    private static ForeignKey fk(String name, String table) {
        return new ForeignKey(name, List.of("a_id"), "s", table, List.of("id"), null, null, null);
    }

    private static List<String> names(List<AddTable> tables) {
        return tables.stream().map(t -> t.table().name()).toList();
    }
}
