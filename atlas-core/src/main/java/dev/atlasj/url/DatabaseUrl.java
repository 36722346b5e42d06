package dev.atlasj.url;

import java.util.List;

/**
 * A URL that names where a schema lives, as the {@code atlas} command and the library take it.
 *
 * <p>Each kind of URL is a type of its own, so callers switch over them; {@link #parse} picks the
 * kind from the URL's scheme:
 * <ul>
 *   <li>{@link ServerUrl}: a database on a server reached through JDBC,
 *       {@code postgres://user:pass@host:5432/db?sslmode=disable}, {@code jdbc:postgresql://…};</li>
 *   <li>{@link FileUrl}: SQL files, {@code file://schema.sql} or {@code file://schema/};</li>
 *   <li>{@link EmbeddedUrl}: PostgreSQL or MariaDB run from embedded binaries, {@code embedded://postgres[/VERSION]}
 *       or {@code embedded://postgres/NAME}, {@code embedded://mariadb[/NAME]};</li>
 *   <li>{@link DockerUrl}: a server in a throwaway container, {@code docker://postgres/VERSION},
 *       {@code docker://mysql/8}, {@code docker://mariadb/11}.</li>
 * </ul>
 *
 * <p>{@link #toString()} and {@link #redacted()} never show a password; print nothing else.
 */
public sealed interface DatabaseUrl permits ServerUrl, FileUrl, EmbeddedUrl, DockerUrl {

    /**
     * Parses {@code url}.
     *
     * @throws InvalidUrlException when the scheme is unknown or the URL is malformed; the message
     *     shows the URL with its password redacted
     */
    static DatabaseUrl parse(String url) {
        return UrlSchemes.parse(url);
    }

    /**
     * {@code text} with anything that may be a password shown as {@code xxxxx}, whether or not it is a URL
     * this library accepts: for showing what a user typed in a message.
     */
    static String redact(String text) {
        return UrlParts.redactLoosely(text);
    }

    /** The schemes {@link #parse} accepts, such as {@code postgres}, {@code jdbc:postgresql} and {@code file}. */
    static List<String> acceptedSchemes() {
        return UrlSchemes.names();
    }

    /** The scheme in lower case: {@code postgres}, {@code postgresql}, {@code jdbc:postgresql}, {@code file}, … */
    String scheme();

    /** The URL as written, with every password replaced by {@code xxxxx}: the form to show in messages. */
    String redacted();
}
