package dev.atlasj.conformance;

import dev.atlasj.sql.SqlSyntaxException;
import dev.atlasj.sql.Statement;
import dev.atlasj.sql.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Loads a case's script statement by statement, retrying the statements that failed until a round
 * makes no progress. The suites' authors wrote for tools that sort statements by dependency
 * themselves, so a table may come before the table it references; the database is the judge of
 * what the script means, this only finds an order in which it accepts it.
 *
 * @param dialect how the script splits and what the server's errors say
 * @param rewrite what each statement becomes before it runs (on MySQL: the suite's database name
 *     replaced by the harness's)
 */
record ScriptLoader(DialectUnderTest dialect, UnaryOperator<String> rewrite) {

    private static final String DUPLICATE_SCHEMA = "42P06";

    /** A loader that runs the statements as written. */
    static ScriptLoader of(DialectUnderTest dialect) {
        return new ScriptLoader(dialect, UnaryOperator.identity());
    }

    /**
     * Runs {@code script} on {@code connection}, which must be in auto-commit mode.
     *
     * @param schemasExist whether the harness created schemas beforehand, so that a {@code CREATE SCHEMA}
     *     failing because the schema exists has done its job
     * @return why the script does not load, or empty when every statement ran
     */
    Optional<String> load(Connection connection, String script, boolean schemasExist) {
        List<Statement> pending;
        try {
            pending = StatementSplitter.split(script, dialect.syntax());
        } catch (SqlSyntaxException e) {
            return Optional.of("the script does not split into statements: " + e.getMessage());
        }
        while (!pending.isEmpty()) {
            List<Statement> failed = new ArrayList<>();
            String firstError = null;
            for (Statement statement : pending) {
                try (java.sql.Statement jdbc = connection.createStatement()) {
                    jdbc.execute(rewrite.apply(statement.text()));
                } catch (SQLException e) {
                    if (schemasExist && DUPLICATE_SCHEMA.equals(e.getSQLState())) {
                        continue;
                    }
                    failed.add(statement);
                    if (firstError == null) {
                        firstError = "line " + statement.line() + ": " + dialect.errorMessage(e);
                    }
                }
            }
            if (failed.size() == pending.size()) {
                return Optional.of(firstError);
            }
            pending = failed;
        }
        return Optional.empty();
    }
}
