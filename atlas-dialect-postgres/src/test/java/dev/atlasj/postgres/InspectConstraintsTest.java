package dev.atlasj.postgres;

import static dev.atlasj.postgres.Inspections.schema;
import static dev.atlasj.postgres.Inspections.table;
import static dev.atlasj.postgres.Inspections.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class InspectConstraintsTest {

    @Test
    void readsPrimaryKeyColumnsInKeyOrder(TestDatabase db) {
        Table t = tableAfter(db, "t", "CREATE TABLE t (a int, b int, c int, CONSTRAINT t_key PRIMARY KEY (c, a))");

        assertThat(t.primaryKey()).isEqualTo(PrimaryKey.of("t_key", "c", "a"));
        assertThat(t.indexes()).isEmpty();
    }

    @Test
    void readsDeferrablePrimaryKeys(TestDatabase db) {
        Table t = tableAfter(db, "t", "CREATE TABLE t (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED)");

        assertThat(t.primaryKey()).isEqualTo(PrimaryKey.of("t_pkey", "id").withAttributes(Attributes.empty()
                .with(PostgresAttributes.DEFERRABLE, true)
                .with(PostgresAttributes.INITIALLY_DEFERRED, true)));
    }

    @Test
    void readsForeignKeysWithActionsMatchAndDeferral(TestDatabase db) {
        Table t = tableAfter(db, "child", """
                CREATE TABLE parent (id int PRIMARY KEY, a int, b int, UNIQUE (b, a));
                CREATE TABLE child (
                    id int,
                    pid int CONSTRAINT plain REFERENCES parent,
                    a int, b int,
                    CONSTRAINT full_match FOREIGN KEY (b, a) REFERENCES parent (b, a) MATCH FULL
                        ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE,
                    CONSTRAINT later FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE RESTRICT
                        ON UPDATE SET DEFAULT DEFERRABLE INITIALLY DEFERRED);
                ALTER TABLE child ADD CONSTRAINT unchecked FOREIGN KEY (id) REFERENCES parent NOT VALID;
                """);

        assertThat(t.foreignKeys()).containsExactly(
                new ForeignKey("full_match", List.of("b", "a"), "public", "parent", List.of("b", "a"),
                        ReferentialAction.CASCADE, ReferentialAction.SET_NULL, Attributes.empty()
                        .with(PostgresAttributes.FK_MATCH, "FULL")
                        .with(PostgresAttributes.DEFERRABLE, true)),
                new ForeignKey("later", List.of("pid"), "public", "parent", List.of("id"),
                        ReferentialAction.SET_DEFAULT, ReferentialAction.RESTRICT, Attributes.empty()
                        .with(PostgresAttributes.DEFERRABLE, true)
                        .with(PostgresAttributes.INITIALLY_DEFERRED, true)),
                new ForeignKey("plain", List.of("pid"), "public", "parent", List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, Attributes.empty()),
                new ForeignKey("unchecked", List.of("id"), "public", "parent", List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION,
                        Attributes.of(PostgresAttributes.NOT_VALID, true)));
    }

    @Test
    void readsForeignKeysAcrossSchemasAndToThemselves(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA sales;
                CREATE SCHEMA hr;
                CREATE TABLE hr.people (id int PRIMARY KEY, manager int REFERENCES hr.people);
                CREATE TABLE sales.orders (id int PRIMARY KEY, seller int REFERENCES hr.people (id));
                """);

        Realm realm = Inspections.inspect(db, "sales");

        assertThat(realm.schemas()).extracting(s -> s.name()).containsExactly("sales");
        assertThat(table(schema(realm, "sales"), "orders").foreignKeys()).containsExactly(
                new ForeignKey("orders_seller_fkey", List.of("seller"), "hr", "people", List.of("id"), null, null, null));
        Table people = table(schema(Inspections.inspect(db, "hr"), "hr"), "people");
        assertThat(people.foreignKeys()).containsExactly(
                new ForeignKey("people_manager_fkey", List.of("manager"), "hr", "people", List.of("id"), null, null, null));
    }

    @Test
    void leavesOutForeignKeysCopiedToPartitions(TestDatabase db) {
        db.execute("""
                CREATE TABLE parent (id int PRIMARY KEY);
                CREATE TABLE m (id int, pid int REFERENCES parent) PARTITION BY RANGE (id);
                CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10);
                CREATE TABLE pm (id int PRIMARY KEY) PARTITION BY RANGE (id);
                CREATE TABLE pm1 PARTITION OF pm FOR VALUES FROM (0) TO (10);
                CREATE TABLE refs (pm int REFERENCES pm);
                """);

        var s = schema(Inspections.inspect(db), "public");

        assertThat(table(s, "m").foreignKeys()).extracting(ForeignKey::name).containsExactly("m_pid_fkey");
        assertThat(table(s, "m1").foreignKeys()).isEmpty();
        assertThat(table(s, "refs").foreignKeys()).extracting(ForeignKey::refTable).containsExactly("pm");
    }

    @Test
    void readsChecksVerbatimWithNoInheritAndNotValid(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (price numeric CHECK (price > 0), a int, b int,
                    CONSTRAINT ordered CHECK (a < b) NO INHERIT);
                ALTER TABLE t ADD CONSTRAINT later CHECK (a IS NOT NULL) NOT VALID;
                """);

        assertThat(t.checks()).containsExactly(
                new Check("later", "(a IS NOT NULL)", Attributes.of(PostgresAttributes.NOT_VALID, true)),
                new Check("ordered", "(a < b)", Attributes.of(PostgresAttributes.CHECK_NO_INHERIT, true)),
                Check.of("t_price_check", "(price > (0)::numeric)"));
    }
}
