package dev.atlasj.conformance;

import java.time.Duration;
import java.util.List;

/** Both directions of one case, and how long the case took. */
record CaseResult(ConformanceCase testCase, Result aToB, Result bToA, Duration time) {

    /** The same outcome and reason both ways, for what is decided before any plan: loading and scope. */
    static CaseResult both(ConformanceCase testCase, Outcome outcome, Reason reason, Duration time) {
        return new CaseResult(testCase, new Result(testCase, Direction.A_TO_B, outcome, reason),
                new Result(testCase, Direction.B_TO_A, outcome, reason), time);
    }

    Result result(Direction direction) {
        return direction == Direction.A_TO_B ? aToB : bToA;
    }

    List<Result> results() {
        return List.of(aToB, bToA);
    }
}
