package dev.atlasj.state;

import dev.atlasj.AtlasException;

/**
 * A desired state cannot be read: a file is missing or unreadable, its SQL fails on the dev database,
 * two composed sources define one object differently, or a SQL source has no dev database to run on.
 * The message names the source, file and object at fault.
 */
public class DesiredStateException extends AtlasException {

    public DesiredStateException(String message) {
        super(message);
    }

    public DesiredStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
