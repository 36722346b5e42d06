package dev.atlasj.conformance;

/**
 * How one case ran in one direction. Cases the index marks as not applicable (pgvector, PostgreSQL
 * 18, offline-only, other MySQL flavors and versions) do not run and are only counted as skipped in the report.
 */
enum Outcome {
    /** The plan was applied and the database then matched the target, with nothing left to plan. */
    PASS,
    /** The plan was refused, a statement failed, or the database did not match the target afterwards. */
    FAIL,
    /**
     * A side holds objects beyond the dialect's scope (on PostgreSQL what issue 3 does not cover, on
     * MySQL what the inspector does not read); the case neither passes nor fails.
     */
    OUT_OF_SCOPE,
    /** A side's SQL does not load on the server, even with the harness's help. */
    NOT_LOADABLE
}
