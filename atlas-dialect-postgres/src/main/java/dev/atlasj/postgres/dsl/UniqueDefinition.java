package dev.atlasj.postgres.dsl;

import java.util.List;

/** A table's {@code [CONSTRAINT name] UNIQUE [NULLS NOT DISTINCT] (columns)}. */
public final class UniqueDefinition implements TableElement {

    final List<String> columns;
    String name;
    boolean nullsNotDistinct;

    UniqueDefinition(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** {@code CONSTRAINT name}; without it PostgreSQL's {@code table_columns_key}. */
    public UniqueDefinition named(String name) {
        this.name = name;
        return this;
    }

    /** {@code NULLS NOT DISTINCT} (PostgreSQL 15+). */
    public UniqueDefinition nullsNotDistinct() {
        nullsNotDistinct = true;
        return this;
    }
}
