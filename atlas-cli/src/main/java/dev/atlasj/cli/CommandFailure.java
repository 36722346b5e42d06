package dev.atlasj.cli;

/**
 * A command failed for a reason the user can act on. The message is complete as it stands: it
 * names the URL (redacted), what went wrong and what to do; {@link ErrorReporter} prints it after
 * {@code Error: }.
 */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
