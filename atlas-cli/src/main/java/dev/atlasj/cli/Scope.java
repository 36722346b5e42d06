package dev.atlasj.cli;

import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.url.DatabaseUrl;
import java.util.List;

/**
 * Which part of the states a comparison covers, the same on both sides: one schema (schema scope,
 * named by a URL's {@code search_path}) or every user schema (realm scope). Like Atlas, the URLs choose
 * it; a side without a {@code search_path} takes the other side's, so that a schema-scoped comparison
 * never reads, or drops, the other schemas of an unscoped database.
 *
 * @param schema the one schema compared, or {@code null} for every user schema
 */
record Scope(String schema) {

    /**
     * The scope the URLs of both sides agree on.
     *
     * @throws CommandFailure when two URLs name different schemas
     */
    static Scope of(Side current, Side desired) {
        String schema = null;
        String namedBy = null;
        for (Side side : List.of(current, desired)) {
            for (DatabaseUrl url : side.urls()) {
                List<String> schemas = Side.schemasOf(url);
                if (schemas.isEmpty()) {
                    continue;
                }
                if (schema != null && !schema.equals(schemas.get(0))) {
                    throw new CommandFailure(namedBy + " is scoped to schema \"" + schema + "\" and " + side.flag()
                            + " to schema \"" + schemas.get(0) + "\" (their search_path parameters); both sides must"
                            + " name the same schema, or one of them none.");
                }
                schema = schemas.get(0);
                namedBy = side.flag();
            }
        }
        return new Scope(schema);
    }

    /** The schemas to inspect: the one schema, or none for every user schema. */
    List<String> schemas() {
        return schema == null ? List.of() : List.of(schema);
    }

    /**
     * The part of {@code realm} in this scope: the one schema and the extensions installed in it.
     *
     * @param source what the realm was read from, for the error
     * @throws CommandFailure when the realm has no such schema
     */
    Realm restrict(Realm realm, String source) {
        if (schema == null) {
            return realm;
        }
        Schema only = realm.schema(schema).orElseThrow(() -> new CommandFailure(source + " defines nothing in schema \""
                + schema + "\", the schema the search_path parameter limits the comparison to. Correct the"
                + " search_path, or leave it out to compare every schema."));
        return new Realm(List.of(only), realm.extensions().stream().filter(e -> schema.equals(e.schema())).toList(),
                realm.attributes());
    }
}
