package dev.atlasj.migrate;

import dev.atlasj.migrate.DirectoryProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which files of a directory are migrations in a given format, what their names say, and the order
 * Atlas hashes and runs them in: the rules of Atlas's {@code LocalDir} and of its golang-migrate, goose,
 * dbmate and Flyway readers.
 */
final class FileLayout {

    /** A migration file found by its name, before it is read. */
    record Entry(String name, String version, String description) {
    }

    /**
     * What a directory holds.
     *
     * @param hashed the files {@code atlas.sum} covers, in Atlas's order
     * @param runnable the files that run, in order (all of {@code hashed} but Flyway's repeatable files)
     * @param problems versions that do not parse, duplicate versions, files not supported yet
     */
    record Layout(List<Entry> hashed, List<Entry> runnable, List<DirectoryProblem> problems) {
    }

    /** Orders names by their UTF-8 bytes, as Go sorts strings. */
    static final Comparator<String> BYTE_ORDER = (a, b) ->
            Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    /** The order Go's {@code fs.WalkDir} visits paths in: folder by folder, each folder's entries by name. */
    private static final Comparator<String> WALK_ORDER = (a, b) -> {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = BYTE_ORDER.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private FileLayout() {
    }

    /**
     * The migrations among {@code names}: for Flyway every file below the directory, for the other
     * formats those of its top folder.
     */
    static Layout of(DirectoryFormat format, List<String> names) {
        return format == DirectoryFormat.FLYWAY ? flyway(names) : topFolder(format, names);
    }

    private static Layout topFolder(DirectoryFormat format, List<String> names) {
        String suffix = format == DirectoryFormat.GOLANG_MIGRATE ? ".up.sql" : ".sql";
        List<Entry> entries = new ArrayList<>();
        List<DirectoryProblem> problems = new ArrayList<>();
        for (String name : names.stream().filter(n -> n.indexOf('/') < 0 && n.endsWith(suffix)).sorted(BYTE_ORDER).toList()) {
            String stem = name.substring(0, name.length() - ".sql".length());
            int underscore = stem.indexOf('_');
            String version = underscore < 0 ? stem : stem.substring(0, underscore);
            String description = underscore < 0 ? "" : stem.substring(underscore + 1);
            if (format == DirectoryFormat.GOLANG_MIGRATE && description.endsWith(".up")) {
                description = description.substring(0, description.length() - ".up".length());
            }
            entries.add(new Entry(name, version, description));
            versionProblem(format, name, version).ifPresent(problems::add);
        }
        problems.addAll(duplicates(entries, Comparator.naturalOrder()));
        return new Layout(entries, entries, problems);
    }

    private static Optional<DirectoryProblem> versionProblem(DirectoryFormat format, String name, String version) {
        if (format == DirectoryFormat.ATLAS) {
            return version.isEmpty()
                    ? Optional.of(new DirectoryProblem(Kind.VERSION, name, 0,
                            "has no version: migration files are named VERSION[_DESCRIPTION].sql"))
                    : Optional.empty();
        }
        return version.chars().allMatch(c -> c >= '0' && c <= '9') && !version.isEmpty()
                ? Optional.empty()
                : Optional.of(new DirectoryProblem(Kind.VERSION, name, 0, "version \"" + version
                        + "\" is not a number, as " + format.urlName() + " requires"));
    }

    /**
     * Flyway's files, as Atlas reads them: {@code V}, {@code B} and {@code R} files with a {@code .sql}
     * name of four characters or more, anywhere outside hidden folders; the latest baseline, then the
     * versioned files after it in version order, then the repeatable ones (which are refused here).
     */
    private static Layout flyway(List<String> names) {
        List<Entry> baselines = new ArrayList<>();
        List<Entry> versioned = new ArrayList<>();
        List<Entry> repeatable = new ArrayList<>();
        List<DirectoryProblem> problems = new ArrayList<>();
        for (String name : names.stream().sorted(WALK_ORDER).toList()) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (!base.endsWith(".sql") || base.length() < 4 || "VBR".indexOf(base.charAt(0)) < 0) {
                continue;
            }
            int separator = name.indexOf("__");
            String description = separator < 0 ? "" : name.substring(separator + 2, name.length() - ".sql".length());
            if (base.charAt(0) == 'R') {
                repeatable.add(new Entry(name, "", description));
                problems.add(new DirectoryProblem(Kind.UNSUPPORTED_FILE, name, 0,
                        "Flyway repeatable migrations (R__) are not supported yet: move its SQL into a versioned file"));
                continue;
            }
            String stem = base.substring(1, base.length() - ".sql".length());
            int versionEnd = stem.indexOf("__");
            String version = versionEnd < 0 ? stem : stem.substring(0, versionEnd);
            if (!FlywayVersion.isValid(version)) {
                problems.add(new DirectoryProblem(Kind.VERSION, name, 0, "version \"" + version
                        + "\" does not parse: Flyway versions are numbers separated by dots or underscores"));
            }
            (base.charAt(0) == 'B' ? baselines : versioned).add(new Entry(name, version, description));
        }
        problems.addAll(duplicates(baselines, FlywayVersion.ORDER));
        Optional<Entry> baseline = baselines.stream().max(Comparator.comparing(Entry::version, FlywayVersion.ORDER));
        List<Entry> runnable = new ArrayList<>();
        baseline.ifPresent(runnable::add);
        versioned.stream()
                .filter(v -> baseline.isEmpty() || FlywayVersion.ORDER.compare(v.version(), baseline.get().version()) > 0)
                .sorted(Comparator.comparing(Entry::version, FlywayVersion.ORDER))
                .forEach(runnable::add);
        problems.addAll(duplicates(runnable, FlywayVersion.ORDER));
        List<Entry> hashed = new ArrayList<>(runnable);
        hashed.addAll(repeatable);
        return new Layout(hashed, runnable, problems);
    }

    private static List<DirectoryProblem> duplicates(List<Entry> entries, Comparator<String> versions) {
        List<DirectoryProblem> problems = new ArrayList<>();
        Map<String, Entry> seen = new TreeMap<>(versions);
        for (Entry entry : entries) {
            Entry first = seen.putIfAbsent(entry.version(), entry);
            if (first != null) {
                problems.add(new DirectoryProblem(Kind.DUPLICATE_VERSION, entry.name(), 0, "version " + entry.version()
                        + " is also the version of " + first.name()));
            }
        }
        return problems;
    }
}
