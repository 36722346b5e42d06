package dev.atlasj.schema;

/** What a foreign key does to referencing rows when the referenced row is updated or deleted. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as SQL spells it, for example {@code "SET NULL"}. */
    public String sql() {
        return sql;
    }
}
