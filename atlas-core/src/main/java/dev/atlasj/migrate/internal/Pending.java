package dev.atlasj.migrate.internal;

import dev.atlasj.migrate.ExecOrder;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationHistoryException;
import dev.atlasj.migrate.Revision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files a run applies, worked out from a directory and the revisions a database records, as Atlas's
 * {@code Executor.Pending} does. Files are compared by their place in the directory, which is version
 * order for every format; a revision whose file is gone is placed by comparing version strings, as Atlas does.
 *
 * @param files the files to apply, in order; the first is partly applied when {@link #resumed} is present
 * @param outOfOrder files older than the last applied one that never ran
 * @param resumed the revision of the partly applied file the run resumes
 * @param last the last revision
 */
public record Pending(List<MigrationFile> files, List<MigrationFile> outOfOrder, Optional<Revision> resumed,
        Optional<Revision> last) {

    /** What is pending on a database that records no revision: everything from the last checkpoint on. */
    public static Pending fresh(MigrationDirectory directory) {
        return new Pending(directory.filesFromLastCheckpoint(), List.of(), Optional.empty(), Optional.empty());
    }

    /** What is pending after a baseline at {@code version}: the files after it. */
    public static Pending afterBaseline(MigrationDirectory directory, MigrationFile baseline) {
        List<MigrationFile> all = directory.files();
        List<MigrationFile> after = all.subList(all.indexOf(baseline) + 1, all.size()).stream()
                .filter(f -> !f.isCheckpoint()).toList();
        return new Pending(after, List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * What is pending given the database's {@code revisions} (not empty).
     *
     * @throws MigrationHistoryException when the partly applied file is gone, or, with
     *     {@link ExecOrder#LINEAR}, when a file older than the last applied one never ran
     */
    public static Pending of(MigrationDirectory directory, List<Revision> revisions, ExecOrder order) {
        List<MigrationFile> files = directory.files();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            position.put(files.get(i).version(), i);
        }
        List<Revision> ordered = new ArrayList<>(revisions);
        if (ordered.stream().allMatch(r -> position.containsKey(r.version()))) {
            ordered.sort(Comparator.comparing(r -> position.get(r.version())));
        }
        Revision first = ordered.get(0);
        Revision last = ordered.get(ordered.size() - 1);
        int lastAt = position.getOrDefault(last.version(), -1);
        if (last.isPartial() && lastAt < 0) {
            throw new MigrationHistoryException("revision " + last.version() + " is partly applied (" + last.applied()
                    + " of " + last.total() + " statements) but no file of " + directory.location() + " has that "
                    + "version: restore the file, or resolve the revision with set(VERSION)");
        }
        int start = lastAt < 0 ? firstAfter(files, last.version()) : last.isPartial() ? lastAt : lastAt + 1;
        List<MigrationFile> pending = new ArrayList<>();
        for (int i = start; i < files.size(); i++) {
            MigrationFile file = files.get(i);
            if (i == lastAt || !file.isCheckpoint()) {
                pending.add(file);
            }
        }
        Set<String> recorded = revisions.stream().map(Revision::version).collect(Collectors.toSet());
        Integer firstAt = position.get(first.version());
        List<MigrationFile> skipped = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            MigrationFile file = files.get(i);
            boolean afterFirst = firstAt != null ? i > firstAt : file.version().compareTo(first.version()) > 0;
            if (afterFirst && !recorded.contains(file.version()) && !file.isCheckpoint()) {
                skipped.add(file);
            }
        }
        Optional<Revision> resumed = last.isPartial() ? Optional.of(last) : Optional.empty();
        switch (order) {
            case LINEAR -> {
                if (!skipped.isEmpty()) {
                    throw new MigrationHistoryException("migration file " + skipped.get(0).name() + " has not run, "
                            + "but the later version " + last.version() + " has: "
                            + (skipped.size() == 1 ? "" : skipped.size() + " files are out of order. ")
                            + "Give the file a version after " + last.version() + ", or run with ExecOrder.LINEAR_SKIP "
                            + "(leave it out) or ExecOrder.NON_LINEAR (run it now)");
                }
            }
            case NON_LINEAR -> {
                skipped.addAll(pending);
                pending = skipped;
            }
            case LINEAR_SKIP -> {
            }
        }
        return new Pending(pending, order == ExecOrder.NON_LINEAR ? List.of() : skipped, resumed, Optional.of(last));
    }

    private static int firstAfter(List<MigrationFile> files, String version) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).version().compareTo(version) > 0) {
                return i;
            }
        }
        return files.size();
    }
}
