package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A domain: a base type narrowed by NOT NULL, a default and checks.
 *
 * @param name the domain name
 * @param baseType the underlying type
 * @param notNull whether NULL is rejected
 * @param defaultExpression the DEFAULT expression, or {@code null}
 * @param collation the collation, or {@code null}
 * @param checks CHECK constraints
 * @param comment the comment, or {@code null}
 */
public record Domain(
        String name,
        ColumnType baseType,
        boolean notNull,
        String defaultExpression,
        String collation,
        List<Check> checks,
        String comment) implements SchemaObject {

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = Named.sorted(checks, Check::name);
    }
}
