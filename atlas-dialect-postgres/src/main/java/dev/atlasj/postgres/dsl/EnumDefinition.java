package dev.atlasj.postgres.dsl;

import java.util.List;

/** {@code CREATE TYPE name AS ENUM (values)}. */
public final class EnumDefinition implements SchemaElement {

    final String name;
    List<String> values = List.of();
    String comment;

    EnumDefinition(String name) {
        this.name = name;
    }

    /** The labels, in order. */
    public EnumDefinition asEnum(String... values) {
        this.values = List.of(values);
        return this;
    }

    /** {@code COMMENT ON TYPE … IS comment}. */
    public EnumDefinition comment(String comment) {
        this.comment = comment;
        return this;
    }
}
