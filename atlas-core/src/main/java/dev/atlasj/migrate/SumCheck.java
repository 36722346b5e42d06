package dev.atlasj.migrate;

import dev.atlasj.migrate.ChecksumMismatchException.Reason;
import dev.atlasj.migrate.DirectoryProblem.Kind;
import java.util.List;
import java.util.Optional;

/** Compares a directory with its {@code atlas.sum} as Atlas's {@code migrate.Validate} does. */
final class SumCheck {

    private SumCheck() {
    }

    /**
     * What is wrong between the sum of a directory's {@code files} and the sum written for them, if
     * anything: no sum while there are files, a sum that does not parse, or the first entry that differs.
     */
    static Optional<MigrationDirectoryException> check(String directory, Optional<byte[]> written, SumFile actual,
            int files) {
        if (written.isEmpty()) {
            if (files == 0) {
                return Optional.empty();
            }
            return Optional.of(new MissingSumException(directory, List.of(new DirectoryProblem(Kind.MISSING_SUM,
                    SumFile.NAME, 0, "is missing, though the directory holds " + files + " migration file"
                            + (files == 1 ? "" : "s") + ": run migrate hash to write it"))));
        }
        SumFile expected;
        try {
            expected = SumFile.parse(directory, written.get());
        } catch (MalformedSumException e) {
            return Optional.of(e);
        }
        if (expected.sum().equals(actual.sum())) {
            return Optional.empty();
        }
        return Optional.of(mismatch(directory, expected.entries(), actual.entries()));
    }

    /** The first entry of the sum that the directory no longer matches, found as Atlas finds it. */
    private static ChecksumMismatchException mismatch(String directory, List<SumFile.Entry> expected,
            List<SumFile.Entry> actual) {
        for (int i = 0; i < expected.size(); i++) {
            SumFile.Entry entry = expected.get(i);
            if (i < actual.size() && actual.get(i).equals(entry)) {
                continue;
            }
            int at = indexOf(actual, entry.name());
            if (at < 0 || i >= actual.size()) {
                return exception(directory, entry.name(), Reason.REMOVED, i + 2,
                        "is listed in atlas.sum but is no longer in the directory");
            }
            if (at == i) {
                return exception(directory, entry.name(), Reason.EDITED, i + 2, "changed after atlas.sum was written: "
                        + "if the change is meant and the file has not run anywhere yet, run migrate hash to accept it");
            }
            return exception(directory, actual.get(i).name(), Reason.ADDED, i + 2, ADDED);
        }
        return exception(directory, actual.get(expected.size()).name(), Reason.ADDED, expected.size() + 2, ADDED);
    }

    private static final String ADDED = "is not in atlas.sum (it was added after the sum was written): run migrate hash "
            + "to add it";

    private static ChecksumMismatchException exception(String directory, String file, Reason reason, int line,
            String what) {
        return new ChecksumMismatchException(directory,
                List.of(new DirectoryProblem(Kind.CHECKSUM_MISMATCH, SumFile.NAME, line, file + " " + what)),
                file, reason, line);
    }

    private static int indexOf(List<SumFile.Entry> entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
