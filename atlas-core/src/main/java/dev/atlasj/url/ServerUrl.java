package dev.atlasj.url;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A database on a server reached through JDBC, parsed from {@code postgres://user:pass@host:port/db?…},
 * {@code postgresql://…}, {@code jdbc:postgresql://host:port/db?user=…&password=…}, or for MySQL and
 * MariaDB from {@code mysql://user:pass@host:3306/db}, {@code maria://…}, {@code mariadb://…},
 * {@code jdbc:mysql://…} and {@code jdbc:mariadb://…}.
 *
 * <ul>
 *   <li>User and password come from the user information or from the {@code user} and
 *       {@code password} parameters, percent-decoded.</li>
 *   <li>PostgreSQL: the path names the database to connect to, and {@code search_path=NAME} scopes the
 *       URL to one schema ({@link #schemas()}); without it the URL means every user schema of the
 *       database. The name is taken as written (not case-folded).</li>
 *   <li>MySQL and MariaDB, where a database is a schema: the database in the path scopes the URL to that
 *       schema; without one ({@code mysql://root@localhost:3306/} or no path at all) the URL means every
 *       user database of the server. {@code search_path} means nothing there and is refused.</li>
 *   <li>Every other parameter ({@code sslmode}, {@code connectTimeout}, …) goes to the JDBC driver as a
 *       connection property; libpq's names with a different JDBC spelling are translated
 *       ({@code connect_timeout}, {@code application_name}).</li>
 * </ul>
 *
 * <p>{@code jdbc:mariadb://} URLs are for the MariaDB driver; every other MySQL scheme gives a
 * {@code jdbc:mysql://} URL for MySQL Connector/J, which speaks to MariaDB servers too. The JDBC URL
 * carries no credentials: they travel in {@link #connectionProperties()}, so the JDBC URL may be
 * logged. {@link #toString()} is the redacted form.
 */
public final class ServerUrl implements DatabaseUrl {

    private final String scheme;
    private final ServerKind kind;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final List<String> schemas;
    private final Map<String, String> driverProperties;
    private final String redacted;

    private ServerUrl(String scheme, ServerKind kind, String host, int port, String database, String user,
            String password, List<String> schemas, Map<String, String> driverProperties, String redacted) {
        this.scheme = scheme;
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.schemas = List.copyOf(schemas);
        this.driverProperties = driverProperties;
        this.redacted = redacted;
    }

    /** Parses a server URL of {@code kind}; {@link UrlSchemes} calls this for the schemes the kind owns. */
    static ServerUrl parse(String text, String scheme, ServerKind kind) {
        UrlParts parts = UrlParts.parse(text, scheme);
        String database = parts.path();
        if (kind.databaseIsSchema() && database.endsWith("/")) {
            database = database.substring(0, database.length() - 1);
        }
        if ((database.isEmpty() && !kind.databaseIsSchema()) || database.contains("/")) {
            throw UrlParts.invalid(text, "expected one database name after the host, as in "
                    + scheme + "://HOST:" + kind.defaultPort() + "/DATABASE");
        }
        String user = oneOf(text, "user name", parts.user(), parts.parameter("user"));
        String password = oneOf(text, "password", parts.password(), parts.parameter("password"));

        List<String> schemas;
        if (kind.databaseIsSchema()) {
            if (parts.parameter("search_path") != null) {
                throw UrlParts.invalid(text, "a MySQL URL is scoped by the database after the host, not by"
                        + " search_path, as in " + scheme + "://HOST:" + kind.defaultPort() + "/DATABASE");
            }
            schemas = database.isEmpty() ? List.of() : List.of(database);
        } else {
            schemas = parts.searchPath(text);
        }
        Map<String, String> driverProperties = new LinkedHashMap<>();
        for (UrlParts.Parameter p : parts.parameters()) {
            if (!List.of("user", "password", "search_path").contains(p.name())) {
                driverProperties.put(kind.driverPropertyName(p.name()), p.value());
            }
        }
        return new ServerUrl(scheme, kind, parts.host().isEmpty() ? "localhost" : parts.host(),
                parts.port() == null ? kind.defaultPort() : parts.port(), database, user, password, schemas,
                driverProperties, parts.redacted());
    }

    private static String oneOf(String text, String what, String fromUserInfo, String fromParameter) {
        if (fromUserInfo != null && fromParameter != null) {
            throw UrlParts.invalid(text, "the " + what + " is given twice, before the host and as a parameter");
        }
        return fromUserInfo != null ? fromUserInfo : fromParameter;
    }

    @Override
    public String scheme() {
        return scheme;
    }

    /**
     * The dialect that speaks to this server, by its {@link dev.atlasj.dialect.Dialect#name()}:
     * {@code postgres} or {@code mysql}.
     */
    public String dialect() {
        return kind.dialect();
    }

    /** The host name or address; {@code localhost} when the URL names none. */
    public String host() {
        return host;
    }

    /** The port; the dialect's default (5432 for PostgreSQL, 3306 for MySQL) when the URL names none. */
    public int port() {
        return port;
    }

    /** The database name; empty for a MySQL URL that names none and so means every user database. */
    public String database() {
        return database;
    }

    /** The user name, or {@code null} to let the driver choose. */
    public String user() {
        return user;
    }

    /** Whether the URL carries a password. The password itself is only in {@link #connectionProperties()}. */
    public boolean hasPassword() {
        return password != null;
    }

    /**
     * The schemas the URL is scoped to (from {@code search_path}, or a MySQL URL's database); empty
     * means every user schema.
     */
    public List<String> schemas() {
        return schemas;
    }

    /** A copy scoped to {@code schemas} instead, as the command line's {@code --schema} flags ask. */
    public ServerUrl withSchemas(List<String> schemas) {
        return new ServerUrl(scheme, kind, host, port, database, user, password, schemas, driverProperties,
                redacted);
    }

    /**
     * The JDBC URL of the database, without credentials or parameters, for {@link java.sql.DriverManager};
     * for a MySQL URL without a database it ends with the {@code /} after the port.
     */
    public String jdbcUrl() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return kind.jdbcPrefix() + address + ":" + port + "/" + encode(database);
    }

    /** What to pass beside {@link #jdbcUrl()}: user, password and every driver parameter of the URL. */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        driverProperties.forEach(properties::setProperty);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    @Override
    public String redacted() {
        return redacted;
    }

    @Override
    public String toString() {
        return redacted;
    }

    /** Percent-encodes what a JDBC driver would read as syntax in a database name. */
    private static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
