package dev.atlasj.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds a migration directory on the classpath: a folder of a {@code file:} classpath entry, or the
 * entries below a path in a jar. The class loader's first match wins, as for any resource.
 */
final class ClasspathSource {

    private ClasspathSource() {
    }

    /**
     * The directory at {@code location} ({@code db/migrations}) as {@code loader} sees it. A jar built
     * without folder entries has no resource for the folder itself; its {@code atlas.sum} finds it then.
     *
     * @throws MigrationException when neither the folder nor its {@code atlas.sum} is on the classpath,
     *     or the classpath entry is neither a folder nor a jar
     */
    static DirectorySource open(String location, ClassLoader loader) {
        String path = trimSlashes(location);
        String name = "classpath:" + path;
        URL url = loader.getResource(path);
        String within = "";
        if (url == null) {
            url = loader.getResource(path + "/" + SumFile.NAME);
            within = "/" + SumFile.NAME;
        }
        if (url == null) {
            throw new MigrationException("migration directory " + name + " is not on the classpath of " + loader
                    + ": neither " + path + " nor " + path + "/" + SumFile.NAME + " was found");
        }
        switch (url.getProtocol()) {
            case "file":
                try {
                    Path folder = Path.of(url.toURI());
                    folder = within.isEmpty() ? folder : folder.getParent();
                    return new PathSource(folder, name + " (" + folder + ")", false);
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new MigrationException("migration directory " + name + " is at " + url
                            + ", which is not a path: " + e.getMessage(), e);
                }
            case "jar":
                return jar(name, url, within);
            default:
                throw new MigrationException("migration directory " + name + " is at " + url + ": a " + url.getProtocol()
                        + ": classpath entry cannot be listed; put the migrations in a folder or a jar");
        }
    }

    private static DirectorySource jar(String name, URL url, String within) {
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                throw new MigrationException("migration directory " + name + " is at " + url + ", which is not a jar");
            }
            jarConnection.setUseCaches(false);
            String entry = jarConnection.getEntryName();
            String prefix = trimSlashes(entry.substring(0, entry.length() - within.length())) + "/";
            Map<String, byte[]> files = new HashMap<>();
            try (JarFile jar = jarConnection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(e.getName().substring(prefix.length()), in.readAllBytes());
                        }
                    }
                }
                return new MemorySource(name + " (" + jar.getName() + ")", files);
            }
        } catch (IOException e) {
            throw new MigrationException("cannot read migration directory " + name + " from " + url + ": " + e, e);
        }
    }

    private static String trimSlashes(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }
}
