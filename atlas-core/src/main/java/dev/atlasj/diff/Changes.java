package dev.atlasj.diff;

import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.SchemaObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Ready-made lists of changes for common starting points. */
public final class Changes {

    private Changes() {
    }

    /**
     * The changes that create every object of {@code realm} in a database that has none of them:
     * what a diff from the empty realm to {@code realm} gives.
     *
     * <p>The list names each extension, schema, schema object and table once, in the realm's own
     * order; putting them in an order the database accepts is the planner's work.
     */
    public static List<SchemaChange> toCreate(Realm realm) {
        List<SchemaChange> changes = new ArrayList<>();
        realm.extensions().forEach(e -> changes.add(new SchemaChange.AddExtension(e)));
        for (Schema schema : realm.schemas()) {
            changes.add(new SchemaChange.AddSchema(schema));
            add(changes, schema, Stream.of(schema.enums(), schema.domains(), schema.composites(), schema.sequences()));
            schema.tables().forEach(t -> changes.add(new SchemaChange.AddTable(schema.name(), t)));
            add(changes, schema, Stream.of(schema.views(), schema.routines(), schema.triggers(), schema.policies()));
        }
        return List.copyOf(changes);
    }

    private static void add(List<SchemaChange> changes, Schema schema, Stream<List<? extends SchemaObject>> objects) {
        objects.flatMap(List::stream).forEach(o -> changes.add(new SchemaChange.AddObject(schema.name(), o)));
    }
}
