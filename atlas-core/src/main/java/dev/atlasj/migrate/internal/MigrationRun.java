package dev.atlasj.migrate.internal;

import dev.atlasj.ConnectionException;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.MigrationSupport;
import dev.atlasj.migrate.ExecOrder;
import dev.atlasj.migrate.MigrateResult;
import dev.atlasj.migrate.MigrateResult.AppliedFile;
import dev.atlasj.migrate.MigrateSetResult;
import dev.atlasj.migrate.MigrateStatus;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationException;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationHistoryException;
import dev.atlasj.migrate.MigrationListener;
import dev.atlasj.migrate.MigrationStatement;
import dev.atlasj.migrate.Revision;
import dev.atlasj.plan.TxMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One migration run against one database: the directory is validated, then on one connection the
 * migration lock is taken, the session configured, the revisions read inside the lock, and the
 * pending files applied; the lock is released and the session restored at the end. The lock lives in
 * the connection's session, so a process that dies mid-run leaves no lock behind.
 */
public final class MigrationRun {

    /** The lock Atlas takes around {@code migrate apply}; sharing it keeps Atlas and this library apart. */
    public static final String LOCK_NAME = "atlas_migrate_execute";
    /** What the {@code operator_version} column records for rows written here. */
    public static final String OPERATOR = "atlasj " + Optional.ofNullable(MigrationRun.class.getPackage()
            .getImplementationVersion()).orElse("dev");

    private final DataSource dataSource;
    private final Function<Connection, Dialect> dialects;
    private Dialect dialect;
    private MigrationSupport support;
    private final MigrationDirectory directory;
    private final RunOptions options;
    private final MigrationListener listener;

    /**
     * @param dialects the dialect of the database, asked of the run's first connection (so that a run
     *     needs no connection of its own to detect it)
     */
    public MigrationRun(DataSource dataSource, Function<Connection, Dialect> dialects, MigrationDirectory directory,
            RunOptions options, MigrationListener listener) {
        this.listener = listener;
        this.dataSource = dataSource;
        this.dialects = dialects;
        this.directory = directory;
        this.options = options;
    }

    /**
     * Applies the pending files up to {@code toVersion} (all when empty), at most {@code limit} of them.
     */
    public MigrateResult apply(Optional<String> toVersion, int limit) {
        long start = System.nanoTime();
        directory.validateBeforeConnecting();
        toVersion.ifPresent(this::file);
        options.baseline().ifPresent(this::file);
        if (options.baseline().isPresent() && options.allowDirty()) {
            throw new MigrationException("baseline and allowDirty exclude each other: a baseline says what a non-empty "
                    + "database already holds, allowDirty runs every file on it");
        }
        Work<Optional<MigrateResult>> upToDate = (c, table) -> upToDate(table.read(), toVersion, limit, start);
        return inSession(options.lockWait(), upToDate, (c, table) -> {
            List<Revision> revisions = table.read();
            Optional<Revision> baseline = Optional.empty();
            Pending pending;
            if (revisions.isEmpty() && options.baseline().isPresent()) {
                MigrationFile file = file(options.baseline().get());
                baseline = Optional.of(new Revision(file.version(), file.description(), Revision.BASELINE, 0, 0,
                        Instant.now(), Duration.ZERO, Optional.empty(), Optional.empty(), "", List.of(), OPERATOR));
                pending = Pending.afterBaseline(directory, file);
            } else if (revisions.isEmpty()) {
                requireClean(c, table.schema());
                pending = Pending.fresh(directory);
            } else {
                pending = Pending.of(directory, revisions, options.execOrder());
            }
            List<MigrationFile> run = select(pending.files(), toVersion, limit);
            directory.validate(support.syntax(), run);
            requireTxModes(run);
            Map<String, Revision> byVersion = revisions.stream().collect(Collectors.toMap(Revision::version,
                    Function.identity()));
            Map<MigrationFile, Integer> resumeAt = new HashMap<>();
            for (MigrationFile file : run) {
                resumeAt.put(file, FileExecution.resumeAt(file, file.statements(support.syntax()),
                        Optional.ofNullable(byVersion.get(file.version()))));
            }
            Optional<String> from = pending.last().map(Revision::version).or(() -> options.baseline());
            if (!run.isEmpty()) {
                listener.runStarting(from, run.get(run.size() - 1).version(), run);
            }
            List<AppliedFile> applied = new ArrayList<>();
            if (options.dryRun()) {
                for (MigrationFile file : run) {
                    int at = resumeAt.get(file);
                    List<MigrationStatement> statements = file.statements(support.syntax());
                    listener.fileStarting(file, at);
                    statements.subList(at, statements.size()).forEach(listener::statementRan);
                    AppliedFile dry = new AppliedFile(file.name(), file.version(), statements.size() - at, at, Duration.ZERO);
                    listener.fileDone(dry);
                    applied.add(dry);
                }
            } else {
                table.create();
                if (baseline.isPresent()) {
                    table.write(baseline.get());
                }
                applied = execute(c, table, run, byVersion, resumeAt);
            }
            Optional<String> to = run.isEmpty() ? from : Optional.of(run.get(run.size() - 1).version());
            return new MigrateResult(from, to, applied, Duration.ofNanos(System.nanoTime() - start), options.dryRun());
        });
    }

