package dev.atlasj.url;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server that atlasj runs itself from embedded binaries (no installed server, no Docker):
 *
 * <ul>
 *   <li>{@code embedded://postgres}: a throwaway database on the bundled version, the default dev
 *       database;</li>
 *   <li>{@code embedded://postgres/VERSION} ({@code 15}, {@code 15.19}, {@code 15.19.0}): the same on
 *       that version;</li>
 *   <li>{@code embedded://postgres/NAME}: a database that keeps its data between runs, in a data
 *       directory of that name, for use as a target ({@code --url}).</li>
 * </ul>
 *
 * <p>Versions and names cannot be confused: a version is made of digits and dots, and a name starts
 * with a letter or {@code _} and holds letters, digits, {@code _} and {@code -} (at most 63). The only
 * parameter is {@code search_path=SCHEMA}, which scopes the URL to one schema as for a
 * {@link ServerUrl}. Where the servers and data directories live is up to whoever starts them (the
 * testkit's {@code RunningDatabase}).
 */
public final class EmbeddedUrl implements DatabaseUrl {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");

    private final String dialect;
    private final String version;
    private final String name;
    private final List<String> schemas;
    private final String redacted;

    private EmbeddedUrl(String dialect, String version, String name, List<String> schemas, String redacted) {
        this.dialect = dialect;
        this.version = version;
        this.name = name;
        this.schemas = schemas;
        this.redacted = redacted;
    }

    /** Parses an {@code embedded://} URL; {@link UrlSchemes} calls this for the {@code embedded} scheme. */
    static EmbeddedUrl parse(String text, String scheme) {
        UrlParts parts = UrlParts.parse(text, scheme);
        if (!parts.host().equals("postgres")) {
            throw UrlParts.invalid(text, "embedded servers exist for PostgreSQL only: embedded://postgres,"
                    + " embedded://postgres/VERSION or embedded://postgres/NAME");
        }
        parts.requireStartedServer(text, "an embedded server");
        String segment = parts.path().endsWith("/") ? parts.path().substring(0, parts.path().length() - 1) : parts.path();
        String version = null;
        String name = null;
        if (VERSION.matcher(segment).matches()) {
            version = segment;
        } else if (NAME.matcher(segment).matches()) {
            name = segment;
        } else if (!segment.isEmpty()) {
            throw UrlParts.invalid(text, "expected embedded://postgres/VERSION (digits and dots, as in 15 or 15.19.0)"
                    + " or embedded://postgres/NAME (a letter or _, then letters, digits, _ or -, at most 63),"
                    + " not \"" + segment + "\"");
        }
        return new EmbeddedUrl(parts.host(), version, name, parts.searchPath(text), parts.redacted());
    }

    @Override
    public String scheme() {
        return "embedded";
    }

    /** The dialect of the server: {@code postgres}. */
    public String dialect() {
        return dialect;
    }

    /** The version asked for ({@code 15}, {@code 15.19.0}), or empty for the bundled one. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The name of the data directory that keeps the database between runs, or empty for a throwaway one. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The schemas the URL is scoped to (from {@code search_path}); empty means every user schema. */
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
