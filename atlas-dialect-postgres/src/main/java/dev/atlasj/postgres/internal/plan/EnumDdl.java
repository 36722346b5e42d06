package dev.atlasj.postgres.internal.plan;

import dev.atlasj.schema.EnumType;
import java.util.stream.Collectors;

/** DDL for enum types. */
public final class EnumDdl {

    private EnumDdl() {
    }

    /** {@code CREATE TYPE s.t AS ENUM ('a', 'b')}, the labels in their sort order. */
    public static Ddl create(String schema, EnumType type) {
        String name = name(schema, type);
        String labels = type.values().stream().map(Literals::string).collect(Collectors.joining(", "));
        return new Ddl("CREATE TYPE " + name + " AS ENUM (" + labels + ")", "DROP TYPE " + name);
    }

    /**
     * {@code DROP TYPE s.t}, without {@code CASCADE}: PostgreSQL refuses while a column still has the type.
     *
     * @param recreate the script that creates the type again, for the reverse
     */
    public static Ddl drop(String schema, EnumType type, String recreate) {
        return new Ddl("DROP TYPE " + name(schema, type), recreate);
    }

    /**
     * {@code ALTER TYPE s.t ADD VALUE 'label' [BEFORE 'next' | AFTER 'previous']}. PostgreSQL
     * cannot remove an enum value, so there is no reverse.
     *
     * @param position {@code BEFORE 'x'} or {@code AFTER 'x'}, or {@code null} to append the value
     */
    public static Ddl addValue(String schema, EnumType type, String label, String position) {
        return new Ddl("ALTER TYPE " + name(schema, type) + " ADD VALUE " + Literals.string(label)
                + (position == null ? "" : " " + position), null);
    }

    /** The target of {@code COMMENT ON} for the type. */
    public static String commentTarget(String schema, EnumType type) {
        return "TYPE " + name(schema, type);
    }

    private static String name(String schema, EnumType type) {
        return new QualifiedName(schema, type.name()).sql();
    }
}
