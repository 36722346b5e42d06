package dev.atlasj.migrate;

import java.util.List;

/**
 * A directory holds migration files but no {@code atlas.sum}, so nothing proves the files are the ones
 * that were reviewed. {@code migrate hash} writes the sum.
 */
public class MissingSumException extends MigrationDirectoryException {

    MissingSumException(String directory, List<DirectoryProblem> problems) {
        super(directory, problems);
    }

    @Override
    MissingSumException withProblems(List<DirectoryProblem> all) {
        return new MissingSumException(directory(), all);
    }
}
