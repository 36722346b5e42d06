package dev.atlasj.postgres.internal.plan;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.schema.EnumType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adds new values to an enum type, each at its place with {@code ALTER TYPE … ADD VALUE …
 * BEFORE|AFTER}; says what to do instead when values are removed or reordered, which PostgreSQL
 * cannot do in place.
 */
final class EnumValues {

    private EnumValues() {
    }

    /** Whether {@code to} holds every value of {@code from} in the same order, so that new values can be added in place. */
    static boolean addable(EnumType from, EnumType to) {
        return to.values().stream().filter(from.values()::contains).toList().equals(from.values());
    }

    /** Adds the statements that add the values of {@code to} that {@code from} lacks, each at its place. */
    static void plan(String schema, EnumType from, EnumType to, SchemaChange source, PlanBuilder plan) {
        List<String> old = from.values();
        List<String> wanted = to.values();
        List<String> kept = wanted.stream().filter(old::contains).toList();
        int firstKept = kept.isEmpty() ? -1 : wanted.indexOf(kept.get(0));
        int lastKept = kept.isEmpty() ? -1 : wanted.indexOf(kept.get(kept.size() - 1));
        for (int i = 0; i < wanted.size(); i++) {
            String value = wanted.get(i);
            if (old.contains(value)) {
                continue;
            }
            String position = i > lastKept ? null
                    : i < firstKept ? "BEFORE " + Literals.string(kept.get(0))
                    : "AFTER " + Literals.string(wanted.get(i - 1));
            plan.addEnumValue(Phase.TYPES, source, EnumDdl.addValue(schema, to, value, position), value);
        }
    }

    /** Why the values of {@code from} cannot become those of {@code to} in place, and what to do instead. */
    static PlanException refusal(String schema, EnumType from, EnumType to) {
        List<String> removed = new ArrayList<>(from.values());
        removed.removeAll(to.values());
        String name = new QualifiedName(schema, to.name()).toString();
        String problem = removed.isEmpty()
                ? "reorder its values (from " + labels(from.values()) + " to " + labels(to.values()) + ")"
                : "remove values from it (" + labels(removed) + ")";
        return new PlanException("enum " + name + " cannot change in place: PostgreSQL cannot " + problem
                + ". To change it, create a new type with the values you want, convert each column of type " + name
                + " with ALTER TABLE … ALTER COLUMN … TYPE <new type> USING <column>::text::<new type> (dropping its"
                + " default before and setting it again after), drop " + name + " and rename the new type;"
                + " or keep the values as they are");
    }

    private static String labels(List<String> values) {
        return values.stream().map(Literals::string).collect(Collectors.joining(", "));
    }
}
