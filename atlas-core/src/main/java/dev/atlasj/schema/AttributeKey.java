package dev.atlasj.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The name and value type of one dialect-specific attribute, such as a PostgreSQL index method or a
 * MySQL storage engine.
 *
 * <p>Dialect modules declare their keys as constants; the core model stores values under them in an
 * {@link Attributes} map without knowing what they mean. Two keys are equal when their names are,
 * so names are namespaced by dialect ({@code "postgres.index.method"}).
 *
 * @param <T> the type of the values stored under this key
 */
public final class AttributeKey<T> implements Comparable<AttributeKey<?>> {

    private final String name;
    private final Class<?> type;

    private AttributeKey(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** A key whose values are instances of {@code type}. */
    public static <T> AttributeKey<T> of(String name, Class<T> type) {
        return new AttributeKey<>(name, type);
    }

    /** A key whose values are immutable lists. */
    public static <E> AttributeKey<List<E>> listOf(String name) {
        return new AttributeKey<>(name, List.class);
    }

    /** A key whose values are immutable maps. */
    public static <K, V> AttributeKey<Map<K, V>> mapOf(String name) {
        return new AttributeKey<>(name, Map.class);
    }

    /** The namespaced name, also used as the attribute's key in the JSON form of the model. */
    public String name() {
        return name;
    }

    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(
                    "attribute " + name + " takes " + type.getSimpleName() + ", not " + value.getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        T t = (T) value;
        return t;
    }

    @Override
    public int compareTo(AttributeKey<?> other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeKey<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
