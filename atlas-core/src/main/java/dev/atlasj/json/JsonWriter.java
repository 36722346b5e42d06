package dev.atlasj.json;

import java.util.List;
import java.util.Map;

/**
 * Renders {@link JsonObject}s, lists, strings, numbers, booleans and {@code null} as JSON indented
 * by two spaces: every object member on a line of its own, a list of scalars on one line, a list
 * holding objects or lists one element per line.
 */
final class JsonWriter {

    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof JsonObject object) {
            object(out, object.members(), depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<String, Object> members, int depth) {
        if (members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, Object> member : members.entrySet()) {
            out.append(separator).append(INDENT.repeat(depth + 1));
            string(out, member.getKey());
            out.append(": ");
            write(out, member.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append('}');
    }

    private static void array(StringBuilder out, List<?> elements, int depth) {
        boolean scalars = elements.stream().noneMatch(e -> e instanceof JsonObject || e instanceof List<?>);
        out.append('[');
        String separator = scalars ? "" : "\n" + INDENT.repeat(depth + 1);
        for (Object element : elements) {
            out.append(separator);
            write(out, element, depth + 1);
            separator = scalars ? ", " : ",\n" + INDENT.repeat(depth + 1);
        }
        out.append(scalars || elements.isEmpty() ? "" : "\n" + INDENT.repeat(depth)).append(']');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
