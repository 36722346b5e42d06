package dev.atlasj;

/** A change cannot be planned, for example because the database cannot perform it in place. */
public class PlanException extends AtlasException {

    public PlanException(String message) {
        super(message);
    }
}
