package dev.atlasj.state;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.CompositeType;
import dev.atlasj.schema.Domain;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Policy;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.SchemaObject;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One object of a realm that a desired state may define: a schema's own properties, an extension, a
 * table or another schema object. Composition compares and merges realms piece by piece; the
 * {@link #key()} says which pieces are the same object.
 */
sealed interface Piece {

    /** What identifies the object across sources, and names it in messages: {@code table public.users}. */
    String key();

    /** A realm that holds this piece alone, for comparing it with another definition of the same object. */
    Realm alone();

    /** A schema's own properties (name, comment, attributes), without its objects. */
    record SchemaPiece(Schema schema) implements Piece {
        @Override
        public String key() {
            return key(schema.name());
        }

        /** The key of the schema called {@code name}. */
        static String key(String name) {
            return "schema " + name;
        }

        @Override
        public Realm alone() {
            return Realm.of(schema);
        }
    }

    /** An extension. */
    record ExtensionPiece(Extension extension) implements Piece {
        @Override
        public String key() {
            return "extension " + extension.name();
        }

        @Override
        public Realm alone() {
            return Realm.empty().withExtensions(List.of(extension));
        }
    }

    /** A table of a schema. */
    record TablePiece(String schema, Table table) implements Piece {
        @Override
        public String key() {
            return "table " + schema + "." + table.name();
        }

        @Override
        public Realm alone() {
            return Realm.of(Schema.builder(schema).table(table).build());
        }
    }

    /** Any other object of a schema: a view, sequence, type, routine, trigger or policy. */
    record ObjectPiece(String schema, SchemaObject object) implements Piece {
        @Override
        public String key() {
            if (object instanceof Routine routine) {
                return object.objectType() + " " + schema + "." + routine.signature();
            }
            if (object instanceof Trigger trigger) {
                return "trigger " + trigger.name() + " on " + schema + "." + trigger.table();
            }
            if (object instanceof Policy policy) {
                return "policy " + policy.name() + " on " + schema + "." + policy.table();
            }
            return object.objectType() + " " + schema + "." + object.name();
        }

        @Override
        public Realm alone() {
            return Realm.of(add(Schema.builder(schema), object).build());
        }
    }

    /** The pieces of {@code realm}: its extensions, then each schema and its objects. */
    static List<Piece> of(Realm realm) {
        List<Piece> pieces = new ArrayList<>();
        realm.extensions().forEach(e -> pieces.add(new ExtensionPiece(e)));
        for (Schema schema : realm.schemas()) {
            pieces.add(new SchemaPiece(bare(schema)));
            schema.tables().forEach(t -> pieces.add(new TablePiece(schema.name(), t)));
            Stream.of(schema.views(), schema.sequences(), schema.enums(), schema.domains(), schema.composites(),
                            schema.routines(), schema.triggers(), schema.policies())
                    .flatMap(List::stream)
                    .forEach(o -> pieces.add(new ObjectPiece(schema.name(), o)));
        }
        return pieces;
    }

    /** The pieces of {@code realm} by key. */
    static Map<String, Piece> byKey(Realm realm) {
        Map<String, Piece> pieces = new LinkedHashMap<>();
        of(realm).forEach(p -> pieces.put(p.key(), p));
        return pieces;
    }

    /**
     * The realm made of {@code pieces}. A schema whose own piece is missing gets its name only, without
     * comment or attributes.
     */
    static Realm assemble(Collection<Piece> pieces, Attributes attributes) {
        Map<String, Schema.Builder> schemas = new LinkedHashMap<>();
        List<Extension> extensions = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof SchemaPiece p) {
                schemas.computeIfAbsent(p.schema().name(), Schema::builder)
                        .comment(p.schema().comment()).attributes(p.schema().attributes());
            } else if (piece instanceof ExtensionPiece p) {
                extensions.add(p.extension());
            } else if (piece instanceof TablePiece p) {
                schemas.computeIfAbsent(p.schema(), Schema::builder).table(p.table());
            } else if (piece instanceof ObjectPiece p) {
                add(schemas.computeIfAbsent(p.schema(), Schema::builder), p.object());
            }
        }
        return new Realm(schemas.values().stream().map(Schema.Builder::build).toList(), extensions, attributes);
    }

    private static Schema bare(Schema schema) {
        return Schema.builder(schema.name()).comment(schema.comment()).attributes(schema.attributes()).build();
    }

    private static Schema.Builder add(Schema.Builder builder, SchemaObject object) {
        if (object instanceof View v) {
            return builder.view(v);
        } else if (object instanceof Sequence s) {
            return builder.sequence(s);
        } else if (object instanceof EnumType e) {
            return builder.enumType(e);
        } else if (object instanceof Domain d) {
            return builder.domain(d);
        } else if (object instanceof CompositeType c) {
            return builder.composite(c);
        } else if (object instanceof Routine r) {
            return builder.routine(r);
        } else if (object instanceof Trigger t) {
            return builder.trigger(t);
        }
        return builder.policy((Policy) object);
    }
}
