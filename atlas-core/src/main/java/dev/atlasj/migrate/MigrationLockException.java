package dev.atlasj.migrate;

/**
 * Another session held the migration lock for longer than the run was willing to wait. The message
 * names the holder as the server knows it (process or connection id, application, user and address).
 */
public class MigrationLockException extends MigrationException {

    public MigrationLockException(String message) {
        super(message);
    }
}
