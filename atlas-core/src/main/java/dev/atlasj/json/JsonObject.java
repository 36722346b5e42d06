package dev.atlasj.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object under construction whose members keep the order they were put in.
 *
 * <p>{@link #put} applies the format's one omission rule: a member whose value is {@code null},
 * {@code false}, an empty list or an empty object is left out.
 */
final class JsonObject {

    private final Map<String, Object> members = new LinkedHashMap<>();

    /** Adds a member unless the omission rule leaves it out. */
    JsonObject put(String key, Object value) {
        if (!(value == null || Boolean.FALSE.equals(value) || value instanceof List<?> list && list.isEmpty()
                || value instanceof JsonObject object && object.isEmpty())) {
            members.put(key, value);
        }
        return this;
    }

    /** Adds a member whatever its value. */
    JsonObject putAlways(String key, Object value) {
        members.put(key, value);
        return this;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }
}
