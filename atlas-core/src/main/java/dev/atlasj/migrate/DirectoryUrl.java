package dev.atlasj.migrate;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A migration directory URL as Atlas's {@code --dir} takes it, {@code file://PATH[?format=NAME]}, or
 * {@code classpath:PATH[?format=NAME]} for a directory an application ships in its jar. As in Atlas,
 * {@code file://migrations} is relative to the working directory and {@code file:///srv/migrations}
 * absolute; {@code file://} alone means {@code migrations}.
 */
final class DirectoryUrl {

    private static final String FILE = "file://";
    private static final String CLASSPATH = "classpath:";

    private DirectoryUrl() {
    }

    /**
     * Opens the directory {@code url} names.
     *
     * @throws MigrationException when the URL has no or another scheme, a parameter other than
     *     {@code format}, an unknown format, or names no directory
     */
    static MigrationDirectory open(String url, ClassLoader loader) {
        int question = url.indexOf('?');
        String location = question < 0 ? url : url.substring(0, question);
        DirectoryFormat format = question < 0 ? DirectoryFormat.ATLAS : format(url, url.substring(question + 1));
        if (location.regionMatches(true, 0, FILE, 0, FILE.length())) {
            String path = location.substring(FILE.length());
            try {
                return MigrationDirectory.open(Path.of(path.isEmpty() ? "migrations" : path), format);
            } catch (InvalidPathException e) {
                throw new MigrationException("migration directory URL " + url + " does not name a path: " + e.getReason());
            }
        }
        if (location.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
            return classpath(url.substring(CLASSPATH.length()), loader);
        }
        if (!location.contains(":")) {
            throw new MigrationException("migration directory URL " + url + " has no scheme: did you mean file://" + url
                    + "?");
        }
        throw new MigrationException("migration directory URL " + url
                + " is not supported: expected file://PATH or classpath:PATH, with ?format=NAME where needed");
    }

    /** Opens the classpath directory {@code location}, which may end with {@code ?format=NAME}. */
    static MigrationDirectory classpath(String location, ClassLoader loader) {
        int question = location.indexOf('?');
        DirectoryFormat format = question < 0 ? DirectoryFormat.ATLAS
                : format("classpath:" + location, location.substring(question + 1));
        String path = question < 0 ? location : location.substring(0, question);
        return MigrationDirectory.load(ClasspathSource.open(path, loader), format);
    }

    /** The format of {@code ?format=NAME}, the only parameter a directory URL takes. */
    private static DirectoryFormat format(String url, String query) {
        DirectoryFormat format = DirectoryFormat.ATLAS;
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!name.equals("format")) {
                throw new MigrationException("migration directory URL " + url + " has the parameter \"" + name
                        + "\": only format= is read, as in ?format=flyway");
            }
            format = DirectoryFormat.named(equals < 0 ? "" : parameter.substring(equals + 1));
        }
        return format;
    }
}
