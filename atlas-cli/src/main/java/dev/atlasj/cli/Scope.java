package dev.atlasj.cli;

import dev.atlasj.url.ServerUrl;
import java.util.List;

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
     * The scope the two sides agree on.
     *
     * @throws CommandFailure when they name different schemas
     */
    static Scope of(Side current, Side desired) {
        List<String> a = current.url().schemas();
        List<String> b = desired.url().schemas();
        if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
            throw new CommandFailure(current.flag() + " is scoped to schema \"" + a.get(0) + "\" and " + desired.flag()
                    + " to schema \"" + b.get(0) + "\" (their search_path parameters); both sides must name the same"
                    + " schema, or one of them none.");
        }
        return new Scope(a.isEmpty() ? (b.isEmpty() ? null : b.get(0)) : a.get(0));
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
