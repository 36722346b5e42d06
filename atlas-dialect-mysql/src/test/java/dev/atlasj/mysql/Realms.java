package dev.atlasj.mysql;

import dev.atlasj.schema.Realm;
import dev.atlasj.schema.SchemaRename;
import java.util.List;

/**
 * Moves a realm read from one test database to another name: tests compare and rebuild schemas across
 * databases, which each have a name of their own.
 */
final class Realms {

    private Realms() {
    }

    /**
     * The schema {@code from} of {@code realm} (its only one) named {@code to}, with the foreign keys
     * and view definitions that name it naming {@code to}.
     */
    static Realm renamed(Realm realm, String from, String to) {
        Realm only = new Realm(List.of(realm.schema(from).orElseThrow()), realm.extensions(), realm.attributes());
        return new SchemaRename(from, to).apply(only);
    }
}
