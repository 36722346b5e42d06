package dev.atlasj.postgres;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import dev.atlasj.sql.SqlSyntax;
import dev.atlasj.sql.SqlSyntaxException;
import dev.atlasj.sql.Statement;
import dev.atlasj.sql.StatementSplitter;
import dev.atlasj.state.DevSession;
import dev.atlasj.state.DevSessions;
import dev.atlasj.state.SqlScript;
import dev.atlasj.state.SqlScriptException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session on a {@link PostgresDevDatabase}: one connection in one transaction, rolled back at close.
 *
 * <p>Scripts may wrap their statements in {@code BEGIN} … {@code COMMIT}: since the whole session is
 * one transaction, those statements are skipped. A {@code ROLLBACK} or {@code ABORT} would throw the
 * state away before it is read and is refused; {@code SAVEPOINT} and {@code ROLLBACK TO} work as usual.
 */
final class PostgresDevSession implements DevSession {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDevSession.class);

    private final Connection connection;
    private final PostgresDialect dialect;

    PostgresDevSession(Connection connection, PostgresDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public void run(SqlScript script) {
        List<Statement> statements;
        try {
            statements = StatementSplitter.split(script.text(), SqlSyntax.POSTGRES);
        } catch (SqlSyntaxException e) {
            throw new SqlScriptException(script.name(), e.line(), e.problem(), e);
        }
        for (Statement statement : statements) {
            switch (TransactionControl.of(statement.text())) {
                case NONE -> execute(script, statement);
                case REDUNDANT -> LOG.debug("{}:{}: skipped, the dev database runs the whole state in one transaction: {}",
                        script.name(), statement.line(), statement.text());
                case ENDS_TRANSACTION -> throw new SqlScriptException(script.name(), statement.line(),
                        firstWord(statement.text()) + " would throw the desired state away before it is read;"
                                + " a desired state cannot end its transaction", null);
            }
        }
    }

    private void execute(SqlScript script, Statement statement) {
        try {
            execute(statement.text());
        } catch (SQLException e) {
            int position = e instanceof PSQLException p && p.getServerErrorMessage() != null
                    ? p.getServerErrorMessage().getPosition() : 0;
            int line = position > 0 ? statement.lineOf(position - 1) : statement.line();
            throw new SqlScriptException(script.name(), line, message(e), e);
        }
    }

    @Override
    public void apply(List<SchemaChange> changes, String source) {
        DevSessions.apply(dialect, changes, source, this::execute, PostgresDevSession::message);
    }

    /** Runs {@code sql} as written: without JDBC escape processing, so PostgreSQL's error positions match the text. */
    private void execute(String sql) throws SQLException {
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            jdbc.execute(sql);
        }
    }

    @Override
    public Realm inspect() {
        return dialect.inspector().inspect(connection, InspectOptions.allSchemas());
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Could not roll back the dev database session ({}); closing its connection rolls it back",
                    e.getMessage());
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the dev database connection: {}", e.getMessage());
            }
        }
    }

    /** PostgreSQL's message, with its detail and hint when it gives them. */
    private static String message(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (server == null || server.getMessage() == null) {
            return String.valueOf(e.getMessage());
        }
        StringBuilder message = new StringBuilder(server.getMessage());
        for (String more : Arrays.asList(server.getDetail(), server.getHint())) {
            if (more != null && !more.isBlank()) {
                message.append(" (").append(more.strip()).append(')');
            }
        }
        return message.toString();
    }

    private static String firstWord(String sql) {
        return sql.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    /** How a statement bears on the session's transaction. */
    enum TransactionControl {
        /** An ordinary statement. */
        NONE,
        /** Starts or commits a transaction: nothing to do inside the session's own. */
        REDUNDANT,
        /** Rolls the transaction back. */
        ENDS_TRANSACTION;

        static TransactionControl of(String sql) {
            String[] words = sql.toUpperCase(Locale.ROOT).split("[\\s;]+", 4);
            String first = words[0];
            int next = words.length > 1 && (words[1].equals("WORK") || words[1].equals("TRANSACTION")) ? 2 : 1;
            String second = words.length > next ? words[next] : "";
            if (first.equals("BEGIN") || first.equals("END") || (first.equals("COMMIT") && !second.equals("PREPARED"))
                    || (first.equals("START") && second.equals("TRANSACTION"))) {
                return REDUNDANT;
            }
            if ((first.equals("ROLLBACK") || first.equals("ABORT")) && !second.equals("TO") && !second.equals("PREPARED")) {
                return ENDS_TRANSACTION;
            }
            return NONE;
        }
    }
}
