package dev.atlasj.url;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A desired state kept in SQL files: {@code file://schema.sql} (one file) or {@code file://schema/}
 * (every {@code .sql} file of a directory, in name order), as {@code --to} and {@code --from} take it.
 *
 * <p>As in Atlas, what follows {@code file://} is the path as written: {@code file://schema.sql} is
 * relative to the working directory and {@code file:///srv/app/schema.sql} is absolute. Nothing is
 * percent-decoded. Whether the path exists is checked when the files are read, not here.
 *
 * <p>With Atlas's one parameter, {@code ?format=NAME} ({@code file://migrations?format=atlas},
 * {@code ?format=golang-migrate}, …), the URL names a migration directory instead, whose state is what
 * its files leave behind when they run in order on an empty database. The format name is checked where
 * the directory is opened.
 */
public final class FileUrl implements DatabaseUrl {

    private static final String PREFIX = "file://";

    private static final String FORMAT = "format=";

    private final String text;
    private final Path path;
    private final String directoryFormat;

    private FileUrl(String text, Path path, String directoryFormat) {
        this.text = text;
        this.path = path;
        this.directoryFormat = directoryFormat;
    }

    /** Parses a {@code file://} URL; {@link UrlSchemes} calls this for the {@code file} scheme. */
    static FileUrl parse(String text) {
        if (!text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw UrlParts.invalid(text, "expected file://PATH, as in file://schema.sql or file://schema/");
        }
        String path = text.substring(PREFIX.length());
        String format = null;
        int question = path.indexOf('?');
        if (question >= 0) {
            String query = path.substring(question + 1);
            if (!query.startsWith(FORMAT) || query.length() == FORMAT.length() || query.indexOf('&') >= 0) {
                throw UrlParts.invalid(text, "a file URL takes one parameter, format=NAME for a migration directory,"
                        + " as in file://migrations?format=atlas");
            }
            format = query.substring(FORMAT.length());
            path = path.substring(0, question);
        }
        if (path.isEmpty()) {
            throw UrlParts.invalid(text, "the path is missing, as in file://schema.sql or file://schema/");
        }
        if (path.indexOf('#') >= 0) {
            throw UrlParts.invalid(text, "a file URL takes no #fragment");
        }
        try {
            return new FileUrl(text, Path.of(path), format);
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

    /**
     * The migration directory format of {@code ?format=NAME}, such as {@code atlas} or
     * {@code golang-migrate}; empty when the URL names SQL files.
     */
    public Optional<String> directoryFormat() {
        return Optional.ofNullable(directoryFormat);
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
