package dev.atlasj.url;

import java.util.Map;

/**
 * What differs between the database servers a {@link ServerUrl} can name: the dialect, how its
 * JDBC URLs start, its default port, the driver's spelling of connection parameters, and what the
 * database in the URL's path means.
 *
 * @param dialect the dialect's name
 * @param jdbcPrefix the start of the driver's URLs, up to the host
 * @param defaultPort the port when the URL names none
 * @param parameterAliases URL parameter names (libpq's, say) mapped to the driver's names for them
 * @param databaseIsSchema whether the database in the path is a schema the URL is scoped to, and may be
 *     left out to mean every user database (MySQL, where a database is a schema), rather than the
 *     database to connect to that {@code search_path} narrows down (PostgreSQL)
 */
record ServerKind(String dialect, String jdbcPrefix, int defaultPort, Map<String, String> parameterAliases,
        boolean databaseIsSchema) {

    static final ServerKind POSTGRES = new ServerKind("postgres", "jdbc:postgresql://", 5432,
            Map.of("connect_timeout", "connectTimeout", "application_name", "ApplicationName"), false);

    /** MySQL and MariaDB through MySQL Connector/J. */
    static final ServerKind MYSQL = new ServerKind("mysql", "jdbc:mysql://", 3306, Map.of(), true);

    /** MySQL and MariaDB through the MariaDB driver, for {@code jdbc:mariadb://} URLs. */
    static final ServerKind MARIADB_DRIVER = new ServerKind("mysql", "jdbc:mariadb://", 3306, Map.of(), true);

    /** The driver's name for URL parameter {@code name}. */
    String driverPropertyName(String name) {
        return parameterAliases.getOrDefault(name, name);
    }
}
