package dev.atlasj;

/** Two schemas cannot be compared as asked, for example because a rename hint names nothing. */
public class DiffException extends AtlasException {

    public DiffException(String message) {
        super(message);
    }
}
