package dev.atlasj.cli;

import dev.atlasj.url.ServerUrl;
import java.util.List;
import java.util.Map;

/**
 * Which part of the databases a comparison covers, the same on both sides: one schema (schema scope,
 * named by a URL's {@code search_path}) or every user schema (realm scope). Like Atlas, the URLs choose
 * it; a side without a {@code search_path} takes the other side's, so that a schema-scoped comparison
 * never reads, or drops, the other schemas of an unscoped database.
 *
 * @param schema the one schema compared, or {@code null} for every user schema
 */
record Scope(String schema) {

    /** Every user schema. */
    static final Scope REALM = new Scope(null);

    /**
     * The scope the URLs agree on.
     *
     * @param urlsByFlag each side's URL under the flag that gave it ({@code --from}, {@code --to}, …), in order
     * @throws CommandFailure when two URLs name different schemas
     */
    static Scope of(Map<String, ServerUrl> urlsByFlag) {
        String schema = null;
        String namedBy = null;
        for (Map.Entry<String, ServerUrl> side : urlsByFlag.entrySet()) {
            List<String> schemas = side.getValue().schemas();
            if (schemas.isEmpty()) {
                continue;
            }
            if (schema != null && !schema.equals(schemas.get(0))) {
                throw new CommandFailure(namedBy + " is scoped to schema \"" + schema + "\" and " + side.getKey()
                        + " to schema \"" + schemas.get(0) + "\" (their search_path parameters); both sides must name"
                        + " the same schema, or one of them none.");
            }
            schema = schemas.get(0);
            namedBy = side.getKey();
        }
        return new Scope(schema);
    }

    /** {@code url} limited to this scope. */
    ServerUrl applyTo(ServerUrl url) {
        return url.withSchemas(schema == null ? List.of() : List.of(schema));
    }

    /** The scope in words, for messages: {@code schema "shop"} or {@code every user schema}. */
    String describe() {
        return schema == null ? "every user schema" : "schema \"" + schema + "\"";
    }
}
