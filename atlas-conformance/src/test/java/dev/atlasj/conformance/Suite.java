package dev.atlasj.conformance;

import java.util.Arrays;

/** A third-party suite of schema-migration cases in {@code ../shared/conformance}, for one dialect. */
enum Suite {
    SQLDEF_POSTGRES("sqldef-postgres", "sqldef PostgreSQL", DialectUnderTest.POSTGRES),
    MIGRA("migra", "migra", DialectUnderTest.POSTGRES),
    SQLDEF_MYSQL("sqldef-mysql", "sqldef MySQL", DialectUnderTest.MYSQL);

    private final String id;
    private final String title;
    private final DialectUnderTest dialect;

    Suite(String id, String title, DialectUnderTest dialect) {
        this.id = id;
        this.title = title;
        this.dialect = dialect;
    }

    /** The suite's name in the baseline file. */
    String id() {
        return id;
    }

    /** The suite's name in reports. */
    String title() {
        return title;
    }

    /** The dialect the suite's cases are written for. */
    DialectUnderTest dialect() {
        return dialect;
    }

    static Suite byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no suite is called " + id));
    }
}
