package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A realm with one schema given another name, and every reference to the schema in the model renamed
 * with it: foreign keys' referenced schema, extensions installed in it, and names qualified with it in
 * SQL text the model keeps (column types, defaults, generated columns, checks, index expressions, view,
 * trigger and routine definitions, policy expressions, domains and composite types).
 *
 * <p>This is how two states scoped to schemas of different names are compared as one schema (Atlas
 * does the same): {@code mysql://host/db1} against {@code mysql://host/db2} renames {@code db2} to
 * {@code db1} in the desired state, so that the plan targets {@code db1}.
 *
 * <p>In SQL text, a name is renamed where it qualifies another one ({@code db2.t}, {@code `db2`.`t`},
 * {@code "db2".t}), outside string literals, except inside a literal that is all one qualified name
 * ({@code 'db2.seq'::regclass}). A bare name matches without regard to case, a quoted one exactly; the
 * new name keeps the old one's quoting.
 *
 * @param from the schema's name in the realm
 * @param to the name it gets
 */
public record SchemaRename(String from, String to) {

    public SchemaRename {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * {@code sql} with the names qualified by {@code schema} written without the qualifier, by the rules
     * of SQL text above: how a statement planned for one schema is written for whatever schema it later
     * runs in (a migration file of a schema-scoped directory).
     */
    public static String unqualified(String sql, String schema) {
        return QualifiedNames.rename(sql, schema, null);
    }

    /**
     * {@code realm} with schema {@code from} called {@code to}; unchanged when {@code from} equals
     * {@code to}.
     *
     * @throws IllegalArgumentException when the realm has no schema {@code from}, or already has one
     *     called {@code to}
     */
    public Realm apply(Realm realm) {
        if (from.equals(to)) {
            return realm;
        }
        if (realm.schema(from).isEmpty()) {
            throw new IllegalArgumentException("the realm has no schema " + from + " to rename");
        }
        if (realm.schema(to).isPresent()) {
            throw new IllegalArgumentException("cannot rename schema " + from + " to " + to + ": the realm has both");
        }
        List<Schema> schemas = realm.schemas().stream().map(this::schema).toList();
        List<Extension> extensions = realm.extensions().stream()
                .map(e -> new Extension(e.name(), name(e.schema()), e.version(), e.comment())).toList();
        return new Realm(schemas, extensions, realm.attributes());
    }

    private Schema schema(Schema schema) {
        Schema.Builder b = Schema.builder(name(schema.name())).comment(schema.comment()).attributes(schema.attributes());
        schema.tables().forEach(t -> b.table(table(t)));
        schema.views().forEach(v -> b.view(new View(v.name(), text(v.definition()), v.materialized(),
                v.indexes().stream().map(this::index).toList(), v.comment(), v.attributes())));
        schema.sequences().forEach(b::sequence);
        schema.enums().forEach(b::enumType);
        schema.domains().forEach(d -> b.domain(new Domain(d.name(), type(d.baseType()), d.notNull(),
                text(d.defaultExpression()), d.collation(), d.checks().stream().map(this::check).toList(), d.comment())));
        schema.composites().forEach(c -> b.composite(new CompositeType(c.name(), c.fields().stream()
                .map(f -> new CompositeType.Field(f.name(), type(f.type()), f.collation())).toList(), c.comment())));
        schema.routines().forEach(r -> b.routine(new Routine(r.name(), r.kind(), text(r.arguments()), text(r.returns()),
                r.language(), text(r.definition()), r.comment(), r.attributes())));
        schema.triggers().forEach(t -> b.trigger(new Trigger(t.name(), t.table(), text(t.definition()), t.comment(),
                t.attributes())));
        schema.policies().forEach(p -> b.policy(new Policy(p.name(), p.table(), p.command(), p.permissive(), p.roles(),
                text(p.using()), text(p.withCheck()))));
        return b.build();
    }

    private Table table(Table table) {
        List<Column> columns = table.columns().stream().map(c -> c.withType(type(c.type()))
                .withDefault(text(c.defaultExpression()))
                .withGenerated(c.generated() == null ? null
                        : new Generated(text(c.generated().expression()), c.generated().stored()))).toList();
        List<ForeignKey> keys = table.foreignKeys().stream().map(k -> new ForeignKey(k.name(), k.columns(),
                name(k.refSchema()), k.refTable(), k.refColumns(), k.onUpdate(), k.onDelete(), k.attributes())).toList();
        return new Table(table.name(), columns, table.primaryKey(), table.indexes().stream().map(this::index).toList(),
                keys, table.checks().stream().map(this::check).toList(), table.comment(), table.attributes());
    }

    private Index index(Index index) {
        return index.withParts(index.parts().stream().map(p -> p.expression() == null ? p
                : new IndexPart(p.column(), text(p.expression()), p.descending(), p.attributes())).toList());
    }

    private Check check(Check check) {
        return check.withExpression(text(check.expression()));
    }

    private ColumnType type(ColumnType type) {
        return type == null ? null : new ColumnType(text(type.raw()), text(type.canonical()));
    }

    private String name(String schema) {
        return from.equals(schema) ? to : schema;
    }

    private String text(String sql) {
        return sql == null ? null : QualifiedNames.rename(sql, from, to);
    }
}
