package dev.atlasj.mysql;

/**
 * Quoting of MySQL and MariaDB identifiers with backticks.
 *
 * <p>Every identifier is quoted, unlike on PostgreSQL, where only names that need it are: MySQL's list
 * of reserved words grows with its releases ({@code rank}, {@code groups}, {@code lateral} came with
 * 8.0) and differs from MariaDB's, so a name that reads bare on one server may not on the next. This is
 * also how the servers themselves print names ({@code SHOW CREATE TABLE}).
 */
public final class MySqlIdentifiers {

    private MySqlIdentifiers() {
    }

    /** {@code name} in backticks, a backtick in it doubled: {@code `order`}, {@code `a``b`}. */
    public static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** {@code `schema`.`name`}, or {@code `name`} when {@code schema} is {@code null}. */
    public static String qualify(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }
}
