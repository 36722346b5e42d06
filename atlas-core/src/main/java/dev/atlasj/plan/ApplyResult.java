package dev.atlasj.plan;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What an apply did: each statement run and how long it took.
 *
 * @param statements the statements, in the order they ran
 * @param total the wall-clock time of the whole apply
 */
public record ApplyResult(List<AppliedStatement> statements, Duration total) {

    public ApplyResult {
        statements = List.copyOf(statements);
    }

    /**
     * One statement that ran.
     *
     * @param sql the statement
     * @param duration how long the database took
     */
    public record AppliedStatement(String sql, Duration duration) {
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d statement%s applied in %d ms", statements.size(),
                statements.size() == 1 ? "" : "s", total.toMillis());
    }
}
