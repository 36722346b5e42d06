package dev.atlasj.schema;

import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy on a table.
 *
 * @param name the policy name, unique per table
 * @param table the table it guards, in the same schema
 * @param command the command it applies to: {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param permissive whether the policy is PERMISSIVE (otherwise RESTRICTIVE)
 * @param roles the roles it applies to
 * @param using the USING expression, or {@code null}
 * @param withCheck the WITH CHECK expression, or {@code null}
 */
public record Policy(
        String name,
        String table,
        String command,
        boolean permissive,
        List<String> roles,
        String using,
        String withCheck) implements SchemaObject {

    public Policy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        command = command == null ? "ALL" : command;
        roles = List.copyOf(roles);
    }
}
