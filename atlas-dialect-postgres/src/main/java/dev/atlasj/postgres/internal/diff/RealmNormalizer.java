package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.CompositeType;
import dev.atlasj.schema.Domain;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a realm to the canonical form in which two spellings of one PostgreSQL schema are equal
 * values. Each rule keeps the meaning of the model and is idempotent; {@link
 * dev.atlasj.postgres.PostgresDiffRules} lists them.
 */
public final class RealmNormalizer {

    /** The comment {@code initdb} gives the {@code public} schema. */
    private static final String DEFAULT_PUBLIC_COMMENT = "standard public schema";

    private RealmNormalizer() {
    }

    /** The canonical form of {@code realm}. */
    public static Realm normalize(Realm realm) {
        NameScope names = NameScope.of(realm);
        Set<String> enums = new HashSet<>();
        for (Schema s : realm.schemas()) {
            for (EnumType e : s.enums()) {
                enums.add(PostgresIdentifiers.qualify(s.name(), e.name()));
            }
        }
        List<Schema> schemas = realm.schemas().stream()
                .map(s -> schema(s, new ModelTypes(names.in(s.name()), enums)))
                .toList();
        return new Realm(schemas, realm.extensions(), realm.attributes());
    }

    private static Schema schema(Schema schema, ModelTypes types) {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>(schema.sequences().stream().map(s -> sequence(s, types)).toList());
        for (Table table : schema.tables()) {
            TableNormalizer normalizer = new TableNormalizer(types, table);
            tables.add(normalizer.normalize());
            for (Sequence serial : normalizer.serialSequences()) {
                if (sequences.stream().noneMatch(s -> s.name().equals(serial.name()))) {
                    sequences.add(serial);
                }
            }
        }
        String comment = schema.name().equals("public") && DEFAULT_PUBLIC_COMMENT.equals(schema.comment())
                ? null : schema.comment();
        return new Schema(schema.name(), tables, schema.views(), sequences, schema.enums(),
                schema.domains().stream().map(d -> domain(d, types)).toList(),
                schema.composites().stream().map(c -> composite(c, types)).toList(),
                schema.routines(), schema.triggers(), schema.policies(), comment, schema.attributes());
    }

    private static Sequence sequence(Sequence s, ModelTypes types) {
        String dataType = types.type(s.dataType());
        long[] limits = ModelTypes.limits(dataType, s.increment(), s.minValue(), s.maxValue());
        return new Sequence(s.name(), dataType, s.start(), s.increment(), limits[0], limits[1], s.cache(), s.cycle(),
                s.ownedBy(), s.comment(), s.attributes());
    }

    /**
     * A domain's base type canonical (spelled canonically too: the differ compares domains whole), its
     * default and checks canonical as for a column of that type named {@code value}.
     */
    private static Domain domain(Domain d, ModelTypes types) {
        String base = types.type(d.baseType().canonical());
        Canonicalizer rules = new Canonicalizer(types, Map.of("value", base));
        return new Domain(d.name(), ColumnType.canonical(base), d.notNull(),
                d.defaultExpression() == null ? null : Expressions.defaultValue(d.defaultExpression(), base, rules),
                ModelTypes.collation(d.collation(), true),
                d.checks().stream().map(c -> new Check(c.name(), Expressions.expression(c.expression(), rules),
                        TableNormalizer.withoutFalse(c.attributes(),
                                dev.atlasj.postgres.PostgresAttributes.NOT_VALID))).toList(),
                d.comment());
    }

    /** A composite type with its fields' types canonical, spelled canonically as for domains. */
    private static CompositeType composite(CompositeType c, ModelTypes types) {
        return new CompositeType(c.name(), c.fields().stream()
                .map(f -> new CompositeType.Field(f.name(), ColumnType.canonical(types.type(f.type().canonical())),
                        ModelTypes.collation(f.collation(), true)))
                .toList(), c.comment());
    }
}
