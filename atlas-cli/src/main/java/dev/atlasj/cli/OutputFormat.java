package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.diff.Changes;
import dev.atlasj.json.RealmJson;
import dev.atlasj.schema.Realm;

/** How {@code schema inspect} prints a schema. */
enum OutputFormat {

    /** The DDL that creates the schema in an empty database, one statement per line. */
    sql {
        @Override
        String render(Realm realm, Dialect dialect) {
            return dialect.planner().plan(Changes.toCreate(realm)).toSql();
        }
    },

    /** The JSON form of the model, as {@code docs/json-format.md} describes it. */
    json {
        @Override
        String render(Realm realm, Dialect dialect) {
            return RealmJson.toJson(realm) + "\n";
        }
    };

    /** {@code realm} as text that ends in a newline unless it is empty. */
    abstract String render(Realm realm, Dialect dialect);
}
