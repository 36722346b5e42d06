package dev.atlasj.conformance;

import java.util.List;
import java.util.Objects;

/**
 * One case of a suite: a start state A and a target state B, each built by SQL.
 *
 * @param suite the suite the case belongs to
 * @param file the file or fixture folder that holds the case
 * @param name the case's name, unique within its suite
 * @param start the scripts that build A, run in order (migra's "A + additions" variants have two)
 * @param target the script that builds B
 * @param setup what both databases need before the scripts run
 * @param skipReason why the case does not apply to the server under test (PostgreSQL 15 without pgvector,
 *     MariaDB 10.11), or {@code null} when it runs
 */
record ConformanceCase(Suite suite, String file, String name, List<String> start, String target, Setup setup,
        String skipReason) {

    ConformanceCase {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(name, "name");
        start = List.copyOf(start);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(setup, "setup");
    }

    /** How the harness prepares the two databases of a case. */
    enum Setup {
        /** Nothing beyond an empty database. */
        PLAIN,
        /**
         * B first gets every schema of A: sqldef never drops schemas, so its desired states often leave
         * out a {@code CREATE SCHEMA} that the current state has.
         */
        TARGET_KEEPS_START_SCHEMAS,
        /**
         * As {@link #TARGET_KEEPS_START_SCHEMAS}, and both states are built by the role {@code psqldef_user}
         * with {@code search_path} {@code foo, public}, in a schema {@code foo} it owns (sqldef's
         * {@code user:} cases).
         */
        AS_PSQLDEF_USER
    }

    /** The case's key in the baseline and in logs: {@code sqldef-postgres/CreateTable}. */
    String id() {
        return suite.id() + "/" + name;
    }

    boolean applicable() {
        return skipReason == null;
    }
}
