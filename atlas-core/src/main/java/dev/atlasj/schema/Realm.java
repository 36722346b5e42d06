package dev.atlasj.schema;

import java.util.List;
import java.util.Optional;

/**
 * Everything an inspection saw: a set of schemas and the database-wide objects beside them.
 *
 * <p>This is the root of the immutable schema model. Schemas and extensions are sorted by name, so
 * two realms with the same content are equal whatever order they were read or built in.
 *
 * @param schemas the schemas, sorted by name
 * @param extensions installed extensions (PostgreSQL), sorted by name
 * @param attributes dialect detail about the database as a whole
 */
public record Realm(List<Schema> schemas, List<Extension> extensions, Attributes attributes) {

    public Realm {
        schemas = Named.unique("schema", "the realm", Named.sorted(schemas, Schema::name), Schema::name);
        extensions = Named.unique("extension", "the realm", Named.sorted(extensions, Extension::name), Extension::name);
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    /** A realm with no schema. */
    public static Realm empty() {
        return new Realm(List.of(), List.of(), Attributes.empty());
    }

    /** A realm of the given schemas. */
    public static Realm of(Schema... schemas) {
        return new Realm(List.of(schemas), List.of(), Attributes.empty());
    }

    public Optional<Schema> schema(String name) {
        return Named.find(schemas, Schema::name, name);
    }

    /** A copy with {@code schema} added, or replacing the schema of the same name. */
    public Realm withSchema(Schema schema) {
        List<Schema> copy = new java.util.ArrayList<>(schemas);
        copy.removeIf(s -> s.name().equals(schema.name()));
        copy.add(schema);
        return new Realm(copy, extensions, attributes);
    }

    public Realm withExtensions(List<Extension> extensions) {
        return new Realm(schemas, extensions, attributes);
    }
}
