package dev.atlasj.conformance;

import dev.atlasj.inspect.InspectOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where a dialect's harness builds the two states of a case. {@link CaseRunner} asks for A, then for
 * B, and migrates each database it was given from the state it holds.
 */
interface CaseStates extends AutoCloseable {

    /** One state of a case: A, the start of A→B, or B, its target. */
    enum Side {
        A, B
    }

    /**
     * Builds {@code side} of {@code testCase} from its SQL in an empty database, which
     * {@link #session(Side)} then reaches.
     *
     * @return why the side's SQL does not load, or empty when it loaded
     */
    Optional<String> build(ConformanceCase testCase, Side side) throws SQLException;

    /** The connection to the database that holds {@code side}'s state, in auto-commit mode. */
    Connection session(Side side);

    /**
     * Whether both sides share one database, so that building one wipes the other. The runner then
     * takes what it needs of A before B is built, and builds A again to migrate it.
     */
    boolean shareOneDatabase();

    /** What to inspect: every schema of the database, unless a dialect's database holds others. */
    default InspectOptions inspectOptions() {
        return InspectOptions.allSchemas();
    }

    /** {@code text} without what differs from run to run (the harness's database names). */
    default String stable(String text) {
        return text;
    }

    @Override
    void close() throws SQLException;
}
