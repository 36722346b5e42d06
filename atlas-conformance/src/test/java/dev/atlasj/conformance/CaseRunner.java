package dev.atlasj.conformance;

import dev.atlasj.ApplyException;
import dev.atlasj.PlanException;
import dev.atlasj.conformance.CaseStates.Side;
import dev.atlasj.dialect.Dialect;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlanExecutor;
import dev.atlasj.schema.Realm;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs one case both ways in the databases of a {@link CaseStates}.
 *
 * <p>A and B are built from their SQL and inspected before anything changes; a case whose SQL does
 * not load, or whose databases hold objects out of the dialect's scope, ends there. Then B→A migrates
 * the database holding B towards A's inspected state, and A→B the database holding A (built again
 * when both sides share one database) towards B's. A direction passes when, after its plan is
 * applied, the re-inspected database has no difference left from its target and planning again gives
 * nothing. Plans are applied by the library's {@link PlanExecutor}, as {@code schema apply} does, in
 * the dialect's transaction mode.
 */
final class CaseRunner {

    private final CaseStates states;
    private final DialectUnderTest dialectUnderTest;
    private final Dialect dialect;
    private final Differ differ;

    CaseRunner(CaseStates states, DialectUnderTest dialect, DiffRules rules) {
        this.states = states;
        this.dialectUnderTest = dialect;
        this.dialect = dialect.dialect();
        this.differ = new Differ(rules);
    }

    CaseResult run(ConformanceCase testCase) throws SQLException {
        long started = System.nanoTime();
        Optional<String> unloadable = states.build(testCase, Side.A).map(f -> "A, " + f);
        Map<String, String> outOfScope = new TreeMap<>();
        Inspected a = null;
        if (unloadable.isEmpty()) {
            outOfScope.putAll(ScopeCheck.outOfScope(states.session(Side.A), dialectUnderTest));
            a = states.shareOneDatabase() ? inspect(Side.A) : null;
            unloadable = states.build(testCase, Side.B).map(f -> "B, " + f);
        }
        if (unloadable.isPresent()) {
            return CaseResult.both(testCase, Outcome.NOT_LOADABLE,
                    Reason.of("does not load", states.stable(unloadable.get())), since(started));
        }
        ScopeCheck.outOfScope(states.session(Side.B), dialectUnderTest).forEach(outOfScope::putIfAbsent);
        if (!outOfScope.isEmpty()) {
            String kinds = outOfScope.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            return CaseResult.both(testCase, Outcome.OUT_OF_SCOPE,
                    new Reason(Reason.oneLine(kinds), String.join(", ", outOfScope.keySet())), since(started));
        }
        if (a == null) {
            a = inspect(Side.A);
        }
        Inspected b = inspect(Side.B);
        if (a.failure() != null || b.failure() != null) {
            RuntimeException failure = a.failure() != null ? a.failure() : b.failure();
            return CaseResult.both(testCase, Outcome.FAIL, reason("inspection failed", failure.toString()), since(started));
        }
        Result bToA = migrate(testCase, Direction.B_TO_A, states.session(Side.B), b.realm(), a.realm());
        Result aToB;
        Optional<String> again = states.shareOneDatabase() ? states.build(testCase, Side.A) : Optional.empty();
        if (again.isPresent()) {
            aToB = fail(testCase, Direction.A_TO_B, reason("does not load a second time", "A, " + again.get()));
        } else {
            aToB = migrate(testCase, Direction.A_TO_B, states.session(Side.A), a.realm(), b.realm());
        }
        return new CaseResult(testCase, aToB, bToA, since(started));
    }

    /** A side's realm, or why it could not be read. */
    private record Inspected(Realm realm, RuntimeException failure) {
    }

    private Inspected inspect(Side side) {
        try {
            return new Inspected(inspect(states.session(side)), null);
        } catch (RuntimeException e) {
            return new Inspected(null, e);
        }
    }

    private Result migrate(ConformanceCase testCase, Direction direction, Connection database, Realm from, Realm to) {
        try {
            List<SchemaChange> changes = differ.diff(from, to);
            Plan plan;
            try {
                plan = dialect.planner().plan(from, changes);
            } catch (PlanException e) {
                return fail(testCase, direction, reason("plan refused", e.getMessage()));
            }
            try {
                PlanExecutor.apply(database, plan, dialectUnderTest.txMode());
            } catch (ApplyException e) {
                return fail(testCase, direction, statementFailed(e));
            }
            List<SchemaChange> remaining = differ.diff(inspect(database), to);
            if (!remaining.isEmpty()) {
                return fail(testCase, direction, differsAfterApply(remaining));
            }
            Plan again = dialect.planner().plan(remaining);
            if (!again.isEmpty()) {
                return fail(testCase, direction, reason("plans again", again.toSql()));
            }
            return new Result(testCase, direction, Outcome.PASS, Reason.NONE);
        } catch (RuntimeException e) {
            return fail(testCase, direction, reason(e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
    }

    private Reason reason(String kind, String detail) {
        return Reason.of(kind, states.stable(detail));
    }

    private Reason differsAfterApply(List<SchemaChange> remaining) {
        return new Reason("differs after apply: " + Reason.oneLine(states.stable(ChangeSummary.describe(remaining))),
                "differs after apply: " + ChangeSummary.kinds(remaining));
    }

    /** The database's error and the statement, or the executor's own message when the database gave none. */
    private Reason statementFailed(ApplyException e) {
        if (!(e.getCause() instanceof SQLException cause) || e.statement() == null) {
            return reason("apply failed", e.getMessage());
        }
        String text = states.stable(dialectUnderTest.errorText(cause));
        String code = dialectUnderTest.errorCode(cause);
        return new Reason("statement failed: " + Reason.oneLine(text + " (" + code + ") in: " + states.stable(e.statement())),
                "statement failed: " + Reason.gist(text) + " (" + code + ")");
    }

    private Realm inspect(Connection database) {
        return dialect.inspector().inspect(database, states.inspectOptions());
    }

    private static Result fail(ConformanceCase testCase, Direction direction, Reason reason) {
        return new Result(testCase, direction, Outcome.FAIL, reason);
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
