package dev.atlasj.migrate.internal;

import dev.atlasj.migrate.ExecOrder;
import dev.atlasj.plan.TxMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a migration run goes: everything the public {@code Migrator} collects.
 *
 * @param txMode how files are grouped into transactions
 * @param execOrder what to do with files older than the last applied one
 * @param baseline the version a non-empty database without revisions is taken to be at
 * @param allowDirty whether a non-empty database without revisions may be migrated from the first file
 * @param lockWait how long to wait for the migration lock
 * @param lockTimeout the session's limit on waiting for a table lock
 * @param statementTimeout the session's limit on one statement
 * @param revisionsSchema where the revisions table is, when not where the dialect puts it
 * @param dryRun whether to change nothing
 */
public record RunOptions(TxMode txMode, ExecOrder execOrder, Optional<String> baseline, boolean allowDirty,
        Duration lockWait, Optional<Duration> lockTimeout, Optional<Duration> statementTimeout,
        Optional<String> revisionsSchema, boolean dryRun) {

    /** Atlas's defaults: a transaction per file, linear order, a 10 second wait for the lock. */
    public static final RunOptions DEFAULTS = new RunOptions(TxMode.FILE, ExecOrder.LINEAR, Optional.empty(), false,
            Duration.ofSeconds(10), Optional.empty(), Optional.empty(), Optional.empty(), false);

    public RunOptions {
        Objects.requireNonNull(txMode, "txMode");
        Objects.requireNonNull(execOrder, "execOrder");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(lockWait, "lockWait");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(revisionsSchema, "revisionsSchema");
    }

    public RunOptions withTxMode(TxMode txMode) {
        return new RunOptions(txMode, execOrder, baseline, allowDirty, lockWait, lockTimeout, statementTimeout,
                revisionsSchema, dryRun);
    }

    public RunOptions withExecOrder(ExecOrder execOrder) {
        return new RunOptions(txMode, execOrder, baseline, allowDirty, lockWait, lockTimeout, statementTimeout,
                revisionsSchema, dryRun);
    }

    public RunOptions withBaseline(String version) {
        return new RunOptions(txMode, execOrder, Optional.of(version), allowDirty, lockWait, lockTimeout,
                statementTimeout, revisionsSchema, dryRun);
    }

    public RunOptions withAllowDirty() {
        return new RunOptions(txMode, execOrder, baseline, true, lockWait, lockTimeout, statementTimeout,
                revisionsSchema, dryRun);
    }

    public RunOptions withLockWait(Duration lockWait) {
        return new RunOptions(txMode, execOrder, baseline, allowDirty, lockWait, lockTimeout, statementTimeout,
                revisionsSchema, dryRun);
    }

    public RunOptions withSessionTimeouts(Duration lock, Duration statement) {
        return new RunOptions(txMode, execOrder, baseline, allowDirty, lockWait, Optional.ofNullable(lock),
                Optional.ofNullable(statement), revisionsSchema, dryRun);
    }

    public RunOptions withRevisionsSchema(String schema) {
        return new RunOptions(txMode, execOrder, baseline, allowDirty, lockWait, lockTimeout, statementTimeout,
                Optional.of(schema), dryRun);
    }

    public RunOptions withDryRun() {
        return new RunOptions(txMode, execOrder, baseline, allowDirty, lockWait, lockTimeout, statementTimeout,
                revisionsSchema, true);
    }
}
