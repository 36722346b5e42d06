package dev.atlasj.migrate;

import dev.atlasj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A directory of versioned migrations, compatible with Atlas's: the migration files in the order they
 * run, and the {@code atlas.sum} that proves they are the files that were reviewed.
 *
 * <p>A directory is read once, when opened, from a folder ({@link #open(Path)}), from the classpath
 * ({@link #classpath(String)}, inside a jar too) or from a URL as Atlas's {@code --dir} takes it
 * ({@link #fromUrl(String)}); the object is an immutable snapshot. Methods that write
 * ({@link #writeSum()}, {@link #addFile}) change the folder and leave the snapshot as it was.
 *
 * <p>Before anything of a directory runs, {@link #validate(SqlSyntax)} checks all of it and reports
 * every problem at once. After it passes, {@link #files()}, {@link MigrationFile#directives()} and
 * {@link MigrationFile#statements(SqlSyntax)} do not throw. The migrator's usual sequence:
 *
 * <pre>{@code
 * MigrationDirectory dir = MigrationDirectory.classpath("db/migrations");
 * dir.validate(SqlSyntax.POSTGRES);                       // sum, names, directives, every statement
 * for (MigrationFile file : dir.files()) {                // in run order
 *     String hash = dir.sum().hashOf(file.name()).orElseThrow();  // the revision's hash column
 *     for (MigrationStatement s : file.statements(SqlSyntax.POSTGRES)) {
 *         // run s.text(); record s.hash() in partial_hashes; report failures at s.location()
 *     }
 * }
 * }</pre>
 */
public final class MigrationDirectory {

    private static final DateTimeFormatter VERSION_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final DirectorySource source;
    private final DirectoryFormat format;
    private final List<MigrationFile> files;
    private final List<MigrationFile> hashed;
    private final List<DirectoryProblem> layoutProblems;
    private final Optional<byte[]> writtenSum;
    private volatile SumFile sum;
    private volatile Optional<MigrationDirectoryException> sumFailure;

    private MigrationDirectory(DirectorySource source, DirectoryFormat format, List<MigrationFile> files,
            List<MigrationFile> hashed, List<DirectoryProblem> layoutProblems, Optional<byte[]> writtenSum) {
        this.source = source;
        this.format = format;
        this.files = List.copyOf(files);
        this.hashed = List.copyOf(hashed);
        this.layoutProblems = List.copyOf(layoutProblems);
        this.writtenSum = writtenSum;
    }

    /**
     * The Atlas-format directory in {@code folder}.
     *
     * @throws MigrationException when the folder does not exist or cannot be read
     */
    public static MigrationDirectory open(Path folder) {
        return open(folder, DirectoryFormat.ATLAS);
    }

    /**
     * The directory in {@code folder}, laid out as {@code format} says.
     *
     * @throws MigrationException when the folder does not exist or cannot be read
     */
    public static MigrationDirectory open(Path folder, DirectoryFormat format) {
        return load(new PathSource(folder, PathSource.describe(folder), true), format);
    }

    /**
     * The directory an application ships on its classpath, such as {@code db/migrations}, found by the
     * thread's context class loader (or this library's): a folder, or entries of a jar. The location may
     * end with {@code ?format=NAME}. A classpath directory cannot be written.
     *
     * @throws MigrationException when neither the folder nor its {@code atlas.sum} is on the classpath
     */
    public static MigrationDirectory classpath(String location) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return classpath(location, loader != null ? loader : MigrationDirectory.class.getClassLoader());
    }

    /**
     * The directory at {@code location} on the classpath of {@code loader}; see {@link #classpath(String)}.
     *
     * @throws MigrationException when neither the folder nor its {@code atlas.sum} is on the classpath
     */
    public static MigrationDirectory classpath(String location, ClassLoader loader) {
        return DirectoryUrl.classpath(location, loader);
    }

    /**
     * The directory a URL names as Atlas's {@code --dir} does: {@code file://migrations},
     * {@code file:///srv/app/migrations?format=flyway}, or {@code classpath:db/migrations}.
     *
     * @throws MigrationException when the URL is not one of these, names an unknown format (the
     *     message lists the formats there are), or names no directory
     */
    public static MigrationDirectory fromUrl(String url) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return DirectoryUrl.open(url, loader != null ? loader : MigrationDirectory.class.getClassLoader());
    }

    /**
     * A directory held in memory, for a directory built on the fly and for tests; it cannot be written.
     *
     * @param files the content of each file by its path relative to the directory, {@code atlas.sum} included
     */
    public static MigrationDirectory inMemory(DirectoryFormat format, Map<String, byte[]> files) {
        return load(new MemorySource("(in memory)", files), format);
    }

    static MigrationDirectory load(DirectorySource source, DirectoryFormat format) {
        FileLayout.Layout layout = FileLayout.of(format, source.list(format == DirectoryFormat.FLYWAY));
        Map<String, MigrationFile> read = new LinkedHashMap<>();
        for (FileLayout.Entry entry : layout.hashed()) {
            byte[] bytes = source.read(entry.name()).orElseThrow(() -> new MigrationException("migration file "
                    + entry.name() + " of " + source.location() + " disappeared while the directory was read"));
            read.put(entry.name(), new MigrationFile(source.location(), format, entry.name(), entry.version(),
                    entry.description(), bytes));
        }
        List<MigrationFile> runnable = layout.runnable().stream().map(e -> read.get(e.name())).toList();
        return new MigrationDirectory(source, format, runnable, List.copyOf(read.values()), layout.problems(),
                source.read(SumFile.NAME));
    }

    /** Where the directory was read from: a path and where it is, or {@code classpath:LOCATION} and its jar or folder. */
    public String location() {
        return source.location();
    }

    public DirectoryFormat format() {
        return format;
    }

    /**
     * The migration files in the order they run: by name for Atlas, golang-migrate, goose and dbmate
     * directories, by version for Flyway's. Compare files by their position here, not by their version
     * strings, which order differently from format to format.
     */
    public List<MigrationFile> files() {
        return files;
    }

    /**
     * The files a clean database runs: from the last checkpoint file on (itself included), or all of
     * them when there is no checkpoint, as Atlas runs a directory on an empty database.
     */
    public List<MigrationFile> filesFromLastCheckpoint() {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).isCheckpoint()) {
                return files.subList(i, files.size());
            }
        }
        return files;
    }

    /**
     * The {@code atlas.sum} the directory's files should have, computed from them as they were read. Its
     * {@link SumFile#hashOf entry} for a file is what the revisions table records in its {@code hash}
     * column; a file carrying {@code -- atlas:sum ignore} has none.
     */
    public SumFile sum() {
        SumFile computed = sum;
        if (computed == null) {
            computed = SumFile.of(hashed);
            sum = computed;
        }
        return computed;
    }

    /**
     * Checks the files against the {@code atlas.sum} written in the directory, as every Atlas command does first.
     *
     * @throws MissingSumException when there are files but no {@code atlas.sum}
     * @throws MalformedSumException when {@code atlas.sum} cannot be read, naming the line
     * @throws ChecksumMismatchException when a file was added, edited or removed since, naming it and
     *     the line of {@code atlas.sum}
     */
    public void checkSum() {
        Optional<MigrationDirectoryException> failure = sumFailure();
        if (failure.isPresent()) {
            throw failure.get().withProblems(failure.get().problems());
        }
    }

    private Optional<MigrationDirectoryException> sumFailure() {
        Optional<MigrationDirectoryException> failure = sumFailure;
        if (failure == null) {
            failure = SumCheck.check(location(), writtenSum, sum(), hashed.size());
            sumFailure = failure;
        }
        return failure;
    }

    /**
     * Everything that keeps the directory from running, for {@code syntax}: the sum (missing, malformed
     * or not matching), then file by file the names (a version that does not parse, a duplicate version,
     * a file not supported yet), the encoding, the directives and the statements (a quote, comment or
     * block never closed). Empty when the directory is valid.
     */
    public List<DirectoryProblem> problems(SqlSyntax syntax) {
        return problems(syntax, files);
    }

    private List<DirectoryProblem> problems(SqlSyntax syntax, Collection<MigrationFile> toRun) {
        List<DirectoryProblem> problems = new ArrayList<>();
        sumFailure().ifPresent(failure -> problems.addAll(failure.problems()));
        problems.addAll(layoutProblems);
        Set<MigrationFile> split = Set.copyOf(toRun);
        for (MigrationFile file : files) {
            if (split.contains(file)) {
                problems.addAll(file.problems(syntax));
            }
        }
        return problems;
    }

    /**
     * Checks everything {@link #problems} does and throws if anything is wrong; the migrator and
     * {@code migrate validate} call this before anything runs.
     *
     * @throws MigrationDirectoryException listing every problem; a {@link ChecksumMismatchException},
     *     {@link MissingSumException} or {@link MalformedSumException} when one of them is with the sum
     */
    public void validate(SqlSyntax syntax) {
        validate(syntax, files);
    }

    /**
     * Like {@link #validate(SqlSyntax)}, but reads the statements of {@code toRun} only: what a run that
     * applies just those files needs. The sum still covers every file, so a file edited after it ran
     * is still caught, while a boot with nothing pending splits nothing.
     *
     * @param toRun files of this directory (from {@link #files()}) that are about to run
     * @throws MigrationDirectoryException as {@link #validate(SqlSyntax)} does
     */
    public void validate(SqlSyntax syntax, Collection<MigrationFile> toRun) {
        List<DirectoryProblem> problems = problems(syntax, toRun);
        if (problems.isEmpty()) {
            return;
        }
        throw sumFailure()
                .map(failure -> failure.withProblems(problems))
                .orElseGet(() -> new MigrationDirectoryException(location(), problems));
    }

    /**
     * Checks the sum and the file names, reading no statement: what a migration run checks before it
     * connects to the database (the statements of the files it will run are checked once it knows them).
     *
     * @throws MigrationDirectoryException as {@link #validate(SqlSyntax)} does
     */
    public void validateBeforeConnecting() {
        validate(null, List.of());
    }

    /** The version for a new file now: see {@link #nextVersion(Clock)}. */
    public String nextVersion() {
        return nextVersion(Clock.systemUTC());
    }

    /**
     * The version for a new file, as Atlas's {@code migrate new} names it: the time of {@code clock} in
     * UTC as {@code yyyyMMddHHmmss}, a second later for each file that already has that version.
     */
    public String nextVersion(Clock clock) {
        Set<String> taken = files.stream().map(MigrationFile::version).collect(Collectors.toSet());
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        while (taken.contains(VERSION_FORMAT.format(at))) {
            at = at.plusSeconds(1);
        }
        return VERSION_FORMAT.format(at);
    }

    /**
     * Rewrites {@code atlas.sum} for the files as they are now, as {@code migrate hash} does. The file
     * is replaced in one step, so a crash leaves the old sum or the new one.
     *
     * @return the sum written
     * @throws MigrationException when the directory is not a folder or the sum cannot be written
     */
    public SumFile writeSum() {
        Path folder = writableFolder();
        SumFile sum = sum();
        try {
            AtomicFiles.replace(folder.resolve(SumFile.NAME), sum.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MigrationException("cannot write " + SumFile.NAME + " in " + location() + ": " + e, e);
        }
        return sum;
    }

    /**
     * Adds a migration file, as {@code migrate new} and {@code migrate diff} do, and rewrites
     * {@code atlas.sum} to cover it. The file is named as the directory's format names files:
     * {@code VERSION_NAME.sql}, Flyway's {@code VVERSION__NAME.sql}, or golang-migrate's
     * {@code VERSION_NAME.up.sql} with an empty {@code .down.sql} beside it; goose and dbmate files get
     * their up and down markers around {@code content}.
     *
     * @param version the new file's version, normally {@link #nextVersion()}
     * @param name what the file does, such as {@code add_users}; may be empty
     * @param content the SQL that runs
     * @return the path of the file written
     * @throws ChecksumMismatchException (or another problem with the sum) when the directory does not
     *     match its sum already: rewriting it would accept the change unseen
     * @throws MigrationException when the version is taken or does not parse, the name has a path
     *     separator, or the directory is not a writable folder
     */
    public Path addFile(String version, String name, String content) {
        Path folder = writableFolder();
        checkSum();
        checkNewName(version, name);
        Map<String, String> written = new LinkedHashMap<>();
        switch (format) {
            case FLYWAY -> written.put("V" + version + (name.isEmpty() ? "" : "__" + name) + ".sql", content);
            case GOLANG_MIGRATE -> {
                written.put(version + (name.isEmpty() ? "" : "_" + name) + ".up.sql", content);
                written.put(version + (name.isEmpty() ? "" : "_" + name) + ".down.sql", "");
            }
            case GOOSE -> written.put(atlasName(version, name), "-- +goose Up\n" + content + "\n-- +goose Down\n");
            case DBMATE -> written.put(atlasName(version, name), "-- migrate:up\n" + content + "\n-- migrate:down\n");
            default -> written.put(atlasName(version, name), content);
        }
        for (Map.Entry<String, String> file : written.entrySet()) {
            try {
                AtomicFiles.create(folder.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException e) {
                throw new MigrationException("migration file " + file.getKey() + " already exists in " + location());
            } catch (IOException e) {
                throw new MigrationException("cannot write " + file.getKey() + " in " + location() + ": " + e, e);
            }
        }
        load(source, format).writeSum();
        return folder.resolve(written.keySet().iterator().next());
    }

    private static String atlasName(String version, String name) {
        return version + (name.isEmpty() ? "" : "_" + name) + ".sql";
    }

    private void checkNewName(String version, String name) {
        boolean versionParses = format == DirectoryFormat.FLYWAY ? FlywayVersion.isValid(version)
                : format == DirectoryFormat.ATLAS ? !version.isEmpty() && version.indexOf('_') < 0 && !version.contains("/")
                : version.chars().allMatch(c -> c >= '0' && c <= '9') && !version.isEmpty();
        if (!versionParses) {
            throw new MigrationException("\"" + version + "\" cannot be the version of a new " + format.urlName()
                    + " migration file");
        }
        if (name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new MigrationException("\"" + name + "\" cannot name a migration file: it holds a path separator or a "
                    + "control character");
        }
        for (MigrationFile file : files) {
            if (file.version().equals(version)) {
                throw new MigrationException("version " + version + " is taken by " + file.name() + " in " + location());
            }
        }
    }

    private Path writableFolder() {
        return source.folder().orElseThrow(() -> new MigrationException("migration directory " + location()
                + " cannot be written: only a folder opened with MigrationDirectory.open or a file:// URL can"));
    }

    /** The directory's location. */
    @Override
    public String toString() {
        return location();
    }
}
