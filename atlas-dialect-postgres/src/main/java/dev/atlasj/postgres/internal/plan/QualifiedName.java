package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.PostgresIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The name of a schema-level object (table, type, operator class…) with its schema.
 *
 * @param schema the schema, or {@code null} when the name is resolved through {@code search_path}
 * @param name the object's name within the schema
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Reads a possibly qualified name in the form PostgreSQL prints it ({@code public.events},
     * {@code "My Schema"."Events"}); an unqualified name takes {@code defaultSchema}.
     *
     * <p>Unquoted parts are taken as written, so {@code sales.Events} also names the table
     * {@code Events}: what a writer that joins unquoted names with a dot means.
     */
    public static QualifiedName parse(String text, String defaultSchema) {
        List<String> parts = split(text);
        return switch (parts.size()) {
            case 1 -> new QualifiedName(defaultSchema, parts.get(0));
            case 2 -> new QualifiedName(parts.get(0), parts.get(1));
            default -> throw new IllegalArgumentException("not a name or schema.name: " + text);
        };
    }

    /** The name as SQL, each part quoted as needed. */
    public String sql() {
        return PostgresIdentifiers.qualify(schema, name);
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                part.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        if (quoted || parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("not a name or schema.name: " + text);
        }
        return parts;
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
