package dev.atlasj.postgres.dsl;

/** {@code COMMENT ON TABLE … IS text}, given among a table's elements. */
public record TableComment(String text) implements TableElement {
}
