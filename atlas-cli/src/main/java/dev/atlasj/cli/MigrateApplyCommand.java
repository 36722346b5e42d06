package dev.atlasj.cli;

import dev.atlasj.migrate.ExecOrder;
import dev.atlasj.migrate.MigrateStatus;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationFailedException;
import dev.atlasj.migrate.MigrationHistoryException;
import dev.atlasj.migrate.Migrator;
import dev.atlasj.plan.TxMode;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas migrate apply}: runs the directory's pending files on a database, recording them as Atlas does. */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Applies pending migration files on the connected database.",
            "Reads the database's atlas_schema_revisions table (Atlas's, shared with Atlas), computes which files are"
                    + " pending and runs them in order, each recorded as it runs, under Atlas's migration lock: runs"
                    + " started at once apply every file once. Stops before anything runs when the directory does not"
                    + " match its atlas.sum, or the revisions and the directory do not fit together.",
            "Prints \"" + MigrateApplyLog.NOTHING_TO_DO + "\" when nothing is pending. A failed statement ends the run with"
                    + " exit code 1, naming the file, line, statement and the server's message, and what stayed applied."},
        footer = {"", "Examples:",
            "  atlas migrate apply --url \"postgres://user:pass@localhost:5432/shop?sslmode=disable\"",
            "  atlas migrate apply 1 --url mysql://user:pass@localhost:3306/shop --dir file:///srv/app/migrations",
            "  atlas migrate apply --url … --dry-run",
            "  atlas migrate apply --url … --baseline 20240101000000"})
final class MigrateApplyCommand implements Callable<Integer> {

    /** {@code --tx-mode}, as Atlas names the modes. */
    enum TxModeOption {
        none(TxMode.NONE),
        file(TxMode.FILE),
        all(TxMode.ALL);

        final TxMode mode;

        TxModeOption(TxMode mode) {
            this.mode = mode;
        }
    }

    /** {@code --exec-order}, as Atlas names the orders. */
    enum ExecOrderOption {
        linear(ExecOrder.LINEAR),
        linear_skip(ExecOrder.LINEAR_SKIP),
        non_linear(ExecOrder.NON_LINEAR);

        final ExecOrder order;

        ExecOrderOption(ExecOrder order) {
            this.order = order;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "AMOUNT", defaultValue = "0",
            description = "Apply at most this many pending files (default: all).")
    int amount;

    @Mixin
    TargetOptions target;

    @Mixin
    DirectoryOption dir;

    @Option(names = "--dry-run", order = 10, description = "Print the statements that would run; change nothing.")
    boolean dryRun;

    @Option(names = "--baseline", paramLabel = "VERSION", order = 11,
            description = "For a database that records no migration but already holds the schema up to this file's"
                    + " version: record it as the baseline and run only the later files.")
    String baseline;

    @Option(names = "--allow-dirty", order = 12,
            description = "Run every file on a database that records no migration but is not empty.")
    boolean allowDirty;

    @Option(names = "--tx-mode", paramLabel = "MODE", defaultValue = "file", order = 13,
            description = "file (default): one transaction per file; all: one for the whole run; none: no transaction."
                    + " A file's '-- atlas:txmode' directive overrides file and none. MySQL commits DDL as it runs.")
    TxModeOption txMode;

    @Option(names = "--exec-order", paramLabel = "ORDER", defaultValue = "linear", order = 14,
            converter = ExecOrderConverter.class,
            description = "What to do with a file older than the last applied one that never ran. linear (default):"
                    + " refuse; linear-skip: leave it out; non-linear: run it first.")
    ExecOrderOption execOrder;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", order = 15, converter = GoDuration.class,
            description = "How long to wait for another run's migration lock, such as 30s or 2m. Default: 10s.")
    Duration lockTimeout;

    @Option(names = "--ddl-lock-timeout", paramLabel = "DURATION", order = 16, converter = GoDuration.class,
            description = "How long a statement may wait for a lock on a table (PostgreSQL lock_timeout, MySQL"
                    + " lock_wait_timeout). Default: the server's.")
    Duration ddlLockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", order = 17, converter = GoDuration.class,
            description = "How long one statement may run (PostgreSQL statement_timeout, MariaDB max_statement_time)."
                    + " Default: the server's.")
    Duration statementTimeout;

    @Override
    public Integer call() {
        if (baseline != null && allowDirty) {
            throw new ParameterException(spec.commandLine(), "--baseline and --allow-dirty exclude each other: a baseline"
                    + " says what a non-empty database already holds, --allow-dirty runs every file on it");
        }
        if (amount < 0) {
            throw new ParameterException(spec.commandLine(), "AMOUNT must be 0 (all) or more, not " + amount);
        }
        MigrationDirectory directory = dir.open();
        directory.checkSum();
        long start = System.nanoTime();
        try (Databases databases = new Databases(null)) {
            Migrator migrator = target.migrator(databases, directory);
            MigrateApplyLog log = new MigrateApplyLog(spec.commandLine().getOut());
            Migrator configured = configure(migrator).listener(log);
            try {
                log.finished(amount == 0 ? configured.toLatest() : configured.next(amount));
            } catch (MigrationFailedException e) {
                log.failed(e, Duration.ofNanos(System.nanoTime() - start));
                throw new CommandFailure(e.getMessage() + "\n" + standing(migrator), e);
            } catch (MigrationHistoryException e) {
                throw new CommandFailure(e.getMessage().replace("baseline(VERSION)", "--baseline VERSION")
                        .replace("allowDirty()", "--allow-dirty"), e);
            }
        }
        return 0;
    }

    private Migrator configure(Migrator migrator) {
        Migrator configured = migrator.txMode(txMode.mode).execOrder(execOrder.order);
        if (baseline != null) {
            configured = configured.baseline(baseline);
        }
        if (allowDirty) {
            configured = configured.allowDirty();
        }
        if (lockTimeout != null) {
            configured = configured.lockWait(lockTimeout);
        }
        if (ddlLockTimeout != null || statementTimeout != null) {
            configured = configured.sessionTimeouts(ddlLockTimeout, statementTimeout);
        }
        return dryRun ? configured.dryRun() : configured;
    }

    /** Where the database stands after a failed run, or nothing when that cannot be read either. */
    private static String standing(Migrator migrator) {
        try {
            MigrateStatus status = migrator.status();
            return "The database is now at version " + status.currentVersion().orElse("(none: no migration applied)")
                    + ", with " + status.pending().size() + " pending file" + (status.pending().size() == 1 ? "" : "s")
                    + "; 'atlas migrate status' shows more.";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Reads Atlas's {@code linear-skip} and {@code non-linear}. */
    static final class ExecOrderConverter implements picocli.CommandLine.ITypeConverter<ExecOrderOption> {
        @Override
        public ExecOrderOption convert(String value) {
            for (ExecOrderOption option : ExecOrderOption.values()) {
                if (option.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return option;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown execution order '" + value
                    + "': use linear, linear-skip or non-linear");
        }
    }
}
