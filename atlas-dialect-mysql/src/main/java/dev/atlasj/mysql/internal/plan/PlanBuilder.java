package dev.atlasj.mysql.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects a plan's statements by {@link Phase} and lays them out in phase order. The clauses added
 * for one table in one phase become one {@code ALTER TABLE}, at the place of the first of them.
 *
 * <p>Every statement is marked as not transactional: MySQL and MariaDB commit before and after each
 * DDL statement, so no plan can be rolled back as a whole.
 */
public final class PlanBuilder {

    private final Map<Phase, List<Entry>> phases = new EnumMap<>(Phase.class);
    private final Map<Phase, Map<TableName, Alter>> alters = new EnumMap<>(Phase.class);

    /** Adds a statement. */
    public PlanBuilder add(Phase phase, SchemaChange source, Ddl ddl) {
        entries(phase).add(new Statement(source, ddl));
        return this;
    }

    /** Adds {@code clause} to the {@code ALTER TABLE} of {@code table} in {@code phase}. */
    public PlanBuilder alter(Phase phase, TableName table, SchemaChange source, Clause clause) {
        alterOf(phase, table, source).clauses.add(clause);
        return this;
    }

    /**
     * Sets the partitioning clause of the {@code ALTER TABLE} of {@code table} in {@code phase}
     * ({@code PARTITION BY …}, {@code REMOVE PARTITIONING}), which MySQL takes after the other clauses,
     * without a comma.
     */
    public PlanBuilder partitioning(Phase phase, TableName table, SchemaChange source, Clause clause) {
        alterOf(phase, table, source).partitioning = clause;
        return this;
    }

    /** The plan: the statements of every phase in phase order, none of them transactional. */
    public Plan build() {
        List<PlannedStatement> statements = new ArrayList<>();
        phases.values().forEach(entries -> entries.forEach(e -> {
            Ddl ddl = e.ddl();
            statements.add(new PlannedStatement(ddl.sql(), ddl.reverse(), false, e.source()));
        }));
        return new Plan(statements);
    }

    private Alter alterOf(Phase phase, TableName table, SchemaChange source) {
        return alters.computeIfAbsent(phase, p -> new HashMap<>()).computeIfAbsent(table, t -> {
            Alter alter = new Alter(table, source);
            entries(phase).add(alter);
            return alter;
        });
    }

    private List<Entry> entries(Phase phase) {
        return phases.computeIfAbsent(phase, p -> new ArrayList<>());
    }

    private sealed interface Entry permits Statement, Alter {
        SchemaChange source();

        Ddl ddl();
    }

    private record Statement(SchemaChange source, Ddl ddl) implements Entry {
    }

    /** The clauses of one {@code ALTER TABLE}; reversed, they undo it in the opposite order. */
    private static final class Alter implements Entry {
        private final TableName table;
        private final SchemaChange source;
        private final List<Clause> clauses = new ArrayList<>();
        private Clause partitioning;

        Alter(TableName table, SchemaChange source) {
            this.table = table;
            this.source = source;
        }

        @Override
        public SchemaChange source() {
            return source;
        }

        @Override
        public Ddl ddl() {
            String alter = "ALTER TABLE " + table.sql() + " ";
            String sql = alter + String.join(", ", clauses.stream().map(Clause::sql).toList())
                    + (partitioning == null ? "" : (clauses.isEmpty() ? "" : " ") + partitioning.sql());
            List<String> reverses = new ArrayList<>(clauses.stream().map(Clause::reverse).toList());
            if (reverses.stream().anyMatch(Objects::isNull) || partitioning != null && partitioning.reverse() == null) {
                return new Ddl(sql, null);
            }
            Collections.reverse(reverses);
            String reverse = alter + String.join(", ", reverses)
                    + (partitioning == null ? "" : (reverses.isEmpty() ? "" : " ") + partitioning.reverse());
            return new Ddl(sql, reverse);
        }
    }
}
