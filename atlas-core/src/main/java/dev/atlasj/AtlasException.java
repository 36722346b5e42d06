package dev.atlasj;

/**
 * The root of every exception the library throws on purpose.
 *
 * <p>Messages are written for the person running the tool: they name the object, file or line at
 * fault and never contain a password. Catch a subtype to react to one kind of failure.
 */
public class AtlasException extends RuntimeException {

    public AtlasException(String message) {
        super(message);
    }

    public AtlasException(String message, Throwable cause) {
        super(message, cause);
    }
}
