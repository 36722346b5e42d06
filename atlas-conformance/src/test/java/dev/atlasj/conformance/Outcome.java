package dev.atlasj.conformance;

/**
 * How one case ran in one direction. Cases the index marks as not applicable (pgvector, PostgreSQL
 * 18, offline-only) do not run and are only counted as skipped in the report.
 */
enum Outcome {
    /** The plan was applied and the database then matched the target, with nothing left to plan. */
    PASS,
    /** The plan was refused, a statement failed, or the database did not match the target afterwards. */
    FAIL,
    /** A side holds objects that issue 3 does not cover; the case neither passes nor fails. */
    OUT_OF_SCOPE,
    /** A side's SQL does not load on PostgreSQL, even with the harness's help. */
    NOT_LOADABLE
}
