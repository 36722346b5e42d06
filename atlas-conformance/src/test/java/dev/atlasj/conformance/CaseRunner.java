package dev.atlasj.conformance;

import dev.atlasj.ApplyException;
import dev.atlasj.PlanException;
import dev.atlasj.conformance.ConformanceCase.Setup;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlanExecutor;
import dev.atlasj.plan.TxMode;
import dev.atlasj.postgres.PostgresDialect;
import dev.atlasj.schema.Realm;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs one case both ways on a pair of pool databases.
 *
 * <p>A is loaded into one database and B into the other, once for both directions: each side is
 * inspected before anything changes, so A→B migrates the first database towards B's inspected
 * state and B→A the second towards A's. A direction passes when, after its plan is applied, the
 * re-inspected database has no difference left from its target and planning again gives nothing.
 * Plans are applied by the library's {@link PlanExecutor}, as {@code schema apply} does: in one
 * transaction when every statement allows it.
 */
final class CaseRunner {

    private final ScratchDatabase first;
    private final ScratchDatabase second;
    private final Differ differ;
    private final PostgresDialect dialect = new PostgresDialect();

    CaseRunner(ScratchDatabase first, ScratchDatabase second, DiffRules rules) {
        this.first = first;
        this.second = second;
        this.differ = new Differ(rules);
    }

    CaseResult run(ConformanceCase testCase) throws SQLException {
        long started = System.nanoTime();
        first.reset();
        second.reset();
        Optional<String> unloadable = load(testCase);
        if (unloadable.isPresent()) {
            return CaseResult.both(testCase, Outcome.NOT_LOADABLE, Reason.of("does not load", unloadable.get()),
                    since(started));
        }
        Map<String, String> outOfScope = ScopeCheck.outOfScope(first.session());
        ScopeCheck.outOfScope(second.session()).forEach(outOfScope::putIfAbsent);
        if (!outOfScope.isEmpty()) {
            String kinds = outOfScope.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            return CaseResult.both(testCase, Outcome.OUT_OF_SCOPE,
                    new Reason(Reason.oneLine(kinds), String.join(", ", outOfScope.keySet())), since(started));
        }
        Realm a;
        Realm b;
        try {
            a = inspect(first);
            b = inspect(second);
        } catch (RuntimeException e) {
            return CaseResult.both(testCase, Outcome.FAIL, Reason.of("inspection failed", e.toString()), since(started));
        }
        Result aToB = migrate(testCase, Direction.A_TO_B, first, a, b);
        Result bToA = migrate(testCase, Direction.B_TO_A, second, b, a);
        return new CaseResult(testCase, aToB, bToA, since(started));
    }

    /** Loads A into the first database and B into the second; returns why one does not load. */
    private Optional<String> load(ConformanceCase testCase) throws SQLException {
        boolean asUser = testCase.setup() == Setup.AS_PSQLDEF_USER;
        if (asUser) {
            first.createUserSchema();
            second.createUserSchema();
        }
        for (String script : testCase.start()) {
            Optional<String> failure = first.load(script, asUser, false);
            if (failure.isPresent()) {
                return failure.map(f -> "A, " + f);
            }
        }
        boolean keepSchemas = testCase.setup() != Setup.PLAIN;
        if (keepSchemas) {
            second.createSchemas(first.userSchemas());
        }
        return second.load(testCase.target(), asUser, keepSchemas).map(f -> "B, " + f);
    }

    private Result migrate(ConformanceCase testCase, Direction direction, ScratchDatabase database, Realm from,
            Realm to) {
        try {
            List<SchemaChange> changes = differ.diff(from, to);
            Plan plan;
            try {
                plan = dialect.planner().plan(from, changes);
            } catch (PlanException e) {
                return fail(testCase, direction, Reason.of("plan refused", e.getMessage()));
            }
            try {
                PlanExecutor.apply(database.session(), plan, TxMode.FILE);
            } catch (ApplyException e) {
                return fail(testCase, direction, statementFailed(e));
            }
            List<SchemaChange> remaining = differ.diff(inspect(database), to);
            if (!remaining.isEmpty()) {
                return fail(testCase, direction, differsAfterApply(remaining));
            }
            Plan again = dialect.planner().plan(remaining);
            if (!again.isEmpty()) {
                return fail(testCase, direction, Reason.of("plans again", again.toSql()));
            }
            return new Result(testCase, direction, Outcome.PASS, Reason.NONE);
        } catch (RuntimeException e) {
            return fail(testCase, direction, Reason.of(e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
    }

    private static Reason differsAfterApply(List<SchemaChange> remaining) {
        return new Reason("differs after apply: " + Reason.oneLine(ChangeSummary.describe(remaining)),
                "differs after apply: " + ChangeSummary.kinds(remaining));
    }

    /** The database's error and the statement, or the executor's own message when the database gave none. */
    private static Reason statementFailed(ApplyException e) {
        if (!(e.getCause() instanceof SQLException cause) || e.statement() == null) {
            return Reason.of("apply failed", e.getMessage());
        }
        return new Reason("statement failed: " + Reason.oneLine(PostgresErrors.message(cause) + " in: " + e.statement()),
                "statement failed: " + Reason.gist(PostgresErrors.text(cause)) + " (" + cause.getSQLState() + ")");
    }

    private Realm inspect(ScratchDatabase database) {
        return dialect.inspector().inspect(database.session(), InspectOptions.allSchemas());
    }

    private static Result fail(ConformanceCase testCase, Direction direction, Reason reason) {
        return new Result(testCase, direction, Outcome.FAIL, reason);
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
