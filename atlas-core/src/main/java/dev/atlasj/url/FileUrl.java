package dev.atlasj.url;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A desired state kept in SQL files: {@code file://schema.sql} (one file) or {@code file://schema/}
 * (every {@code .sql} file of a directory, in name order), as {@code --to} and {@code --from} take it.
 *
 * <p>As in Atlas, what follows {@code file://} is the path as written: {@code file://schema.sql} is
 * relative to the working directory and {@code file:///srv/app/schema.sql} is absolute. Nothing is
 * percent-decoded, and a file URL has no parameters. Whether the path exists is checked when the
 * files are read, not here.
 */
public final class FileUrl implements DatabaseUrl {

    private static final String PREFIX = "file://";

    private final String text;
    private final Path path;

    private FileUrl(String text, Path path) {
        this.text = text;
        this.path = path;
    }

    /** Parses a {@code file://} URL; {@link UrlSchemes} calls this for the {@code file} scheme. */
    static FileUrl parse(String text) {
        if (!text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw UrlParts.invalid(text, "expected file://PATH, as in file://schema.sql or file://schema/");
        }
        String path = text.substring(PREFIX.length());
        if (path.isEmpty()) {
            throw UrlParts.invalid(text, "the path is missing, as in file://schema.sql or file://schema/");
        }
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            throw UrlParts.invalid(text, "a file URL takes no ?parameters or #fragment");
        }
        try {
            return new FileUrl(text, Path.of(path));
        } catch (InvalidPathException e) {
            throw UrlParts.invalid(text, "not a valid path: " + e.getReason());
        }
    }

    @Override
    public String scheme() {
        return "file";
    }

    /** The file or directory, relative to the working directory unless the URL gave an absolute path. */
    public Path path() {
        return path;
    }

    /** The URL as written: a file URL holds no password. */
    @Override
    public String redacted() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
