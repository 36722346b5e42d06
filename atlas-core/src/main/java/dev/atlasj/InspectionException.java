package dev.atlasj;

/** Reading a database's schema failed, or the server is one the library does not support. */
public class InspectionException extends AtlasException {

    public InspectionException(String message) {
        super(message);
    }

    public InspectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
