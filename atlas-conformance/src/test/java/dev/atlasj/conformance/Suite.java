package dev.atlasj.conformance;

import java.util.Arrays;

/** A third-party suite of PostgreSQL schema-migration cases in {@code ../shared/conformance}. */
enum Suite {
    SQLDEF_POSTGRES("sqldef-postgres", "sqldef PostgreSQL"),
    MIGRA("migra", "migra");

    private final String id;
    private final String title;

    Suite(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The suite's name in the baseline file. */
    String id() {
        return id;
    }

    /** The suite's name in reports. */
    String title() {
        return title;
    }

    static Suite byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no suite is called " + id));
    }
}
