package dev.atlasj.schema;

import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * @param name the constraint name
 * @param expression the boolean expression as the database prints it
 * @param attributes dialect detail, such as PostgreSQL's NO INHERIT or MySQL's NOT ENFORCED
 */
public record Check(String name, String expression, Attributes attributes) {

    public Check {
        Objects.requireNonNull(expression, "expression");
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    public static Check of(String name, String expression) {
        return new Check(name, expression, Attributes.empty());
    }

    public Check withName(String name) {
        return new Check(name, expression, attributes);
    }

    public Check withExpression(String expression) {
        return new Check(name, expression, attributes);
    }

    public Check withAttributes(Attributes attributes) {
        return new Check(name, expression, attributes);
    }

    public <T> Check with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }
}
