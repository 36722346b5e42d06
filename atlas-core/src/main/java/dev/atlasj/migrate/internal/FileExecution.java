package dev.atlasj.migrate.internal;

import dev.atlasj.dialect.MigrationSupport;
import dev.atlasj.migrate.MigrateResult.AppliedFile;
import dev.atlasj.migrate.MigrationFailedException;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationHistoryException;
import dev.atlasj.migrate.MigrationListener;
import dev.atlasj.migrate.MigrationStatement;
import dev.atlasj.migrate.Revision;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one migration file as Atlas's {@code Executor.Execute} does: the revision is written before the
 * first statement, then again after each one with {@code applied} and the cumulative statement hashes,
 * and with the error and the failed statement when one fails. A partly applied file resumes after its
 * last good statement once the hashes of the statements that ran are found unchanged.
 *
 * <p>Whether the file runs in a transaction is the caller's business (the connection's auto-commit
 * state); a statement that cannot run in one commits what came before it, runs alone, and the
 * transaction starts again after it.
 */
final class FileExecution {

    private static final Logger LOG = LoggerFactory.getLogger(FileExecution.class);

    private final Connection connection;
    private final MigrationSupport support;
    private final RevisionTable table;
    private final String operator;
    private final MigrationListener listener;

    FileExecution(Connection connection, MigrationSupport support, RevisionTable table, String operator,
            MigrationListener listener) {
        this.connection = connection;
        this.support = support;
        this.table = table;
        this.operator = operator;
        this.listener = listener;
    }

    /** The statements of a partly applied file that already ran: checked unchanged, or an error naming the first that changed. */
    static int resumeAt(MigrationFile file, List<MigrationStatement> statements, Optional<Revision> previous) {
        if (previous.isEmpty() || !previous.get().isPartial()) {
            return 0;
        }
        Revision revision = previous.get();
        int applied = revision.applied();
        if (applied > statements.size()) {
            throw new MigrationHistoryException("migration file " + file.name() + " has " + statements.size()
                    + " statements, but " + applied + " of it already ran: statements that ran cannot be removed");
        }
        for (int i = 0; i < applied; i++) {
            if (i >= revision.partialHashes().size() || !revision.partialHashes().get(i).equals(statements.get(i).hash())) {
                MigrationStatement changed = statements.get(i);
                throw new MigrationHistoryException("migration file " + file.name() + " was partly applied ("
                        + applied + " of " + revision.total() + " statements), and the statement at "
                        + changed.location() + " that already ran has changed since: only the statements after it "
                        + "may be fixed");
            }
        }
        return applied;
    }

    /** Runs {@code file} from statement {@code from} on; {@code hash} is its {@code atlas.sum} entry. */
    AppliedFile run(MigrationFile file, String hash, List<MigrationStatement> statements, int from,
            Optional<Revision> previous) throws SQLException {
        long start = System.nanoTime();
        Instant executedAt = previous.filter(Revision::isPartial).map(Revision::executedAt).orElseGet(Instant::now);
        List<String> partial = new ArrayList<>();
        for (int i = 0; i < from; i++) {
            partial.add(statements.get(i).hash());
        }
        int type = previous.filter(Revision::isPartial).map(Revision::type).orElse(Revision.EXECUTE);
        Progress progress = new Progress(previous.isPresent(), !connection.getAutoCommit() && support.rollsBackDdl());
        progress.record(revision(file, type, from, statements.size(), executedAt, start, hash, partial, null, null));
        listener.fileStarting(file, from);
        for (int i = from; i < statements.size(); i++) {
            MigrationStatement statement = statements.get(i);
            boolean isolated = !connection.getAutoCommit() && !support.runsInTransaction(statement.text());
            try {
                if (isolated) {
                    progress.flush();
                    connection.commit();
                    connection.setAutoCommit(true);
                }
                execute(statement.text());
            } catch (SQLException e) {
                Revision failed = revision(file, type, i, statements.size(), executedAt, start, hash, partial, e,
                        statement);
                throw failure(file, statement, failed, e);
            }
            partial.add(statement.hash());
            listener.statementRan(statement);
            progress.record(revision(file, type, i + 1, statements.size(), executedAt, start, hash, partial, null, null));
            if (isolated) {
                progress.flush();
                connection.setAutoCommit(false);
            }
        }
        progress.record(revision(file, type, statements.size(), statements.size(), executedAt, start, hash, List.of(),
                null, null));
        progress.flush();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("migrated {}: {} of {} statements in {} ms", file.name(), statements.size() - from, statements.size(),
                took.toMillis());
        AppliedFile done = new AppliedFile(file.name(), file.version(), statements.size() - from, from, took);
        listener.fileDone(done);
        return done;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The file's revision as it is written: after each statement, as Atlas does; or, inside a transaction
     * whose rollback would undo the statements and the revision alike (PostgreSQL), only when the
     * transaction commits, since nobody sees it before.
     */
    private final class Progress {
        private boolean exists;
        private final boolean deferred;
        private Revision pending;

        Progress(boolean exists, boolean deferred) {
            this.exists = exists;
            this.deferred = deferred;
        }

        void record(Revision revision) throws SQLException {
            pending = revision;
            if (!deferred) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending == null) {
                return;
            }
            if (exists) {
                table.update(pending);
            } else {
                table.insert(pending);
                exists = true;
            }
            pending = null;
        }
    }

    private MigrationFailedException failure(MigrationFile file, MigrationStatement statement, Revision failed,
            SQLException cause) throws SQLException {
        boolean rolledBack = !connection.getAutoCommit();
        int stayed = failed.applied();
        if (rolledBack) {
            connection.rollback();
            connection.setAutoCommit(true);
            Optional<Revision> surviving = table.read(file.version());
            stayed = surviving.map(Revision::applied).orElse(0);
            if (surviving.isPresent()) {
                table.write(onSurviving(failed, surviving.get()));
            }
        } else {
            table.write(failed);
        }
        String state;
        if (stayed == 0 && rolledBack) {
            state = "Nothing of the file stayed: its transaction was rolled back, its revision with it.";
        } else if (stayed == 0) {
            state = "No statement of the file stayed applied.";
        } else {
            state = stayed + " statement" + (stayed == 1 ? "" : "s") + " of the file stayed applied, and the revisions "
                    + "table records how far the file got: fix the failed statement, rewrite atlas.sum (migrate hash), "
                    + "and the next run resumes after statement " + stayed + "; the statements that ran must stay as "
                    + "they are.";
        }
        return new MigrationFailedException("migration file " + statement.location() + " failed: " + cause.getMessage()
                + "\n  statement: " + statement.text() + "\n" + state, file.name(), statement.line(), statement.text(),
                stayed, cause);
    }

    private Revision revision(MigrationFile file, int type, int applied, int total, Instant executedAt, long start,
            String hash, List<String> partial, SQLException error, MigrationStatement failed) {
        return new Revision(file.version(), file.description(), type, applied, total, executedAt,
                Duration.ofNanos(System.nanoTime() - start), Optional.ofNullable(error).map(SQLException::getMessage),
                Optional.ofNullable(failed).map(MigrationStatement::text), hash, partial, operator);
    }

    /** The failure recorded on the row that survived a rollback, with how far that row says the file got. */
    private static Revision onSurviving(Revision failed, Revision surviving) {
        return new Revision(failed.version(), failed.description(), surviving.type(), surviving.applied(),
                failed.total(), surviving.executedAt(), failed.executionTime(), failed.error(), failed.errorStatement(),
                surviving.hash(), surviving.partialHashes(), failed.operatorVersion());
    }
}
