package dev.atlasj.json;

import dev.atlasj.schema.AttributeKey;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.CompositeType;
import dev.atlasj.schema.Domain;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Generated;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.Policy;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON form of the schema model: stable, indented text that scripts and diffs can rely on.
 *
 * <p>{@code docs/json-format.md} documents the format: every object's keys in a fixed order,
 * snake_case names, members that are {@code null}, {@code false} or empty left out, and dialect
 * attributes as an object keyed by attribute name. Equal realms give identical text.
 */
public final class RealmJson {

    private RealmJson() {
    }

    /** {@code realm} as JSON, indented by two spaces, without a trailing newline. */
    public static String toJson(Realm realm) {
        JsonObject json = new JsonObject()
                .putAlways("schemas", each(realm.schemas(), RealmJson::schema))
                .put("extensions", each(realm.extensions(), RealmJson::extension))
                .put("attributes", attributes(realm.attributes()));
        return JsonWriter.write(json);
    }

    private static JsonObject schema(Schema s) {
        return new JsonObject()
                .put("name", s.name())
                .put("comment", s.comment())
                .put("tables", each(s.tables(), RealmJson::table))
                .put("views", each(s.views(), RealmJson::view))
                .put("sequences", each(s.sequences(), RealmJson::sequence))
                .put("enums", each(s.enums(), RealmJson::enumType))
                .put("domains", each(s.domains(), RealmJson::domain))
                .put("composites", each(s.composites(), RealmJson::composite))
                .put("routines", each(s.routines(), RealmJson::routine))
                .put("triggers", each(s.triggers(), RealmJson::trigger))
                .put("policies", each(s.policies(), RealmJson::policy))
                .put("attributes", attributes(s.attributes()));
    }

    private static JsonObject table(Table t) {
        return new JsonObject()
                .put("name", t.name())
                .put("comment", t.comment())
                .put("columns", each(t.columns(), RealmJson::column))
                .put("primary_key", t.primaryKey() == null ? null : primaryKey(t.primaryKey()))
                .put("indexes", each(t.indexes(), RealmJson::index))
                .put("foreign_keys", each(t.foreignKeys(), RealmJson::foreignKey))
                .put("checks", each(t.checks(), RealmJson::check))
                .put("attributes", attributes(t.attributes()));
    }

    private static JsonObject column(Column c) {
        JsonObject json = new JsonObject().put("name", c.name());
        type(json, c.type());
        return json
                .put("nullable", c.nullable())
                .put("default", c.defaultExpression())
                .put("generated", c.generated() == null ? null : generated(c.generated()))
                .put("collation", c.collation())
                .put("comment", c.comment())
                .put("attributes", attributes(c.attributes()));
    }

    /** {@code type}, and {@code canonical_type} only when the canonical form is spelled differently. */
    private static void type(JsonObject json, ColumnType type) {
        json.put("type", type.raw());
        if (!type.canonical().equals(type.raw())) {
            json.put("canonical_type", type.canonical());
        }
    }

    private static JsonObject generated(Generated g) {
        return new JsonObject().put("expression", g.expression()).put("stored", g.stored());
    }

    private static JsonObject primaryKey(PrimaryKey k) {
        return new JsonObject()
                .put("name", k.name())
                .put("columns", k.columns())
                .put("attributes", attributes(k.attributes()));
    }

    private static JsonObject index(Index i) {
        return new JsonObject()
                .put("name", i.name())
                .put("unique", i.unique())
                .put("parts", each(i.parts(), RealmJson::indexPart))
                .put("comment", i.comment())
                .put("attributes", attributes(i.attributes()));
    }

    private static JsonObject indexPart(IndexPart p) {
        return new JsonObject()
                .put("column", p.column())
                .put("expression", p.expression())
                .put("descending", p.descending())
                .put("attributes", attributes(p.attributes()));
    }

    private static JsonObject foreignKey(ForeignKey k) {
        return new JsonObject()
                .put("name", k.name())
                .put("columns", k.columns())
                .put("ref_schema", k.refSchema())
                .put("ref_table", k.refTable())
                .put("ref_columns", k.refColumns())
                .put("on_update", k.onUpdate().sql())
                .put("on_delete", k.onDelete().sql())
                .put("attributes", attributes(k.attributes()));
    }

    private static JsonObject check(Check c) {
        return new JsonObject()
                .put("name", c.name())
                .put("expression", c.expression())
                .put("attributes", attributes(c.attributes()));
    }

