package dev.atlasj.state;

import dev.atlasj.AtlasException;

/**
 * A dev database cannot be used: it cannot be reached, or it is not empty (the message then names
 * what it holds).
 */
public class DevDatabaseException extends AtlasException {

    public DevDatabaseException(String message) {
        super(message);
    }

    public DevDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
