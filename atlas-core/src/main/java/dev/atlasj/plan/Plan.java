package dev.atlasj.plan;

import dev.atlasj.diff.SchemaChange;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An ordered list of statements that takes a database from one schema state to another.
 *
 * @param statements the statements in the order they must run
 */
public record Plan(List<PlannedStatement> statements) {

    public Plan {
        statements = List.copyOf(statements);
    }

    public static Plan empty() {
        return new Plan(List.of());
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** Whether every statement may run inside one transaction. */
    public boolean transactional() {
        return statements.stream().allMatch(PlannedStatement::transactional);
    }

    /** Whether every statement has a reverse. */
    public boolean reversible() {
        return statements.stream().allMatch(s -> s.reverse() != null);
    }

    /** The distinct changes behind the plan's statements that throw data away. */
    public List<SchemaChange> destructiveChanges() {
        return statements.stream().map(PlannedStatement::source).filter(Objects::nonNull)
                .filter(SchemaChange::isDestructive).distinct().toList();
    }

    /** The statements as a script: one statement per line, each ending in {@code ;}. */
    public String toSql() {
        return statements.stream().map(s -> s.sql() + ";\n").collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return toSql();
    }
}
