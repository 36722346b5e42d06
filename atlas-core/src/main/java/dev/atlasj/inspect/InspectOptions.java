package dev.atlasj.inspect;

import java.util.List;

/**
 * What an inspection reads.
 *
 * @param schemas the schemas to read; empty means every user schema of the database
 */
public record InspectOptions(List<String> schemas) {

    public InspectOptions {
        schemas = List.copyOf(schemas);
    }

    /** Every user schema. */
    public static InspectOptions allSchemas() {
        return new InspectOptions(List.of());
    }

    /** Only the named schemas. */
    public static InspectOptions schemas(String... names) {
        return new InspectOptions(List.of(names));
    }

    /** Only the named schemas, or every user schema when {@code names} is empty. */
    public static InspectOptions schemas(List<String> names) {
        return new InspectOptions(names);
    }

    public boolean allUserSchemas() {
        return schemas.isEmpty();
    }
}
