package dev.atlasj.postgres.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects a plan's statements by {@link Phase} and lays them out in phase order. */
public final class PlanBuilder {

    private final Map<Phase, List<PlannedStatement>> phases = new EnumMap<>(Phase.class);

    /** Adds a statement that may run in a transaction, as every PostgreSQL DDL written here may. */
    public PlanBuilder add(Phase phase, SchemaChange source, Ddl ddl) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>())
                .add(new PlannedStatement(ddl.sql(), ddl.reverse(), true, source));
        return this;
    }

    /** Adds {@code COMMENT ON target IS …} when {@code comment} is not {@code null}. */
    public PlanBuilder comment(Phase phase, SchemaChange source, String target, String comment) {
        return comment == null ? this : add(phase, source, CommentDdl.on(target, comment));
    }

    public Plan build() {
        List<PlannedStatement> statements = new ArrayList<>();
        phases.values().forEach(statements::addAll);
        return new Plan(statements);
    }
}
