package dev.atlasj.url;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server in a throwaway Docker container, as Atlas writes it:
 * {@code docker://postgres/VERSION[/DATABASE][?search_path=SCHEMA]}, for example
 * {@code docker://postgres/16} or {@code docker://postgres/15/dev?search_path=public}.
 *
 * <p>VERSION is a tag of the official {@code postgres} image ({@code 16}, {@code 15.8},
 * {@code 16-alpine}); DATABASE defaults to {@code postgres}. Who starts the container decides how
 * (the testkit's {@code RunningDatabase} uses Testcontainers).
 */
public final class DockerUrl implements DatabaseUrl {

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private final String image;
    private final String tag;
    private final String database;
    private final List<String> schemas;
    private final String redacted;

    private DockerUrl(String image, String tag, String database, List<String> schemas, String redacted) {
        this.image = image;
        this.tag = tag;
        this.database = database;
        this.schemas = schemas;
        this.redacted = redacted;
    }

    /** Parses a {@code docker://} URL; {@link UrlSchemes} calls this for the {@code docker} scheme. */
    static DockerUrl parse(String text, String scheme) {
        UrlParts parts = UrlParts.parse(text, scheme);
        if (!parts.host().equals("postgres")) {
            throw UrlParts.invalid(text, "only the official postgres image is supported, as in docker://postgres/16");
        }
        parts.requireStartedServer(text, "a Docker URL");
        String[] segments = parts.path().split("/", -1);
        if (segments[0].isEmpty()) {
            throw UrlParts.invalid(text, "the image version is missing, as in docker://postgres/16");
        }
        if (!TAG.matcher(segments[0]).matches()) {
            throw UrlParts.invalid(text, "\"" + segments[0] + "\" is not an image tag, as in docker://postgres/16");
        }
        if (segments.length > 2 || (segments.length == 2 && segments[1].isEmpty())) {
            throw UrlParts.invalid(text, "expected docker://postgres/VERSION or docker://postgres/VERSION/DATABASE");
        }
        String database = segments.length == 2 ? segments[1] : "postgres";
        return new DockerUrl(parts.host(), segments[0], database, parts.searchPath(text), parts.redacted());
    }

    @Override
    public String scheme() {
        return "docker";
    }

    /** The dialect of the server: {@code postgres}. */
    public String dialect() {
        return "postgres";
    }

    /** The Docker image to run: {@code postgres:16}. */
    public String image() {
        return image + ":" + tag;
    }

    /** The image tag, which names the PostgreSQL version: {@code 16}, {@code 15.8}, {@code 16-alpine}. */
    public String version() {
        return tag;
    }

    /** The database to create in the container; {@code postgres} when the URL names none. */
    public String database() {
        return database;
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
