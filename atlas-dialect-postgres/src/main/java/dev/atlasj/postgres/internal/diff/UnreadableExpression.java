package dev.atlasj.postgres.internal.diff;

/**
 * Thrown inside this package when an expression uses syntax it does not interpret; the caller then
 * keeps the expression exactly as written. Never leaves the package.
 */
final class UnreadableExpression extends RuntimeException {

    UnreadableExpression(String reason) {
        super(reason, null, false, false);
    }
}
