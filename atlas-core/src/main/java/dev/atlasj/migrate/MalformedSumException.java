package dev.atlasj.migrate;

import java.util.List;

/**
 * {@code atlas.sum} cannot be read: a line is not {@code NAME h1:HASH}, or its first line (the hash
 * of the whole directory) does not match the entries below it, as after a hand-resolved merge.
 * {@code migrate hash} rewrites it.
 */
public class MalformedSumException extends MigrationDirectoryException {

    private final int line;

    MalformedSumException(String directory, List<DirectoryProblem> problems, int line) {
        super(directory, problems);
        this.line = line;
    }

    @Override
    MalformedSumException withProblems(List<DirectoryProblem> all) {
        return new MalformedSumException(directory(), all, line);
    }

    /** The 1-based line of {@code atlas.sum} at fault. */
    public int line() {
        return line;
    }
}
