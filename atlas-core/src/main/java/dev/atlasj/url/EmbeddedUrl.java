package dev.atlasj.url;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PostgreSQL or MariaDB server that atlasj runs itself from embedded binaries (no installed server,
 * no Docker); ENGINE is {@code postgres} or {@code mariadb}:
 *
 * <ul>
 *   <li>{@code embedded://ENGINE}: a throwaway database on the bundled version, the default dev
 *       database ({@code embedded://mariadb} when the target is MySQL or MariaDB);</li>
 *   <li>{@code embedded://ENGINE/VERSION} ({@code 15}, {@code 15.19}, {@code 11.4.5}): the same on
 *       that version;</li>
 *   <li>{@code embedded://ENGINE/NAME}: a database that keeps its data between runs, in a data
 *       directory of that name, for use as a target ({@code --url}). On MariaDB, where a database is a
 *       schema, the URL is scoped to the database NAME on that server, as {@code mysql://HOST/NAME} is.</li>
 * </ul>
 *
 * <p>Versions and names cannot be confused: a version is made of digits and dots, and a name starts
 * with a letter or {@code _} and holds letters, digits, {@code _} and {@code -} (at most 63). The only
 * parameter is PostgreSQL's {@code search_path=SCHEMA}, which scopes the URL to one schema as for a
 * {@link ServerUrl}. Where the servers and data directories live is up to whoever starts them (the
 * testkit's {@code RunningDatabase}).
 */
public final class EmbeddedUrl implements DatabaseUrl {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");

    private static final String POSTGRES = "postgres";
    private static final String MARIADB = "mariadb";

    private final String engine;
    private final String version;
    private final String name;
    private final List<String> schemas;
    private final String redacted;

    private EmbeddedUrl(String engine, String version, String name, List<String> schemas, String redacted) {
        this.engine = engine;
        this.version = version;
        this.name = name;
        this.schemas = schemas;
        this.redacted = redacted;
    }

    /** Parses an {@code embedded://} URL; {@link UrlSchemes} calls this for the {@code embedded} scheme. */
    static EmbeddedUrl parse(String text, String scheme) {
        UrlParts parts = UrlParts.parse(text, scheme);
        String engine = parts.host();
        if (!engine.equals(POSTGRES) && !engine.equals(MARIADB)) {
            throw UrlParts.invalid(text, "embedded servers exist for PostgreSQL and MariaDB: embedded://postgres,"
                    + " embedded://mariadb, each also as embedded://ENGINE/VERSION or embedded://ENGINE/NAME");
        }
        parts.requireStartedServer(text, "an embedded server");
        if (engine.equals(MARIADB) && parts.parameter("search_path") != null) {
            throw UrlParts.invalid(text, "embedded MariaDB takes no search_path: embedded://mariadb/NAME is scoped to"
                    + " its database NAME");
        }
        String segment = parts.path().endsWith("/") ? parts.path().substring(0, parts.path().length() - 1) : parts.path();
        String version = null;
        String name = null;
        if (VERSION.matcher(segment).matches()) {
            version = segment;
        } else if (NAME.matcher(segment).matches()) {
            name = segment;
        } else if (!segment.isEmpty()) {
            throw UrlParts.invalid(text, "expected embedded://" + engine + "/VERSION (digits and dots, as in "
                    + (engine.equals(MARIADB) ? "11 or 11.4.5" : "15 or 15.19.0") + ") or embedded://" + engine
                    + "/NAME (a letter or _, then letters, digits, _ or -, at most 63), not \"" + segment + "\"");
        }
        List<String> schemas = engine.equals(MARIADB) ? (name == null ? List.of() : List.of(name)) : parts.searchPath(text);
        return new EmbeddedUrl(engine, version, name, schemas, parts.redacted());
    }

    @Override
    public String scheme() {
        return "embedded";
    }

    /** The dialect of the server: {@code postgres}, or {@code mysql} for MariaDB. */
    public String dialect() {
        return isMariaDb() ? "mysql" : POSTGRES;
    }

    /** The server that runs: {@code postgres} or {@code mariadb}. */
    public String engine() {
        return engine;
    }

    /** Whether the server is MariaDB. */
    public boolean isMariaDb() {
        return engine.equals(MARIADB);
    }

    /** The version asked for ({@code 15}, {@code 15.19.0}), or empty for the bundled one. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The name of the data directory that keeps the database between runs, or empty for a throwaway one. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The schemas the URL is scoped to (from {@code search_path}, or a named MariaDB's database); empty
     * means every user schema.
     */
    public List<String> schemas() {
        return schemas;
    }

    @Override
    public String redacted() {
        return redacted;
    }

    @Override
    public String toString() {
        return redacted;
    }
}
