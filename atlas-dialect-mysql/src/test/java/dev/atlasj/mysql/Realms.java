package dev.atlasj.mysql;

import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.View;
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
        Schema s = realm.schema(from).orElseThrow();
        Schema renamed = new Schema(to, s.tables().stream().map(t -> retarget(t, from, to)).toList(),
                s.views().stream().map(v -> new View(v.name(), v.definition().replace("`" + from + "`.", "`" + to + "`."),
                        v.materialized(), v.indexes(), v.comment(), v.attributes())).toList(),
                s.sequences(), s.enums(), s.domains(), s.composites(), s.routines(), s.triggers(), s.policies(),
                s.comment(), s.attributes());
        return new Realm(List.of(renamed), realm.extensions(), realm.attributes());
    }

    private static Table retarget(Table table, String from, String to) {
        return table.toBuilder().foreignKeys(table.foreignKeys().stream().map(k -> from.equals(k.refSchema())
                ? new ForeignKey(k.name(), k.columns(), to, k.refTable(), k.refColumns(), k.onUpdate(), k.onDelete(),
                        k.attributes()) : k).toList()).build();
    }
}
