package dev.atlasj.url;

import dev.atlasj.AtlasException;

/** A URL could not be understood: an unknown scheme, a malformed part, a parameter that makes no sense. */
public class InvalidUrlException extends AtlasException {

    public InvalidUrlException(String message) {
        super(message);
    }
}
