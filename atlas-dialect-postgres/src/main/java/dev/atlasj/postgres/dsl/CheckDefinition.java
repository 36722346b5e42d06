package dev.atlasj.postgres.dsl;

/** A table's {@code [CONSTRAINT name] CHECK (expression)}. */
public final class CheckDefinition implements TableElement {

    final String expression;
    String name;

    CheckDefinition(String expression) {
        this.expression = expression;
    }

    /** {@code CONSTRAINT name}; without it PostgreSQL's {@code table_check}. */
    public CheckDefinition named(String name) {
        this.name = name;
        return this;
    }
}
