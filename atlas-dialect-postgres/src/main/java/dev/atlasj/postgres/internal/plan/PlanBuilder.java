package dev.atlasj.postgres.internal.plan;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Collects a plan's statements by {@link Phase} and lays them out in phase order.
 *
 * <p>Every statement may run in a transaction, with one exception that {@link #addEnumValue} handles:
 * PostgreSQL rejects the use of an enum value in the transaction that added it.
 */
public final class PlanBuilder {

    private final Map<Phase, List<Entry>> phases;
    private final int partitionDepth;

    public PlanBuilder() {
        this(new EnumMap<>(Phase.class), 0);
    }

    private PlanBuilder(Map<Phase, List<Entry>> phases, int partitionDepth) {
        this.phases = phases;
        this.partitionDepth = partitionDepth;
    }

    /**
     * A view of this plan for the statements of a partition {@code depth} levels below a table that
     * is not one: within each phase they are laid out before or after those of the levels above, as
     * {@link Phase#partitionsFirst()} says.
     */
    public PlanBuilder forPartition(int depth) {
        return new PlanBuilder(phases, depth);
    }

    /** Adds a statement that may run in a transaction, as almost every PostgreSQL DDL may. */
    public PlanBuilder add(Phase phase, SchemaChange source, Ddl ddl) {
        return add(phase, new Entry(source, ddl, null, partitionDepth));
    }

    /** Adds {@code COMMENT ON target IS …} when {@code comment} is not {@code null}. */
    public PlanBuilder comment(Phase phase, SchemaChange source, String target, String comment) {
        return comment == null ? this : add(phase, source, CommentDdl.on(target, comment));
    }

    /** Adds {@code COMMENT ON target IS to} with its reverse, when the comment changes. */
    public PlanBuilder changeComment(Phase phase, SchemaChange source, String target, String from, String to) {
        return Objects.equals(from, to) ? this : add(phase, source, CommentDdl.change(target, from, to));
    }

    /**
     * Adds {@code ALTER TYPE … ADD VALUE label}. It is marked as not transactional when a later
     * statement of the plan spells {@code label} as a string constant, that is, when the plan
     * itself would use the new value (in a default, a check, an index predicate): PostgreSQL
     * refuses that use until the transaction that added the value has committed ("unsafe use of
     * new value"), so the value must be added, and committed, on its own.
     */
    public PlanBuilder addEnumValue(Phase phase, SchemaChange source, Ddl ddl, String label) {
        return add(phase, new Entry(source, ddl, Literals.string(label), partitionDepth));
    }

    /** The plan: the statements of every phase, in phase order. */
    public Plan build() {
        List<Entry> entries = new ArrayList<>();
        phases.forEach((phase, inPhase) -> entries.addAll(inPhase.stream().sorted(Comparator.comparingInt(
                (Entry e) -> phase.partitionsFirst() ? -e.partitionDepth() : e.partitionDepth())).toList()));
        List<PlannedStatement> statements = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            boolean transactional = entry.addedLabel() == null || !usedLater(entry.addedLabel(), entries, i);
            statements.add(new PlannedStatement(entry.ddl().sql(), entry.ddl().reverse(), transactional, entry.source()));
        }
        return new Plan(statements);
    }

    /**
     * The statements {@code creation} adds to a plan of their own, as one script in phase order,
     * separated by {@code ;} and a line break: the reverse of a drop, whose undoing takes several
     * statements (a table with its indexes and comments).
     */
    public static String script(Consumer<PlanBuilder> creation) {
        PlanBuilder script = new PlanBuilder();
        creation.accept(script);
        return script.build().statements().stream().map(PlannedStatement::sql).collect(Collectors.joining(";\n"));
    }

    private PlanBuilder add(Phase phase, Entry entry) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(entry);
        return this;
    }

    private static boolean usedLater(String literal, List<Entry> entries, int index) {
        return entries.subList(index + 1, entries.size()).stream().anyMatch(e -> e.ddl().sql().contains(literal));
    }

    /** A statement, the change it implements, the enum label it adds if it adds one, and its table's partition depth. */
    private record Entry(SchemaChange source, Ddl ddl, String addedLabel, int partitionDepth) {
    }
}
