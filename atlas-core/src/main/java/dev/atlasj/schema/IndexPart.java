package dev.atlasj.schema;

/**
 * One key part of an index: a column or an expression, with its sort direction.
 *
 * <p>Exactly one of {@code column} and {@code expression} is set.
 *
 * @param column the indexed column, or {@code null} for an expression part
 * @param expression the indexed expression as the database prints it, or {@code null} for a column part
 * @param descending whether the part sorts in descending order
 * @param attributes dialect detail, such as an operator class, NULLS ordering or a prefix length
 */
public record IndexPart(String column, String expression, boolean descending, Attributes attributes) {

    public IndexPart {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index part is either a column or an expression");
        }
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    public static IndexPart column(String column) {
        return new IndexPart(column, null, false, Attributes.empty());
    }

    public static IndexPart expression(String expression) {
        return new IndexPart(null, expression, false, Attributes.empty());
    }

    public boolean isExpression() {
        return expression != null;
    }

    public IndexPart descending(boolean descending) {
        return new IndexPart(column, expression, descending, attributes);
    }

    public IndexPart withAttributes(Attributes attributes) {
        return new IndexPart(column, expression, descending, attributes);
    }

    public <T> IndexPart with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }
}
