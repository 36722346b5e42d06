package dev.atlasj.schema;

import java.util.Objects;

/**
 * A column's data type: the spelling the database or the user wrote, and the canonical form the
 * dialect computed from it.
 *
 * <p>The diff compares canonical forms, so {@code int4} and {@code integer} are the same type on
 * PostgreSQL; the planner writes {@link #raw()} so that generated DDL reads like the source.
 *
 * @param raw the type as written, for example {@code "varchar(20)"} or {@code "character varying(20)"}
 * @param canonical the dialect's normal form, for example {@code "character varying(20)"}
 */
public record ColumnType(String raw, String canonical) {

    public ColumnType {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(canonical, "canonical");
    }

    /** A type whose canonical form is not known yet; a dialect normalizes it before diffing. */
    public static ColumnType of(String raw) {
        return new ColumnType(raw, raw);
    }

    /** A type written exactly in its canonical form. */
    public static ColumnType canonical(String canonical) {
        return new ColumnType(canonical, canonical);
    }

    @Override
    public String toString() {
        return raw;
    }
}
