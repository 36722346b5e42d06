package dev.atlasj.mysql.internal.plan;

import java.util.Objects;

/**
 * One DDL statement and the statement that undoes it.
 *
 * @param sql the statement, without a trailing semicolon
 * @param reverse the statement that undoes it, or {@code null} when there is none
 */
public record Ddl(String sql, String reverse) {

    public Ddl {
        Objects.requireNonNull(sql, "sql");
    }
}
