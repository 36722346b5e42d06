package dev.atlasj.postgres.dsl;

import dev.atlasj.schema.ReferentialAction;
import java.util.List;

/** A table's {@code [CONSTRAINT name] FOREIGN KEY (columns) REFERENCES table (columns) [ON …]}. */
public final class ForeignKeyDefinition implements TableElement {

    final List<String> columns;
    String name;
    String refTable;
    List<String> refColumns;
    ReferentialAction onDelete;
    ReferentialAction onUpdate;

    ForeignKeyDefinition(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** {@code CONSTRAINT name}; without it PostgreSQL's {@code table_columns_fkey}. */
    public ForeignKeyDefinition named(String name) {
        this.name = name;
        return this;
    }

    /** {@code REFERENCES table (columns)}; {@code table} may be schema-qualified ({@code "billing.orgs"}). */
    public ForeignKeyDefinition references(String table, String... columns) {
        refTable = table;
        refColumns = List.of(columns);
        return this;
    }

    /** {@code ON DELETE action}. */
    public ForeignKeyDefinition onDelete(ReferentialAction action) {
        onDelete = action;
        return this;
    }

    /** {@code ON UPDATE action}. */
    public ForeignKeyDefinition onUpdate(ReferentialAction action) {
        onUpdate = action;
        return this;
    }
}
