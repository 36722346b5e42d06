package dev.atlasj.mysql;

import static dev.atlasj.mysql.Inspections.inspect;
import static dev.atlasj.mysql.Inspections.schema;
import static dev.atlasj.mysql.Inspections.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class InspectConstraintsTest {

    @Test
    void readsForeignKeysWithTheirColumnsInOrderAndTheirActions(TestDatabase db) {
        Table t = tableAfter(db, "line", """
                CREATE TABLE orders (region int, id int, PRIMARY KEY (region, id));
                CREATE TABLE products (id int PRIMARY KEY);
                CREATE TABLE line (
                  id int PRIMARY KEY, order_id int, region int,
                  CONSTRAINT fk_order FOREIGN KEY (region, order_id) REFERENCES orders (region, id)
                    ON DELETE CASCADE ON UPDATE SET NULL,
                  CONSTRAINT fk_plain FOREIGN KEY (id) REFERENCES products (id)
                );
                """);

        assertThat(t.foreignKeys()).containsExactly(
                new ForeignKey("fk_order", List.of("region", "order_id"), db.name(), "orders", List.of("region", "id"),
                        ReferentialAction.SET_NULL, ReferentialAction.CASCADE, null),
                new ForeignKey("fk_plain", List.of("id"), db.name(), "products", List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.RESTRICT, null));
    }

    @Test
    void keepsApartTheForeignKeysOfTablesWhoseNamesDifferInCaseOnly(TestDatabase db) {
        db.execute("""
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE T (a int, CONSTRAINT fk_upper FOREIGN KEY (a) REFERENCES p (id));
                CREATE TABLE t (b int, c int, CONSTRAINT fk_lower FOREIGN KEY (b) REFERENCES p (id));
                """);
        Schema s = schema(inspect(db, db.name()), db.name());

        assertThat(s.table("T").orElseThrow().foreignKeys()).extracting(ForeignKey::name, ForeignKey::columns)
                .containsExactly(tuple("fk_upper", List.of("a")));
        assertThat(s.table("t").orElseThrow().foreignKeys()).extracting(ForeignKey::name, ForeignKey::columns)
                .containsExactly(tuple("fk_lower", List.of("b")));
    }

    @Test
    void readsForeignKeysToAnotherDatabase(TestDatabase db, TestDatabase other) {
        other.execute("CREATE TABLE users (id int PRIMARY KEY)");
        db.execute("CREATE TABLE posts (author int, CONSTRAINT fk_author FOREIGN KEY (author) REFERENCES `"
                + other.name() + "`.users (id))");

        Schema s = schema(inspect(db, db.name(), other.name()), db.name());

        assertThat(s.table("posts").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("fk_author",
                List.of("author"), other.name(), "users", List.of("id"), ReferentialAction.RESTRICT,
                ReferentialAction.RESTRICT, null));
    }

    @Test
    void readsNamedUnnamedAndColumnChecks(TestDatabase db) {
        Table t = tableAfter(db, "t", """
                CREATE TABLE t (
                  a int CHECK (a <> 0),
                  b int,
                  CHECK (b > 0),
                  CONSTRAINT b_small CHECK (b < 100)
                )
                """);

        assertThat(t.checks()).containsExactly(Check.of("CONSTRAINT_1", "`b` > 0"), Check.of("a", "`a` <> 0"),
                Check.of("b_small", "`b` < 100"));
    }
}
