package dev.atlasj.postgres.dsl;

import java.util.List;

/** {@code CREATE TABLE name (elements)}. */
public final class TableDefinition implements SchemaElement {

    final String name;
    final List<TableElement> elements;

    TableDefinition(String name, List<TableElement> elements) {
        this.name = name;
        this.elements = List.copyOf(elements);
    }
}