    private static JsonObject view(View v) {
        return new JsonObject()
                .put("name", v.name())
                .put("materialized", v.materialized())
                .put("definition", v.definition())
                .put("indexes", each(v.indexes(), RealmJson::index))
                .put("comment", v.comment())
                .put("attributes", attributes(v.attributes()));
    }

    private static JsonObject sequence(Sequence s) {
        return new JsonObject()
                .put("name", s.name())
                .put("type", s.dataType())
                .put("start", s.start())
                .put("increment", s.increment())
                .put("min_value", s.minValue())
                .put("max_value", s.maxValue())
                .put("cache", s.cache())
                .put("cycle", s.cycle())
                .put("owned_by", s.ownedBy() == null ? null
                        : new JsonObject().put("table", s.ownedBy().table()).put("column", s.ownedBy().column()))
                .put("comment", s.comment())
                .put("attributes", attributes(s.attributes()));
    }

    private static JsonObject enumType(EnumType e) {
        return new JsonObject()
                .put("name", e.name())
                .put("values", e.values())
                .put("comment", e.comment());
    }

    private static JsonObject domain(Domain d) {
        JsonObject json = new JsonObject().put("name", d.name());
        type(json, d.baseType());
        return json
                .put("not_null", d.notNull())
                .put("default", d.defaultExpression())
                .put("collation", d.collation())
                .put("checks", each(d.checks(), RealmJson::check))
                .put("comment", d.comment());
    }

    private static JsonObject composite(CompositeType c) {
        return new JsonObject()
                .put("name", c.name())
                .put("fields", each(c.fields(), f -> {
                    JsonObject json = new JsonObject().put("name", f.name());
                    type(json, f.type());
                    return json.put("collation", f.collation());
                }))
                .put("comment", c.comment());
    }

    private static JsonObject routine(Routine r) {
        return new JsonObject()
                .put("name", r.name())
                .put("kind", r.kind().name().toLowerCase(Locale.ROOT))
                .put("arguments", r.arguments())
                .put("returns", r.returns())
                .put("language", r.language())
                .put("definition", r.definition())
                .put("comment", r.comment())
                .put("attributes", attributes(r.attributes()));
    }

    private static JsonObject trigger(Trigger t) {
        return new JsonObject()
                .put("name", t.name())
                .put("table", t.table())
                .put("definition", t.definition())
                .put("comment", t.comment())
                .put("attributes", attributes(t.attributes()));
    }

    private static JsonObject policy(Policy p) {
        return new JsonObject()
                .put("name", p.name())
                .put("table", p.table())
                .put("command", p.command())
                .put("permissive", p.permissive())
                .put("roles", p.roles())
                .put("using", p.using())
                .put("with_check", p.withCheck());
    }

    private static JsonObject extension(Extension e) {
        return new JsonObject()
                .put("name", e.name())
                .put("schema", e.schema())
                .put("version", e.version())
                .put("comment", e.comment());
    }

    /** Attributes keyed by name, in name order, each value written as stored: nothing is left out. */
    private static JsonObject attributes(Attributes attributes) {
        JsonObject json = new JsonObject();
        for (Map.Entry<AttributeKey<?>, Object> entry : attributes.asMap().entrySet()) {
            json.putAlways(entry.getKey().name(), value(entry.getValue()));
        }
        return json;
    }

    /**
     * An attribute value: strings, numbers and booleans as themselves, lists as arrays, maps and
     * records as objects (record components in declaration order, named in snake_case), enum
     * constants by name, anything else by {@code toString()}.
     */
    private static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(RealmJson::value).toList();
        }
        if (v instanceof Map<?, ?> map) {
            JsonObject json = new JsonObject();
            map.forEach((key, element) -> json.putAlways(String.valueOf(key), value(element)));
            return json;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Record r) {
            return record(r);
        }
        return v.toString();
    }

    private static Object record(Record r) {
        JsonObject json = new JsonObject();
        for (RecordComponent component : r.getClass().getRecordComponents()) {
            try {
                json.putAlways(snakeCase(component.getName()), value(component.getAccessor().invoke(r)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return r.toString();
            }
        }
        return json;
    }

    private static String snakeCase(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static <T> List<JsonObject> each(List<T> items, Function<T, JsonObject> toJson) {
        return items.stream().map(toJson).toList();
    }
}