    /** Where the database stands; nothing is locked or written. */
    public MigrateStatus status() {
        directory.validateBeforeConnecting();
        try (Connection c = connect()) {
            RevisionTable table = new RevisionTable(c, dialect, revisionsSchema(c));
            List<Revision> revisions = table.read();
            Pending pending = revisions.isEmpty() ? Pending.fresh(directory)
                    : Pending.of(directory, revisions, ExecOrder.LINEAR_SKIP);
            List<MigrationFile> files = pending.files();
            return new MigrateStatus(pending.last().map(Revision::version),
                    files.isEmpty() ? Optional.empty() : Optional.of(files.get(0).version()), revisions.size(),
                    files.stream().map(MigrationFile::name).toList(),
                    pending.outOfOrder().stream().map(MigrationFile::name).toList(), pending.last());
        } catch (SQLException e) {
            throw new ConnectionException("cannot read the revisions of the database: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the database's revisions say it is at {@code version}, as Atlas's {@code migrate set} does:
     * later revisions are removed, files up to it without a revision are recorded as resolved, and a partly
     * applied or failed revision of it is marked resolved. Nothing of the files runs. Without a version, the
     * directory's last file is meant, and with an empty directory every revision is removed; a database that
     * records no revision needs a version.
     */
    public MigrateSetResult set(Optional<String> version) {
        directory.checkSum();
        List<MigrationFile> files = directory.files();
        Optional<MigrationFile> target = version.map(this::file)
                .or(() -> files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1)));
        int targetAt = target.map(files::indexOf).orElse(-1);
        List<Revision> set = new ArrayList<>();
        List<Revision> removed = new ArrayList<>();
        inSession(options.lockWait(), (c, table) -> {
            table.create();
            List<Revision> revisions = table.read();
            if (version.isEmpty() && revisions.isEmpty()) {
                throw new MigrationException("the database records no migration, so there is nothing to purge or "
                        + "resolve: name the version to record it at");
            }
            c.setAutoCommit(false);
            try {
                for (Revision r : revisions) {
                    int at = indexOf(files, r.version());
                    boolean later = at >= 0 ? at > targetAt
                            : target.map(t -> r.version().compareTo(t.version()) > 0).orElse(true);
                    if (later) {
                        table.delete(r.version());
                        removed.add(r);
                    }
                }
                int lastAt = -1;
                for (Revision r : revisions) {
                    int at = indexOf(files, r.version());
                    if (at <= targetAt) {
                        lastAt = Math.max(lastAt, at);
                    }
                }
                for (int i = lastAt + 1; i <= targetAt; i++) {
                    MigrationFile file = files.get(i);
                    Revision resolved = new Revision(file.version(), file.description(), Revision.RESOLVED, 0, 0,
                            Instant.now(), Duration.ZERO, Optional.empty(), Optional.empty(), hash(file), List.of(),
                            OPERATOR);
                    table.write(resolved);
                    set.add(resolved);
                }
                Optional<Revision> current = target.flatMap(t -> revisions.stream()
                        .filter(r -> r.version().equals(t.version())).findFirst());
                if (current.isPresent() && (current.get().applied() < current.get().total()
                        || current.get().error().isPresent())) {
                    Revision r = current.get();
                    Revision resolved = new Revision(r.version(), r.description(), r.type() | Revision.RESOLVED,
                            r.applied(), r.total(), r.executedAt(), r.executionTime(), r.error(), r.errorStatement(),
                            r.hash(), r.partialHashes(), r.operatorVersion());
                    table.write(resolved);
                    set.add(resolved);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return null;
        });
        return new MigrateSetResult(set, removed, status());
    }

    private List<AppliedFile> execute(Connection c, RevisionTable table, List<MigrationFile> run,
            Map<String, Revision> byVersion, Map<MigrationFile, Integer> resumeAt) throws SQLException {
        List<AppliedFile> applied = new ArrayList<>();
        FileExecution execution = new FileExecution(c, support, table, OPERATOR, listener);
        boolean all = options.txMode() == TxMode.ALL;
        if (all) {
            c.setAutoCommit(false);
        }
        try {
            for (MigrationFile file : run) {
                boolean inTransaction = all || file.directives().txMode().orElse(options.txMode()) == TxMode.FILE;
                if (inTransaction && !all) {
                    c.setAutoCommit(false);
                }
                applied.add(execution.run(file, hash(file), file.statements(support.syntax()), resumeAt.get(file),
                        Optional.ofNullable(byVersion.get(file.version()))));
                if (inTransaction && !all) {
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
            if (all) {
                c.commit();
            }
        } finally {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        return applied;
    }

    private interface Work<T> {
        T run(Connection connection, RevisionTable table) throws SQLException;
    }

    /**
     * The result of a run with nothing to do, when the revisions read without the lock already show every
     * file up to the target complete: no other run can undo that, so the lock is not needed to know it.
     * Empty when there may be work (or an error to report), which the run under the lock decides.
     */
    private Optional<MigrateResult> upToDate(List<Revision> revisions, Optional<String> toVersion, int limit,
            long start) {
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        try {
            Pending pending = Pending.of(directory, revisions, options.execOrder());
            if (!select(pending.files(), toVersion, limit).isEmpty()) {
                return Optional.empty();
            }
            Optional<String> version = pending.last().map(Revision::version);
            return Optional.of(new MigrateResult(version, version, List.of(), Duration.ofNanos(System.nanoTime() - start),
                    options.dryRun()));
        } catch (MigrationHistoryException e) {
            return Optional.empty();
        }
    }

    private <T> T inSession(Duration lockWait, Work<T> work) {
        return inSession(lockWait, (c, table) -> Optional.empty(), work);
    }

    /** Runs {@code work} under the lock, unless {@code withoutLock}, tried first, already has the answer. */
    private <T> T inSession(Duration lockWait, Work<Optional<T>> withoutLock, Work<T> work) {
        try (Connection c = connect()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            RevisionTable table = new RevisionTable(c, dialect, revisionsSchema(c));
            Optional<T> answer = withoutLock.run(c, table);
            if (answer.isPresent()) {
                c.setAutoCommit(autoCommit);
                return answer.get();
            }
            support.lock(c, LOCK_NAME, lockWait);
            Throwable failure = null;
            try {
                support.configureSession(c, options.lockTimeout(), options.statementTimeout());
                return work.run(c, table);
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
                throw e;
            } finally {
                release(c, autoCommit, failure);
            }
        } catch (SQLException e) {
            throw new ConnectionException("migration of " + directory.location() + " failed on the database: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Gives the session back as it was found and releases the lock; when the run failed, a failure here
     * (the connection is gone, say) is attached to the run's failure instead of hiding it.
     */
    private void release(Connection c, boolean autoCommit, Throwable failure) throws SQLException {
        try {
            support.resetSession(c);
            support.unlock(c, LOCK_NAME);
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** A connection of the run; the first one tells the dialect. */
    private Connection connect() throws SQLException {
        Connection c = dataSource.getConnection();
        if (dialect == null) {
            try {
                dialect = dialects.apply(c);
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
            support = dialect.migrationSupport();
        }
        return c;
    }

    private String revisionsSchema(Connection c) throws SQLException {
        return options.revisionsSchema().isPresent() ? options.revisionsSchema().get() : support.revisionsSchema(c);
    }

    private void requireClean(Connection c, String revisionsSchema) throws SQLException {
        if (options.allowDirty()) {
            return;
        }
        List<String> contents = support.contents(c, revisionsSchema);
        if (!contents.isEmpty()) {
            int shown = Math.min(contents.size(), 5);
            throw new MigrationHistoryException("the database is not clean and records no migration: it holds "
                    + String.join(", ", contents.subList(0, shown))
                    + (contents.size() > shown ? " and " + (contents.size() - shown) + " more" : "")
                    + ". Give baseline(VERSION) with the version the database is at, or allowDirty() to run every "
                    + "file on it");
        }
    }

    private void requireTxModes(List<MigrationFile> run) {
        if (options.txMode() != TxMode.ALL) {
            return;
        }
        for (MigrationFile file : run) {
            if (file.directives().txMode().isPresent()) {
                throw new MigrationException("migration file " + file.name() + " sets -- atlas:txmode, which a run "
                        + "in TxMode.ALL cannot honour: run with TxMode.FILE");
            }
        }
    }

    private List<MigrationFile> select(List<MigrationFile> pending, Optional<String> toVersion, int limit) {
        List<MigrationFile> selected = new ArrayList<>();
        int bound = toVersion.map(v -> directory.files().indexOf(file(v))).orElse(Integer.MAX_VALUE);
        for (MigrationFile file : pending) {
            if (selected.size() < limit && directory.files().indexOf(file) <= bound) {
                selected.add(file);
            }
        }
        return selected;
    }

    private String hash(MigrationFile file) {
        return directory.sum().hashOf(file.name()).orElse("");
    }

    private MigrationFile file(String version) {
        return directory.files().stream().filter(f -> f.version().equals(version)).findFirst()
                .orElseThrow(() -> new MigrationException("no migration file of " + directory.location()
                        + " has version " + version));
    }

    private static int indexOf(List<MigrationFile> files, String version) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).version().equals(version)) {
                return i;
            }
        }
        return -1;
    }
}
