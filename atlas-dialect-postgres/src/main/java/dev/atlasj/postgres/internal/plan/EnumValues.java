package dev.atlasj.postgres.internal.plan;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.schema.EnumType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plans a change of an enum type's values: each new value added at its place with
 * {@code ALTER TYPE … ADD VALUE … BEFORE|AFTER}; a removal or a new order, which PostgreSQL cannot
 * make in place, refused with what to do instead.
 */
final class EnumValues {

    private EnumValues() {
    }

    /**
     * Adds the statements that turn the values of {@code from} into those of {@code to}.
     *
     * @throws PlanException when {@code to} lacks a value of {@code from} or orders them differently
     */
    static void plan(String schema, EnumType from, EnumType to, SchemaChange source, PlanBuilder plan) {
        List<String> old = from.values();
        List<String> wanted = to.values();
        List<String> kept = wanted.stream().filter(old::contains).toList();
        if (!kept.equals(old)) {
            throw refusal(schema, from, to);
        }
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

    private static PlanException refusal(String schema, EnumType from, EnumType to) {
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
