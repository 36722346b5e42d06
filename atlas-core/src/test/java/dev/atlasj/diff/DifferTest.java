package dev.atlasj.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.DiffException;
import dev.atlasj.diff.SchemaChange.AddObject;
import dev.atlasj.diff.SchemaChange.AddSchema;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.DropTable;
import dev.atlasj.diff.SchemaChange.ModifyObject;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.SchemaChange.RenameTable;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {

    private final Differ differ = new Differ(DiffRules.EXACT);

    private static Column col(String name, String type) {
        return Column.of(name, ColumnType.of(type));
    }

    private static Table.Builder users() {
        return Table.builder("users")
                .column(col("id", "bigint").withNullable(false))
                .column(col("name", "text"))
                .primaryKey(PrimaryKey.of("users_pkey", "id"));
    }

    private static Realm realm(Table... tables) {
        Schema.Builder s = Schema.builder("public");
        for (Table t : tables) {
            s.table(t);
        }
        return Realm.of(s.build());
    }

    private static List<TableChange> tableChanges(List<SchemaChange> changes) {
        assertThat(changes).hasSize(1).first().isInstanceOf(ModifyTable.class);
        return ((ModifyTable) changes.get(0)).changes();
    }

    @Test
    void equalRealmsHaveNoChanges() {
        assertThat(differ.diff(realm(users().build()), realm(users().build()))).isEmpty();
    }

    @Test
    void tablesAreAddedAndDropped() {
        Table orders = Table.builder("orders").column(col("id", "bigint")).build();

        List<SchemaChange> changes = differ.diff(realm(users().build()), realm(orders));

        assertThat(changes).containsExactlyInAnyOrder(
                new DropTable("public", users().build()), new AddTable("public", orders));
    }

    @Test
    void schemasAreAddedWithTheirContentsAndDroppedWhole() {
        Schema app = Schema.builder("app").table(users().build()).enumType(EnumType.of("mood", "ok")).build();
        Realm from = Realm.of(Schema.named("old"));
        Realm to = Realm.of(app);

        List<SchemaChange> changes = differ.diff(from, to);

        assertThat(changes).containsExactlyInAnyOrder(
                new DropSchema(Schema.named("old")),
                new AddSchema(app),
                new AddTable("app", users().build()),
                new AddObject("app", EnumType.of("mood", "ok")));
    }

    @Test
    void columnChangesSayWhatChanged() {
        Table from = users().build();
        Table to = users().columns(List.of(
                col("id", "bigint").withNullable(false),
                col("name", "varchar(10)").withNullable(false).withDefault("'x'").withComment("who"))).build();

        List<TableChange> changes = tableChanges(differ.diff(realm(from), realm(to)));

        assertThat(changes).singleElement().isInstanceOfSatisfying(TableChange.ModifyColumn.class, m ->
                assertThat(m.kinds()).containsExactlyInAnyOrder(ColumnChangeKind.TYPE, ColumnChangeKind.NULLABILITY,
                        ColumnChangeKind.DEFAULT, ColumnChangeKind.COMMENT));
    }

    @Test
    void typesCompareByCanonicalForm() {
        Table from = users().build();
        Table to = users().columns(List.of(
                new Column("id", new ColumnType("int8", "bigint"), false, null, null, null, null, null),
                col("name", "text"))).build();

        assertThat(differ.diff(realm(from), realm(to))).isEmpty();
    }

    @Test
    void columnsAreAddedAndDroppedWithoutGuessingRenames() {
        Table from = users().build();
        Table to = users().columns(List.of(col("id", "bigint").withNullable(false), col("full_name", "text"))).build();

        assertThat(tableChanges(differ.diff(realm(from), realm(to)))).containsExactlyInAnyOrder(
                new TableChange.DropColumn(col("name", "text")),
                new TableChange.AddColumn(col("full_name", "text")));
    }

    @Test
    void primaryKeyChanges() {
        Table noKey = users().primaryKey(null).build();
        Table twoColumns = users().primaryKey(PrimaryKey.of("users_pkey", "id", "name")).build();

        assertThat(tableChanges(differ.diff(realm(noKey), realm(users().build()))))
                .containsExactly(new TableChange.AddPrimaryKey(PrimaryKey.of("users_pkey", "id")));
        assertThat(tableChanges(differ.diff(realm(users().build()), realm(noKey))))
                .containsExactly(new TableChange.DropPrimaryKey(PrimaryKey.of("users_pkey", "id")));
        assertThat(tableChanges(differ.diff(realm(users().build()), realm(twoColumns))))
                .containsExactly(new TableChange.ModifyPrimaryKey(PrimaryKey.of("users_pkey", "id"),
                        PrimaryKey.of("users_pkey", "id", "name")));
    }

    @Test
    void anIndexWhoseNameTheDatabaseGeneratedMatchesTheSameIndexUnderAnotherName() {
        DiffRules rules = new DiffRules() {
            @Override
            public boolean isGeneratedName(Table table, Index index, String name) {
                return name.equals(table.name() + "_" + String.join("_", index.columns()) + "_key");
            }
        };
        Table live = users().index(Index.uniqueOn("uq_name", "name")).build();
        Table implicit = users().index(Index.uniqueOn("users_name_key", "name")).build();
        Table explicit = users().index(Index.uniqueOn("name_unique", "name")).build();

        assertThat(new Differ(rules).diff(realm(live), realm(implicit))).isEmpty();
        assertThat(tableChanges(new Differ(rules).diff(realm(live), realm(explicit)))).containsExactlyInAnyOrder(
                new TableChange.DropIndex(Index.uniqueOn("uq_name", "name")),
                new TableChange.AddIndex(Index.uniqueOn("name_unique", "name")));
    }

    @Test
    void generatedNamesThatFellOnOtherConstraintsDoNotRewriteThem() {
        DiffRules rules = new DiffRules() {
            @Override
            public boolean isGeneratedName(Table table, Check check, String name) {
                return name.startsWith(table.name() + "_check");
            }
        };
        Table live = users().check(Check.of("users_check", "(a > 0)")).check(Check.of("users_check1", "(b > 0)")).build();
        Table swapped = users().check(Check.of("users_check", "(b > 0)")).check(Check.of("users_check1", "(a > 0)"))
                .build();
        Table chosen = users().check(Check.of("users_check", "(b > 0)")).build();

        assertThat(new Differ(rules).diff(realm(live), realm(swapped))).isEmpty();
        assertThat(tableChanges(new Differ(DiffRules.EXACT).diff(realm(live), realm(swapped)))).hasSize(2)
                .allSatisfy(c -> assertThat(c).isInstanceOf(TableChange.ModifyCheck.class));
        assertThat(tableChanges(new Differ(rules).diff(realm(live), realm(chosen))))
                .containsExactly(new TableChange.DropCheck(Check.of("users_check", "(a > 0)")));
    }

    @Test
    void anIndexThatChangesIsModified() {
        Table from = users().index(Index.on("users_name", "name")).build();
        Table to = users().index(Index.on("users_name", "name").withParts(List.of(IndexPart.column("name").descending(true))))
                .build();

        assertThat(tableChanges(differ.diff(realm(from), realm(to)))).singleElement()
                .isInstanceOf(TableChange.ModifyIndex.class);
    }

    @Test
    void unnamedChecksMatchByExpression() {
        Table from = users().check(Check.of("users_name_check", "(length(name) > 0)")).build();
        Table same = users().check(Check.of(null, "(length(name) > 0)")).build();
        Table other = users().check(Check.of(null, "(length(name) > 1)")).build();

        assertThat(differ.diff(realm(from), realm(same))).isEmpty();
        assertThat(tableChanges(differ.diff(realm(from), realm(other)))).containsExactlyInAnyOrder(
                new TableChange.DropCheck(Check.of("users_name_check", "(length(name) > 0)")),
                new TableChange.AddCheck(Check.of(null, "(length(name) > 1)")));
    }

    @Test
    void foreignKeysAreComparedWhole() {
        ForeignKey fk = new ForeignKey("orders_user_fk", List.of("user_id"), "public", "users", List.of("id"), null, null, null);
        ForeignKey cascade = new ForeignKey("orders_user_fk", List.of("user_id"), "public", "users", List.of("id"), null,
                dev.atlasj.schema.ReferentialAction.CASCADE, null);
        Table from = Table.builder("orders").column(col("user_id", "bigint")).foreignKey(fk).build();
        Table to = from.toBuilder().foreignKeys(List.of(cascade)).build();

        assertThat(tableChanges(differ.diff(realm(users().build(), from), realm(users().build(), to))))
                .containsExactly(new TableChange.ModifyForeignKey(fk, cascade));
    }

    @Test
    void schemaObjectsAreAddedDroppedAndModified() {
        Realm from = Realm.of(Schema.builder("public").enumType(EnumType.of("mood", "sad")).sequence(Sequence.of("s1")).build());
        Realm to = Realm.of(Schema.builder("public").enumType(EnumType.of("mood", "sad", "happy")).sequence(Sequence.of("s2")).build());

        assertThat(differ.diff(from, to)).containsExactlyInAnyOrder(
                new ModifyObject("public", EnumType.of("mood", "sad"), EnumType.of("mood", "sad", "happy")),
                new SchemaChange.DropObject("public", Sequence.of("s1")),
                new AddObject("public", Sequence.of("s2")));
    }

    @Test
    void aColumnRenameHintRenamesInsteadOfDroppingAndCarriesReferencesAlong() {
        Table from = users()
                .index(Index.on("users_name_idx", "name"))
                .index(new Index("users_lower_name", false, List.of(IndexPart.expression("lower(name)")), null, null))
                .check(Check.of("users_name_check", "(length(name) > 0)"))
                .build();
        Table to = Table.builder("users")
                .column(col("id", "bigint").withNullable(false))
                .column(col("full_name", "text"))
                .primaryKey(PrimaryKey.of("users_pkey", "id"))
                .index(Index.on("users_name_idx", "full_name"))
                .index(new Index("users_lower_name", false, List.of(IndexPart.expression("lower(full_name)")), null, null))
                .check(Check.of("users_name_check", "(length(full_name) > 0)"))
                .build();

        List<SchemaChange> changes = differ.diff(realm(from), realm(to),
                List.of(RenameHint.column("public", "users", "name", "full_name")));

        assertThat(tableChanges(changes)).containsExactly(
                new TableChange.RenameColumn(col("name", "text"), col("full_name", "text")));
    }

    @Test
    void aTableRenameHintRetargetsForeignKeysThatReferenceIt() {
        ForeignKey toUsers = new ForeignKey("orders_user_fk", List.of("user_id"), "public", "users", List.of("id"), null, null, null);
        ForeignKey toPeople = new ForeignKey("orders_user_fk", List.of("user_id"), "public", "people", List.of("id"), null, null, null);
        Table orders = Table.builder("orders").column(col("user_id", "bigint")).foreignKey(toUsers).build();

        List<SchemaChange> changes = differ.diff(
                realm(users().build(), orders),
                realm(users().name("people").build(), orders.toBuilder().foreignKeys(List.of(toPeople)).build()),
                List.of(RenameHint.table("public", "users", "people")));

        assertThat(changes).containsExactly(new RenameTable("public", users().build(), users().name("people").build()));
    }

    @Test
    void aRenameHintThatNamesNothingIsAnError() {
        assertThatThrownBy(() -> differ.diff(realm(users().build()), realm(users().build()),
                List.of(RenameHint.column("public", "users", "nope", "name2"))))
                .isInstanceOf(DiffException.class)
                .hasMessage("rename hint column public.users.nope -> name2 names nothing: "
                        + "table public.users has no column nope");
        assertThatThrownBy(() -> differ.diff(realm(users().build()), realm(users().build()),
                List.of(RenameHint.table("public", "ghosts", "spirits"))))
                .hasMessageContaining("there is no table public.ghosts");
    }

    @Test
    void aRenameHintWhoseOldNameIsStillWantedIsRefused() {
        Table to = users().column(col("username", "text")).build();

        assertThatThrownBy(() -> differ.diff(realm(users().build()), realm(to),
                List.of(RenameHint.column("public", "users", "name", "username"))))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("still has the column under its old name");
    }

    @Test
    void renameHintsParseFromTheCommandLineForm() {
        assertThat(RenameHint.parse("table:public.users=people")).isEqualTo(RenameHint.table("public", "users", "people"));
        assertThat(RenameHint.parse("column:app.\"My.Table\".name=\"full=name\""))
                .isEqualTo(RenameHint.column("app", "My.Table", "name", "full=name"));
        assertThat(RenameHint.parse("index:public.t.i1=i2")).isEqualTo(RenameHint.index("public", "t", "i1", "i2"));
        assertThatThrownBy(() -> RenameHint.parse("column:public.users=x"))
                .hasMessageStartingWith("invalid rename hint \"column:public.users=x\": the path before = has 2 parts instead of 3");
        assertThatThrownBy(() -> RenameHint.parse("view:a.b=c")).hasMessageContaining("\"view\" is not table, column or index");
    }

    @Test
    void expressionRenamesLeaveLiteralsAndOtherWordsAlone() {
        assertThat(dev.atlasj.sql.SqlIdentifiers.rename("((name)::text <> 'name'::text) AND (names > 0)", "name", "Full Name"))
                .isEqualTo("((\"Full Name\")::text <> 'name'::text) AND (names > 0)");
        assertThat(dev.atlasj.sql.SqlIdentifiers.rename("lower(\"Name\")", "Name", "nom")).isEqualTo("lower(nom)");
    }
}
