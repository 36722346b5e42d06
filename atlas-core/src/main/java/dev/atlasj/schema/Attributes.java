package dev.atlasj.schema;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable, typed map of dialect-specific detail attached to a model element.
 *
 * <p>Keys are {@link AttributeKey} constants declared by dialect modules; entries are ordered by key
 * name so that equal maps print and serialize identically. Absent and {@code null} are the same:
 * storing {@code null} removes the key.
 */
public final class Attributes {

    private static final Attributes EMPTY = new Attributes(new TreeMap<>());

    private final TreeMap<AttributeKey<?>, Object> values;

    private Attributes(TreeMap<AttributeKey<?>, Object> values) {
        this.values = values;
    }

    /** The map with no attributes. */
    public static Attributes empty() {
        return EMPTY;
    }

    /** A map holding one attribute. */
    public static <T> Attributes of(AttributeKey<T> key, T value) {
        return EMPTY.with(key, value);
    }

    /** The value stored under {@code key}, or {@code null} when there is none. */
    public <T> T get(AttributeKey<T> key) {
        Object v = values.get(key);
        return v == null ? null : key.cast(v);
    }

    /** The value stored under {@code key}, or {@code fallback} when there is none. */
    public <T> T getOrDefault(AttributeKey<T> key, T fallback) {
        T v = get(key);
        return v == null ? fallback : v;
    }

    /** Whether a value is stored under {@code key}. */
    public boolean has(AttributeKey<?> key) {
        return values.containsKey(key);
    }

    /** Whether the value under a boolean key is {@code true}. */
    public boolean is(AttributeKey<Boolean> key) {
        return Boolean.TRUE.equals(get(key));
    }

    /** A copy with {@code key} set to {@code value}, or removed when {@code value} is {@code null}. */
    public <T> Attributes with(AttributeKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        if (value == null) {
            return without(key);
        }
        TreeMap<AttributeKey<?>, Object> copy = new TreeMap<>(values);
        copy.put(key, immutable(key.cast(value)));
        return new Attributes(copy);
    }

    /** A copy without {@code key}. */
    public Attributes without(AttributeKey<?> key) {
        if (!values.containsKey(key)) {
            return this;
        }
        TreeMap<AttributeKey<?>, Object> copy = new TreeMap<>(values);
        copy.remove(key);
        return copy.isEmpty() ? EMPTY : new Attributes(copy);
    }

    /** A copy holding the entries of both maps; on a clash, {@code other} wins. */
    public Attributes merge(Attributes other) {
        if (other.isEmpty()) {
            return this;
        }
        TreeMap<AttributeKey<?>, Object> copy = new TreeMap<>(values);
        copy.putAll(other.values);
        return new Attributes(copy);
    }

    /** The keys present, in name order. */
    public Set<AttributeKey<?>> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** The entries as a read-only map in key-name order. */
    public Map<AttributeKey<?>, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static Object immutable(Object value) {
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(new TreeMap<>(map));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attributes a && a.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
