package dev.atlasj.schema;

/**
 * A named object that lives in a schema beside its tables: a view, sequence, type, routine,
 * trigger or policy. Changes to these objects are expressed generically over this type.
 */
public sealed interface SchemaObject
        permits View, Sequence, EnumType, Domain, CompositeType, Routine, Trigger, Policy {

    /** The object's name within its schema (together with its table for triggers and policies). */
    String name();

    /** A short, lower-case word for messages: {@code "view"}, {@code "enum"}, … */
    default String objectType() {
        if (this instanceof View v) {
            return v.materialized() ? "materialized view" : "view";
        }
        if (this instanceof Sequence) {
            return "sequence";
        }
        if (this instanceof EnumType) {
            return "enum";
        }
        if (this instanceof Domain) {
            return "domain";
        }
        if (this instanceof CompositeType) {
            return "composite type";
        }
        if (this instanceof Routine r) {
            return r.kind() == Routine.Kind.FUNCTION ? "function" : "procedure";
        }
        if (this instanceof Trigger) {
            return "trigger";
        }
        return "policy";
    }
}
