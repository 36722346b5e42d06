package dev.atlasj.testkit;

/** No provider in the chain could give a database server. The message says how to provide one. */
public final class NoDatabaseAvailableException extends RuntimeException {

    NoDatabaseAvailableException(String message) {
        super(message);
    }
}
