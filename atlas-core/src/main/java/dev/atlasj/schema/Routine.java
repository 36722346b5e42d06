package dev.atlasj.schema;

import java.util.Objects;

/**
 * A stored function or procedure.
 *
 * <p>Routines are identified by name and argument types together, since PostgreSQL overloads names.
 *
 * @param name the routine name
 * @param kind function or procedure
 * @param arguments the argument list that identifies the routine, for example {@code "a integer, b text"}
 * @param returns the return type of a function, or {@code null} for a procedure
 * @param language the implementation language, for example {@code plpgsql}
 * @param definition the full CREATE statement as the database prints it
 * @param comment the comment, or {@code null}
 * @param attributes dialect detail: volatility, security, parallel safety
 */
public record Routine(
        String name,
        Kind kind,
        String arguments,
        String returns,
        String language,
        String definition,
        String comment,
        Attributes attributes) implements SchemaObject {

    /** Whether a routine returns a value. */
    public enum Kind { FUNCTION, PROCEDURE }

    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        arguments = arguments == null ? "" : arguments;
        Objects.requireNonNull(definition, "definition");
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    /** The name with its argument list, which identifies a routine within its schema. */
    public String signature() {
        return name + "(" + arguments + ")";
    }
}
