package dev.atlasj.migrate;

import dev.atlasj.AtlasException;

/**
 * A versioned migration cannot go ahead: the directory cannot be read or is not valid, or a run fails.
 * Subtypes say which; the message names the directory, file and line at fault.
 */
public class MigrationException extends AtlasException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
