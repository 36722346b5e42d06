package dev.atlasj.cli;

import dev.atlasj.ApplyException;
import dev.atlasj.plan.ApplyResult;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlanExecutor;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.plan.TxMode;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.DockerUrl;
import dev.atlasj.url.EmbeddedUrl;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas schema apply}: brings a database to a desired schema state, after approval. */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Bring a database to a desired schema state: compare them, print the plan, ask for approval and apply it.",
            "The question is asked on the terminal; without one, only --auto-approve applies the plan, and without it"
                    + " nothing is changed and the exit code is 1. Destructive changes (dropping a schema, table or"
                    + " column) are listed apart and applied only with approval like the rest.",
            "A search_path parameter in either URL (a MySQL URL's database) limits the comparison to that schema on"
                    + " both sides; without one, every user schema is compared, and schemas the desired state lacks are"
                    + " dropped. Two URLs scoped to schemas of different names compare them as one schema."},
        footer = {
            "",
            Comparison.URL_HELP,
            "",
            "Examples:",
            "  atlas schema apply --url embedded://postgres/shop --to file://schema.sql",
            "  atlas schema apply -u postgres://localhost/shop --to postgres://localhost/dev",
            "  atlas schema apply --url \"postgres://localhost/shop?search_path=sales\" --to …",
            "  atlas schema apply --url mysql://root:pass@localhost:3306/shop --to file://schema.sql",
            "  atlas schema apply --url embedded://mariadb/shop --to file://schema.sql",
            "  atlas schema apply --url … --to … --dry-run > plan.sql",
            "  atlas schema apply --url … --to … --auto-approve --tx-mode none"})
final class SchemaApplyCommand implements Callable<Integer> {

    /** The transaction modes of {@code --tx-mode}, as Atlas names them for a declarative apply. */
    enum TxModeOption {
        file(TxMode.FILE),
        none(TxMode.NONE);

        final TxMode mode;

        TxModeOption(TxMode mode) {
            this.mode = mode;
        }
    }

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(names = {"-u", "--url"}, required = true, paramLabel = "URL", order = 1,
            description = "The database to change (see URLs below).")
    String url;

    @Mixin
    DesiredStateOption to;

    @Mixin
    ComparisonOptions options;

    @Option(names = "--auto-approve", order = 20,
            description = "Apply without asking, destructive changes included.")
    boolean autoApprove;

    @Option(names = "--dry-run", order = 21, description = "Print the plan and change nothing.")
    boolean dryRun;

    @Option(names = "--tx-mode", paramLabel = "MODE", defaultValue = "file", order = 22,
            description = "file (the default): the whole plan in one transaction, so that it is all or nothing"
                    + " (a statement PostgreSQL cannot run in a transaction, such as CREATE INDEX CONCURRENTLY, runs"
                    + " on its own). none: every statement commits on its own.")
    TxModeOption txMode;

    SchemaApplyCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Side current = Side.parse("--url", List.of(url));
        Side desired = to.side();
        DatabaseUrl targetUrl = requireLasting(current.database());
        try (Databases databases = new Databases(options.devUrl)) {
            Comparison comparison = Comparison.between(current, desired, options.renames, databases);
            PrintWriter out = spec.commandLine().getOut();
            if (comparison.synced()) {
                out.println(Comparison.SYNCED);
                return 0;
            }
            RunningDatabase target = databases.open(targetUrl);
            Plan plan = comparison.plan();
            out.print(ApplyReport.plan(plan, target.description(), txMode.mode));
            if (dryRun) {
                out.println("-- Dry run: nothing was applied.");
                return 0;
            }
            out.flush();
            approve(plan);
            out.print(ApplyReport.applied(apply(target, plan)));
        }
        return 0;
    }

    /** {@code url}, unless it names a database that is removed when the command ends. */
    static DatabaseUrl requireLasting(DatabaseUrl url) {
        if (url instanceof EmbeddedUrl embedded && embedded.name().isEmpty() || url instanceof DockerUrl) {
            throw new CommandFailure("--url " + url.redacted() + " is a throwaway database, removed when the command"
                    + " ends, so nothing applied to it would last. Name an embedded database that keeps its data,"
                    + " such as embedded://postgres/shop or embedded://mariadb/shop, or give the URL of a server's"
                    + " database.");
        }
        return url;
    }

    /** Returns when the plan may be applied; throws, having changed nothing, when it may not. */
    private void approve(Plan plan) {
        if (autoApprove) {
            return;
        }
        if (!terminal.interactive()) {
            throw new CommandFailure("nothing was applied: there is no terminal to ask for approval. Review the plan"
                    + " above and run again with --auto-approve to apply it.");
        }
        if (!ApplyReport.approves(terminal.ask(ApplyReport.question(plan)))) {
            throw new CommandFailure("nothing was applied: the plan was not approved.");
        }
    }

    private ApplyResult apply(RunningDatabase target, Plan plan) {
        try (Connection connection = ServerConnections.open(target)) {
            return PlanExecutor.apply(connection, plan, txMode.mode);
        } catch (ApplyException e) {
            throw new CommandFailure(failure(e, plan, target), e);
        } catch (SQLException e) {
            throw ServerConnections.explain(e, target);
        }
    }

    /**
     * One paragraph for a failed apply: the statement, the database's message and, from the last line of the
     * library's message, what was rolled back and what stayed applied.
     */
    private static String failure(ApplyException e, Plan plan, RunningDatabase target) {
        String prefix = "applying the plan to " + target.description() + " failed";
        if (e.statement() == null) {
            return prefix + ": " + oneLine(e.getMessage());
        }
        String[] lines = e.getMessage().strip().split("\\R");
        int position = plan.statements().stream().map(PlannedStatement::sql).toList().indexOf(e.statement()) + 1;
        return prefix + " at statement " + position + " of " + plan.statements().size() + ", " + e.statement() + ": "
                + oneLine(e.getCause().getMessage()) + ". " + lines[lines.length - 1];
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
