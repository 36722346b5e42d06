package dev.atlasj.migrate;

import java.sql.SQLException;
import java.util.Objects;

/**
 * A statement of a migration file failed. The message names the file, the line and the statement, and
 * says what stayed: with a transaction nothing of the file, without one the statements before it,
 * which the revisions table records so that the next run resumes after them once the file is fixed.
 */
public class MigrationFailedException extends MigrationException {

    private final String file;
    private final int line;
    private final String statement;
    private final int applied;

    public MigrationFailedException(String message, String file, int line, String statement, int applied,
            SQLException cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.statement = Objects.requireNonNull(statement, "statement");
        this.applied = applied;
    }

    /** The migration file, relative to its directory. */
    public String file() {
        return file;
    }

    /** The 1-based line of the file where the failed statement starts. */
    public int line() {
        return line;
    }

    /** The statement that failed. */
    public String statement() {
        return statement;
    }

    /** How many statements of the file stayed applied. */
    public int applied() {
        return applied;
    }
}
