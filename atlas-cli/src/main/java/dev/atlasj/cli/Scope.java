package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.SchemaRename;
import dev.atlasj.url.DatabaseUrl;
import java.util.List;

/**
 * Which part of a side's state a comparison covers: one schema (schema scope, named by a URL's
 * {@code search_path} or a MySQL URL's database) or every user schema (realm scope). Like Atlas, the URLs
 * choose it; a side without a schema takes the other side's, so that a schema-scoped comparison never
 * reads, or drops, the other schemas of an unscoped database.
 *
 * @param schema the one schema compared, or {@code null} for every user schema
 */
record Scope(String schema) {

    /**
     * The scopes of both sides of a comparison. When both name one schema and the names differ
     * ({@code mysql://host/db1} against {@code mysql://host/db2}), the two are compared as one schema, as
     * Atlas does: the desired state's schema takes the current one's name ({@link #align}).
     *
     * @param current the scope of the current state
     * @param desired the scope of the desired state
     */
    record Pair(Scope current, Scope desired) {

        /** {@code desired}, read in the desired scope, with its schema named as the current one's. */
        Realm align(Realm desired) {
            if (current.schema == null || current.schema.equals(this.desired.schema)) {
                return desired;
            }
            return new SchemaRename(this.desired.schema, current.schema).apply(desired);
        }
    }

    /**
     * The scopes the URLs of both sides give.
     *
     * @throws CommandFailure when two URLs of one side name different schemas
     */
    static Pair of(Side current, Side desired) {
        String from = schemaOf(current);
        String to = schemaOf(desired);
        return new Pair(new Scope(from == null ? to : from), new Scope(to == null ? from : to));
    }

    private static String schemaOf(Side side) {
        String schema = null;
        for (DatabaseUrl url : side.urls()) {
            List<String> schemas = Side.schemasOf(url);
            if (schemas.isEmpty()) {
                continue;
            }
            if (schema != null && !schema.equals(schemas.get(0))) {
                throw new CommandFailure(side.flag() + " is scoped to schema \"" + schema + "\" by one URL and to schema \""
                        + schemas.get(0) + "\" by another; the URLs of one side must name the same schema, or none.");
            }
            schema = schemas.get(0);
        }
        return schema;
    }

    /** What scopes a URL of {@code dialect} to a schema, for messages: {@code search_path parameter}. */
    static String scopingPart(Dialect dialect) {
        return dialect.name().equals("mysql") ? "database in the URL" : "search_path parameter";
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
                + schema + "\", the schema the URL limits the comparison to (its search_path parameter, or a MySQL"
                + " URL's database). Correct the URL, or leave the schema out to compare every schema."));
        return new Realm(List.of(only), realm.extensions().stream().filter(e -> schema.equals(e.schema())).toList(),
                realm.attributes());
    }
}
