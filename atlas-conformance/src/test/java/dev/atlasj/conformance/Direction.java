package dev.atlasj.conformance;

/** Which way a case runs: from its start state A to its target B, or back from B to A. */
enum Direction {
    A_TO_B("A->B", "A→B"),
    B_TO_A("B->A", "B→A");

    private final String id;
    private final String label;

    Direction(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The direction in the baseline file, in ASCII. */
    String id() {
        return id;
    }

    /** The direction in test names and reports. */
    String label() {
        return label;
    }

    static Direction byId(String id) {
        for (Direction direction : values()) {
            if (direction.id.equals(id)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("no direction is called " + id);
    }
}
