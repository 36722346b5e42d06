package dev.atlasj.postgres.dsl;

import java.util.List;

/** A table's {@code [CONSTRAINT name] PRIMARY KEY (columns)}. */
public final class PrimaryKeyDefinition implements TableElement {

    final List<String> columns;
    String name;

    PrimaryKeyDefinition(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** {@code CONSTRAINT name}; without it PostgreSQL's {@code table_pkey}. */
    public PrimaryKeyDefinition named(String name) {
        this.name = name;
        return this;
    }
}
