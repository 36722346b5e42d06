package dev.atlasj.migrate;

import java.util.List;

/**
 * A migration directory is not valid as it stands, so nothing of it may run. Carries every problem
 * found at once; the subtypes {@link ChecksumMismatchException}, {@link MissingSumException} and
 * {@link MalformedSumException} are thrown instead when one of the problems is with {@code atlas.sum}.
 */
public class MigrationDirectoryException extends MigrationException {

    private final String directory;
    private final List<DirectoryProblem> problems;

    public MigrationDirectoryException(String directory, List<DirectoryProblem> problems) {
        super(message(directory, problems));
        this.directory = directory;
        this.problems = List.copyOf(problems);
    }

    /** Where the directory was read from, as {@link MigrationDirectory#location()} gives it. */
    public String directory() {
        return directory;
    }

    /** Every problem found, those of {@code atlas.sum} first, then file by file in run order. */
    public List<DirectoryProblem> problems() {
        return problems;
    }

    /** The same failure, carrying {@code all} problems of the directory (this one among them). */
    MigrationDirectoryException withProblems(List<DirectoryProblem> all) {
        return new MigrationDirectoryException(directory, all);
    }

    private static String message(String directory, List<DirectoryProblem> problems) {
        if (problems.size() == 1) {
            return "migration directory " + directory + ": " + problems.get(0);
        }
        StringBuilder message = new StringBuilder("migration directory " + directory + " has " + problems.size()
                + " problems:");
        for (DirectoryProblem problem : problems) {
            message.append("\n  ").append(problem);
        }
        return message.toString();
    }
}
