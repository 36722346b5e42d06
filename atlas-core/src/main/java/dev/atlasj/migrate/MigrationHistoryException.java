package dev.atlasj.migrate;

/**
 * The database's revisions and the directory do not fit together, so the run is refused before
 * anything runs: a database that is not clean and has no baseline, a file older than the last applied
 * one, a partly applied file that is gone or whose statements that already ran were changed.
 */
public class MigrationHistoryException extends MigrationException {

    public MigrationHistoryException(String message) {
        super(message);
    }
}
