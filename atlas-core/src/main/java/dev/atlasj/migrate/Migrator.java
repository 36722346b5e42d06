package dev.atlasj.migrate;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.migrate.internal.MigrationRun;
import dev.atlasj.migrate.internal.RunOptions;
import dev.atlasj.plan.TxMode;
import java.sql.Connection;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Applies a {@link MigrationDirectory} to a database the way Atlas's {@code migrate apply} does, keeping
 * Atlas's {@code atlas_schema_revisions} table, so that a database migrated by Atlas continues here and back.
 *
 * <pre>{@code
 * MigrateResult result = Atlas.connect(dataSource)
 *         .migrate(MigrationDirectory.classpath("db/migrations"))
 *         .toLatest();                     // at application start: idempotent, locked
 * System.out.println(result);
 * }</pre>
 *
 * <p>Before anything runs, every file is checked against {@code atlas.sum}, and every file about to run
 * is split and its directives read, so a tampered, missing or malformed file is refused naming it (and
 * its line). A run then holds the migration lock (PostgreSQL
 * advisory lock, MySQL {@code GET_LOCK}, under Atlas's name {@code atlas_migrate_execute}) from start to
 * end, reads the revisions inside it and applies only what is still pending; many application instances
 * may call it at once and each file runs once. When the revisions already show every file applied, the
 * run returns without taking the lock: nothing can undo an applied file, and a boot pays one query. The lock lives in the run's connection, so a process that
 * dies mid-run leaves none behind, and its partly applied file resumes on the next run.
 *
 * <p>A {@code Migrator} is immutable: each setting returns a new one. {@link #toLatest()},
 * {@link #to(String)}, {@link #next(int)}, {@link #status()}, {@link #set(String)} and {@link #set()} do the work.
 */
public final class Migrator {

    private final DataSource dataSource;
    private final Function<Connection, Dialect> dialect;
    private final MigrationDirectory directory;
    private final RunOptions options;
    private final MigrationListener listener;

    private Migrator(DataSource dataSource, Function<Connection, Dialect> dialect, MigrationDirectory directory, RunOptions options,
            MigrationListener listener) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.directory = directory;
        this.options = options;
        this.listener = listener;
    }

    /**
     * A migrator of {@code directory} onto the database behind {@code dataSource}, of {@code dialect};
     * {@code Atlas.connect(dataSource).migrate(directory)} is the usual way to get one.
     */
    public static Migrator of(DataSource dataSource, Dialect dialect, MigrationDirectory directory) {
        Objects.requireNonNull(dialect, "dialect");
        return of(dataSource, c -> dialect, directory);
    }

    /**
     * A migrator of {@code directory} onto the database behind {@code dataSource}, whose dialect is
     * detected on the run's own connection (found through {@link java.util.ServiceLoader} like
     * {@link Dialects#forConnection}): an application start opens one connection, not two.
     */
    public static Migrator of(DataSource dataSource, MigrationDirectory directory) {
        return of(dataSource, Dialects::forConnection, directory);
    }

    private static Migrator of(DataSource dataSource, Function<Connection, Dialect> dialect,
            MigrationDirectory directory) {
        return new Migrator(Objects.requireNonNull(dataSource, "dataSource"), dialect,
                Objects.requireNonNull(directory, "directory"), RunOptions.DEFAULTS, new MigrationListener() { });
    }

    /**
     * How files are grouped into transactions: {@link TxMode#FILE} (the default) one per file,
     * {@link TxMode#ALL} one for the run, {@link TxMode#NONE} none. A file's {@code -- atlas:txmode}
     * overrides {@code FILE} and {@code NONE}. Statements that cannot run in a transaction
     * ({@code CREATE INDEX CONCURRENTLY}) always run on their own. MySQL commits DDL as it runs, whatever the mode.
     */
    public Migrator txMode(TxMode mode) {
        return with(options.withTxMode(Objects.requireNonNull(mode, "mode")));
    }

    /** What to do with files older than the last applied one that never ran; {@link ExecOrder#LINEAR} by default. */
    public Migrator execOrder(ExecOrder order) {
        return with(options.withExecOrder(Objects.requireNonNull(order, "order")));
    }

    /**
     * Takes a database that records no migration to be at {@code version} already (a file of the
     * directory): a baseline revision is written and only later files run. Ignored once revisions exist.
     */
    public Migrator baseline(String version) {
        return with(options.withBaseline(Objects.requireNonNull(version, "version")));
    }

    /**
     * Lets a first run apply every file to a database that already holds objects; without it (or a
     * {@link #baseline}) such a database is refused.
     */
    public Migrator allowDirty() {
        return with(options.withAllowDirty());
    }

    /** How long to wait for another run's migration lock (10 seconds by default, as Atlas). */
    public Migrator lockWait(Duration wait) {
        return with(options.withLockWait(Objects.requireNonNull(wait, "wait")));
    }

    /**
     * The session limits of the run: how long a statement may wait for a table lock (PostgreSQL
     * {@code lock_timeout}, MySQL {@code lock_wait_timeout}) and how long one statement may run (PostgreSQL
     * {@code statement_timeout}, MariaDB {@code max_statement_time}); {@code null} leaves the server's.
     */
    public Migrator sessionTimeouts(Duration lockTimeout, Duration statementTimeout) {
        return with(options.withSessionTimeouts(lockTimeout, statementTimeout));
    }

    /**
     * The schema (MySQL: database) of the revisions table, as Atlas's {@code --revisions-schema}. By
     * default, on PostgreSQL, {@code atlas_schema_revisions} (or the current schema when Atlas put the table
     * there), on MySQL the connection's database.
     */
    public Migrator revisionsSchema(String schema) {
        return with(options.withRevisionsSchema(Objects.requireNonNull(schema, "schema")));
    }

    /**
     * A migrator that only reports: the runs say which files would run and how many statements each
     * has, and change nothing, not even the revisions table.
     */
    public Migrator dryRun() {
        return with(options.withDryRun());
    }

    /** A migrator whose runs tell {@code listener} what they do as they do it (one listener; the last given). */
    public Migrator listener(MigrationListener listener) {
        return new Migrator(dataSource, dialect, directory, options, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Applies every pending file.
     *
     * @throws MigrationDirectoryException when the directory is not valid; nothing ran
     * @throws MigrationHistoryException when the revisions and the directory do not fit; nothing ran
     * @throws MigrationLockException when another run held the lock too long; nothing ran
     * @throws MigrationFailedException when a statement fails; the message says what stayed
     */
    public MigrateResult toLatest() {
        return run().apply(Optional.empty(), Integer.MAX_VALUE);
    }

    /** Applies the pending files up to and including {@code version}; see {@link #toLatest()}. */
    public MigrateResult to(String version) {
        return run().apply(Optional.of(version), Integer.MAX_VALUE);
    }

    /** Applies the next {@code count} pending files; see {@link #toLatest()}. */
    public MigrateResult next(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        return run().apply(Optional.empty(), count);
    }

    /** Where the database stands against the directory; reads, takes no lock, changes nothing. */
    public MigrateStatus status() {
        return run().status();
    }

    /**
     * Records the database as being at {@code version} without running anything, as Atlas's
     * {@code migrate set}: later revisions are deleted, earlier files without one are recorded as
     * resolved, and a partly applied or failed revision of {@code version} is marked resolved.
     *
     * @return what changed, and where the database stands afterwards
     */
    public MigrateSetResult set(String version) {
        return run().set(Optional.of(Objects.requireNonNull(version, "version")));
    }

    /**
     * {@link #set(String)} to the directory's last file, as Atlas's {@code migrate set} without a version;
     * with an empty directory, every revision is deleted, so that the database records no migration.
     *
     * @throws MigrationException when the database records no revision: there is nothing to purge, and
     *     recording every file as resolved takes a version
     */
    public MigrateSetResult set() {
        return run().set(Optional.empty());
    }

    private MigrationRun run() {
        return new MigrationRun(dataSource, dialect, directory, options, listener);
    }

    private Migrator with(RunOptions changed) {
        return new Migrator(dataSource, dialect, directory, changed, listener);
    }
}
