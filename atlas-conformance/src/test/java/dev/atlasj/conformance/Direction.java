package dev.atlasj.conformance;

import java.util.Arrays;

/** Which way a case runs: from its start state A to its target B, or back from B to A. */
enum Direction {
    A_TO_B("A→B"),
    B_TO_A("B→A");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** The direction in test names, reports and the baseline. */
    String label() {
        return label;
    }

    static Direction byLabel(String label) {
        return Arrays.stream(values()).filter(d -> d.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no direction is called " + label));
    }
}
