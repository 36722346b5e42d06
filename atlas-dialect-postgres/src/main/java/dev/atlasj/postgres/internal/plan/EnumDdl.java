package dev.atlasj.postgres.internal.plan;

import dev.atlasj.schema.EnumType;
import java.util.stream.Collectors;

/** DDL for enum types. */
public final class EnumDdl {

    private EnumDdl() {
    }

    /** {@code CREATE TYPE s.t AS ENUM ('a', 'b')}, the labels in their sort order. */
    public static Ddl create(String schema, EnumType type) {
        String name = new QualifiedName(schema, type.name()).sql();
        String labels = type.values().stream().map(Literals::string).collect(Collectors.joining(", "));
        return new Ddl("CREATE TYPE " + name + " AS ENUM (" + labels + ")", "DROP TYPE " + name);
    }

    /** The target of {@code COMMENT ON} for the type. */
    public static String commentTarget(String schema, EnumType type) {
        return "TYPE " + new QualifiedName(schema, type.name()).sql();
    }
}
