package dev.atlasj.postgres.dsl;

/** {@code CREATE SEQUENCE name [AS type] [INCREMENT BY n] [START WITH n] …}. */
public final class SequenceDefinition implements SchemaElement {

    final String name;
    String type = "bigint";
    long increment = 1;
    Long start;
    Long minValue;
    Long maxValue;
    long cache = 1;
    boolean cycle;
    String ownedByTable;
    String ownedByColumn;
    String comment;

    SequenceDefinition(String name) {
        this.name = name;
    }

    /** {@code AS smallint|integer|bigint}. */
    public SequenceDefinition as(String type) {
        this.type = type;
        return this;
    }

    public SequenceDefinition incrementBy(long increment) {
        this.increment = increment;
        return this;
    }

    public SequenceDefinition startWith(long start) {
        this.start = start;
        return this;
    }

    public SequenceDefinition minValue(long minValue) {
        this.minValue = minValue;
        return this;
    }

    public SequenceDefinition maxValue(long maxValue) {
        this.maxValue = maxValue;
        return this;
    }

    public SequenceDefinition cache(long cache) {
        this.cache = cache;
        return this;
    }

    public SequenceDefinition cycle() {
        this.cycle = true;
        return this;
    }

    /** {@code OWNED BY table.column}. */
    public SequenceDefinition ownedBy(String table, String column) {
        this.ownedByTable = table;
        this.ownedByColumn = column;
        return this;
    }

    public SequenceDefinition comment(String comment) {
        this.comment = comment;
        return this;
    }
}
