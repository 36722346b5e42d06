package dev.atlasj.mysql.internal.diff;

import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;
import static dev.atlasj.mysql.MySqlAttributes.DEFINER;
import static dev.atlasj.mysql.MySqlAttributes.DETERMINISTIC;
import static dev.atlasj.mysql.MySqlAttributes.SECURITY;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_EVENT;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_TIMING;
import static dev.atlasj.mysql.MySqlAttributes.VIEW_ALGORITHM;
import static dev.atlasj.mysql.MySqlAttributes.VIEW_CHECK_OPTION;

import dev.atlasj.mysql.internal.StoredObjectDefinitions;
import dev.atlasj.mysql.internal.diff.CharacterSets.Pair;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import java.util.Locale;

/**
 * Brings a realm to the canonical form in which two spellings of one MySQL or MariaDB schema are
 * equal values; {@link dev.atlasj.mysql.MySqlDiffRules} lists the rules. Each keeps the meaning of the
 * model and is idempotent.
 */
public final class RealmNormalizer {

    private RealmNormalizer() {
    }

    /** The canonical form of {@code realm}. */
    public static Realm normalize(Realm realm) {
        return new Realm(realm.schemas().stream().map(RealmNormalizer::schema).toList(), realm.extensions(),
                realm.attributes());
    }

    private static Schema schema(Schema schema) {
        Attributes a = schema.attributes();
        Pair own = CharacterSets.relativeTo(new Pair(a.get(CHARSET), a.get(COLLATION)), Pair.UNKNOWN);
        Pair inherited = own.effective(Pair.UNKNOWN);
        Schema.Builder b = Schema.builder(schema.name())
                .comment(TableNormalizer.emptyIsNull(schema.comment()))
                .attributes(a.with(CHARSET, own.charset()).with(COLLATION, own.collation()));
        schema.tables().forEach(t -> b.table(new TableNormalizer(schema.name(), t, inherited).normalize()));
        schema.views().forEach(v -> b.view(view(v)));
        schema.routines().forEach(r -> b.routine(routine(r)));
        schema.triggers().forEach(t -> b.trigger(trigger(t)));
        schema.sequences().forEach(b::sequence);
        schema.enums().forEach(b::enumType);
        schema.domains().forEach(b::domain);
        schema.composites().forEach(b::composite);
        schema.policies().forEach(b::policy);
        return b.build();
    }

    /** A view without its definer, and without what restates a default: {@code UNDEFINED}, {@code DEFINER}, {@code NONE}. */
    private static View view(View view) {
        Attributes a = view.attributes();
        String algorithm = upper(a.get(VIEW_ALGORITHM));
        String checkOption = upper(a.get(VIEW_CHECK_OPTION));
        String security = upper(a.get(SECURITY));
        Attributes attributes = a.without(DEFINER)
                .with(VIEW_ALGORITHM, "UNDEFINED".equals(algorithm) ? null : algorithm)
                .with(VIEW_CHECK_OPTION, "NONE".equals(checkOption) ? null : checkOption)
                .with(SECURITY, "DEFINER".equals(security) ? null : security);
        return new View(view.name(), view.definition().strip(), view.materialized(), view.indexes(),
                TableNormalizer.emptyIsNull(view.comment()), attributes);
    }

    /** A routine without its definer, in its definition too. */
    private static Routine routine(Routine r) {
        Attributes a = TableNormalizer.withoutFalse(r.attributes().without(DEFINER), DETERMINISTIC);
        String security = upper(a.get(SECURITY));
        String definition = StoredObjectDefinitions.routine(r.definition(), null).orElse(r.definition().strip());
        return new Routine(r.name(), r.kind(), r.arguments(), r.returns(), r.language(), definition,
                TableNormalizer.emptyIsNull(r.comment()), a.with(SECURITY, "DEFINER".equals(security) ? null : security));
    }

    /**
     * A trigger without its definer, its definition in the inspector's layout ({@code CREATE TRIGGER
     * `name` TIMING EVENT ON `table` FOR EACH ROW body}), its timing and event taken from it.
     */
    private static Trigger trigger(Trigger t) {
        Attributes a = t.attributes().without(DEFINER);
        return StoredObjectDefinitions.trigger(t.definition())
                .map(parts -> new Trigger(t.name(), t.table(), parts.toSql(null, null), t.comment(),
                        a.with(TRIGGER_TIMING, parts.timing()).with(TRIGGER_EVENT, parts.event())))
                .orElseGet(() -> new Trigger(t.name(), t.table(), t.definition().strip(), t.comment(), a));
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
