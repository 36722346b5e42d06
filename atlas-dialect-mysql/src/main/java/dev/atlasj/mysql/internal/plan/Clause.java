package dev.atlasj.mysql.internal.plan;

import java.util.Objects;

/**
 * One part of an {@code ALTER TABLE} ({@code ADD COLUMN …}, {@code DROP INDEX …}) and the part that
 * undoes it.
 *
 * @param sql the clause
 * @param reverse the clause that undoes it, or {@code null} when there is none
 */
public record Clause(String sql, String reverse) {

    public Clause {
        Objects.requireNonNull(sql, "sql");
    }
}
