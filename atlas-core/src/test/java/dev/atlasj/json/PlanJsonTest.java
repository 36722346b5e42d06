package dev.atlasj.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.Diff;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.DropSchema;
import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange.AddIndex;
import dev.atlasj.diff.TableChange.DropColumn;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private static final Column NOTE = Column.of("note", ColumnType.canonical("text"));
    private static final Table BEFORE = Table.builder("orders").column(Column.of("id", ColumnType.canonical("integer")))
            .column(NOTE).build();
    private static final Table AFTER = Table.builder("orders").column(Column.of("id", ColumnType.canonical("integer")))
            .index(Index.on("orders_id_idx", "id")).build();

    @Test
    void aTableChangeListsItsPartsAndEveryStatementPointsAtItsChange() {
        SchemaChange modify = new ModifyTable("shop", BEFORE, AFTER,
                List.of(new DropColumn(NOTE), new AddIndex(AFTER.indexes().get(0))));
        SchemaChange dropSchema = new DropSchema(Schema.named("legacy"));
        Plan plan = new Plan(List.of(
                new PlannedStatement("ALTER TABLE shop.orders DROP COLUMN note", null, true, modify),
                new PlannedStatement("CREATE INDEX CONCURRENTLY orders_id_idx ON shop.orders (id)",
                        "DROP INDEX CONCURRENTLY shop.orders_id_idx", false, modify),
                new PlannedStatement("DROP SCHEMA legacy CASCADE", "CREATE SCHEMA legacy", true, dropSchema),
                new PlannedStatement("SET lock_timeout = '1s'", null, true, null)));

        String json = PlanJson.toJson(new Diff(List.of(modify, dropSchema)), plan);

        assertThat(json).isEqualTo("""
                {
                  "changes": [
                    {
                      "type": "modify_table",
                      "schema": "shop",
                      "name": "orders",
                      "description": "modify table shop.orders: drop column note, add index orders_id_idx",
                      "destructive": true,
                      "changes": [
                        {
                          "type": "drop_column",
                          "description": "drop column note"
                        },
                        {
                          "type": "add_index",
                          "description": "add index orders_id_idx"
                        }
                      ]
                    },
                    {
                      "type": "drop_schema",
                      "schema": "legacy",
                      "description": "drop schema legacy",
                      "destructive": true
                    }
                  ],
                  "statements": [
                    {
                      "sql": "ALTER TABLE shop.orders DROP COLUMN note",
                      "transactional": true,
                      "change": 0
                    },
                    {
                      "sql": "CREATE INDEX CONCURRENTLY orders_id_idx ON shop.orders (id)",
                      "reverse": "DROP INDEX CONCURRENTLY shop.orders_id_idx",
                      "change": 0
                    },
                    {
                      "sql": "DROP SCHEMA legacy CASCADE",
                      "reverse": "CREATE SCHEMA legacy",
                      "transactional": true,
                      "change": 1
                    },
                    {
                      "sql": "SET lock_timeout = '1s'",
                      "transactional": true
                    }
                  ]
                }""");
    }

    @Test
    void nothingToDoIsTwoEmptyLists() {
        assertThat(PlanJson.toJson(new Diff(List.of()), Plan.empty())).isEqualTo("""
                {
                  "changes": [],
                  "statements": []
                }""");
    }
}
