package dev.atlasj.conformance;

/** The outcome of one case in one direction. */
record Result(ConformanceCase testCase, Direction direction, Outcome outcome, Reason reason) {

    /** The test's name: {@code CreateTable A→B}. */
    String displayName() {
        return testCase.name() + " " + direction.label();
    }
}
