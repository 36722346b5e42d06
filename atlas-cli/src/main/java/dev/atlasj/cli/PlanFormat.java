package dev.atlasj.cli;

import dev.atlasj.json.PlanJson;

/** How {@code schema diff} prints what it found. */
enum PlanFormat {

    /** The planned statements, one per line, or {@value Comparison#SYNCED} when there are none. */
    sql {
        @Override
        String render(Comparison comparison) {
            return comparison.synced() ? Comparison.SYNCED + "\n" : comparison.plan().toSql();
        }
    },

    /** The changes and the plan in the JSON form {@code docs/plan-json-format.md} describes. */
    json {
        @Override
        String render(Comparison comparison) {
            return PlanJson.toJson(comparison.diff(), comparison.plan()) + "\n";
        }
    };

    /** {@code comparison} as text that ends in a newline. */
    abstract String render(Comparison comparison);
}
