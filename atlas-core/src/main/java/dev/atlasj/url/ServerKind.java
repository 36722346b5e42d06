package dev.atlasj.url;

import java.util.Map;

/**
 * What differs between the database servers a {@link ServerUrl} can name: the dialect, how its
 * JDBC URLs start, its default port and the driver's spelling of connection parameters.
 *
 * @param dialect the dialect's name
 * @param jdbcPrefix the start of the driver's URLs, up to the host
 * @param defaultPort the port when the URL names none
 * @param parameterAliases URL parameter names (libpq's, say) mapped to the driver's names for them
 */
record ServerKind(String dialect, String jdbcPrefix, int defaultPort, Map<String, String> parameterAliases) {

    static final ServerKind POSTGRES = new ServerKind("postgres", "jdbc:postgresql://", 5432,
            Map.of("connect_timeout", "connectTimeout", "application_name", "ApplicationName"));

    /** The driver's name for URL parameter {@code name}. */
    String driverPropertyName(String name) {
        return parameterAliases.getOrDefault(name, name);
    }
}
