package dev.atlasj.url;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A database server in a throwaway Docker container, as Atlas writes it:
 * {@code docker://IMAGE/VERSION[/DATABASE][?search_path=SCHEMA]}, for example
 * {@code docker://postgres/16}, {@code docker://postgres/15/dev?search_path=public},
 * {@code docker://mysql/8} or {@code docker://mariadb/11/dev}.
 *
 * <p>IMAGE is one of the official images {@code postgres}, {@code mysql} and {@code mariadb}; VERSION
 * is a tag of it ({@code 16}, {@code 15.8}, {@code 16-alpine}, {@code 8.4}). DATABASE is created in the
 * container; it defaults to {@code postgres} on PostgreSQL and {@code dev} on MySQL and MariaDB, where
 * naming it also scopes the URL to it (a MySQL database is a schema); {@code search_path} is
 * PostgreSQL's only. Who starts the container decides how (the testkit's {@code RunningDatabase} uses
 * Testcontainers).
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
        String image = parts.host();
        if (!List.of("postgres", "mysql", "mariadb").contains(image)) {
            throw UrlParts.invalid(text, "the official postgres, mysql and mariadb images are supported, as in"
                    + " docker://postgres/16, docker://mysql/8 or docker://mariadb/11");
        }
        boolean mysql = !image.equals("postgres");
        parts.requireStartedServer(text, "a Docker URL");
        if (mysql && parts.parameter("search_path") != null) {
            throw UrlParts.invalid(text, "a MySQL or MariaDB container takes no search_path: it is scoped by the"
                    + " database after the version, as in docker://" + image + "/VERSION/DATABASE");
        }
        String[] segments = parts.path().split("/", -1);
        if (segments[0].isEmpty()) {
            throw UrlParts.invalid(text, "the image version is missing, as in docker://" + image + "/" + exampleTag(image));
        }
        if (!TAG.matcher(segments[0]).matches()) {
            throw UrlParts.invalid(text, "\"" + segments[0] + "\" is not an image tag, as in docker://" + image + "/"
                    + exampleTag(image));
        }
        if (segments.length > 2 || (segments.length == 2 && segments[1].isEmpty())) {
            throw UrlParts.invalid(text, "expected docker://" + image + "/VERSION or docker://" + image
                    + "/VERSION/DATABASE");
        }
        String database = segments.length == 2 ? segments[1] : mysql ? "dev" : "postgres";
        List<String> schemas = !mysql ? parts.searchPath(text) : segments.length == 2 ? List.of(database) : List.of();
        return new DockerUrl(image, segments[0], database, schemas, parts.redacted());
    }

    private static String exampleTag(String image) {
        return switch (image) {
            case "mysql" -> "8";
            case "mariadb" -> "11";
            default -> "16";
        };
    }

    @Override
    public String scheme() {
        return "docker";
    }

    /** The dialect of the server: {@code postgres}, or {@code mysql} for the mysql and mariadb images. */
    public String dialect() {
        return image.equals("postgres") ? "postgres" : "mysql";
    }

    /** The image's name without its tag: {@code postgres}, {@code mysql} or {@code mariadb}. */
    public String imageName() {
        return image;
    }

    /** The Docker image to run: {@code postgres:16}. */
    public String image() {
        return image + ":" + tag;
    }

    /** The image tag, which names the PostgreSQL version: {@code 16}, {@code 15.8}, {@code 16-alpine}. */
    public String version() {
        return tag;
    }

    /** The database to create in the container; {@code postgres} or {@code dev} when the URL names none. */
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
