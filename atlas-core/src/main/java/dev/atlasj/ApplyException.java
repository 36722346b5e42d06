package dev.atlasj;

/**
 * A statement of a plan failed on the database. The message names the statement, the database's
 * error and what state the database was left in.
 */
public class ApplyException extends AtlasException {

    private final String statement;
    private final int applied;

    public ApplyException(String message, String statement, int applied, Throwable cause) {
        super(message, cause);
        this.statement = statement;
        this.applied = applied;
    }

    /** The statement that failed. */
    public String statement() {
        return statement;
    }

    /** How many statements before it were applied and stayed applied. */
    public int applied() {
        return applied;
    }
}
