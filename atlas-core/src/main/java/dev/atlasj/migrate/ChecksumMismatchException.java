package dev.atlasj.migrate;

import java.util.List;

/**
 * A migration file was added, edited or removed after {@code atlas.sum} was written, as Atlas's
 * {@code migrate validate} reports it: the first file, in sum order, that differs.
 */
public class ChecksumMismatchException extends MigrationDirectoryException {

    /** How the directory differs from its sum at {@link #file()}. */
    public enum Reason {
        /** The file is in the directory but not in {@code atlas.sum}. */
        ADDED,
        /** The file's content changed. */
        EDITED,
        /** {@code atlas.sum} lists the file but the directory no longer holds it. */
        REMOVED
    }

    private final String file;
    private final Reason reason;
    private final int sumLine;

    ChecksumMismatchException(String directory, List<DirectoryProblem> problems, String file, Reason reason,
            int sumLine) {
        super(directory, problems);
        this.file = file;
        this.reason = reason;
        this.sumLine = sumLine;
    }

    @Override
    ChecksumMismatchException withProblems(List<DirectoryProblem> all) {
        return new ChecksumMismatchException(directory(), all, file, reason, sumLine);
    }

    /** The migration file that was added, edited or removed. */
    public String file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The 1-based line of {@code atlas.sum} where the difference shows (where an added file would go). */
    public int sumLine() {
        return sumLine;
    }
}
