package dev.atlasj;

/** A database could not be reached, refused the credentials, or does not exist. */
public class ConnectionException extends AtlasException {

    public ConnectionException(String message) {
        super(message);
    }

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
