package dev.atlasj.plan;

/** How statements are grouped into transactions when a plan or a migration directory is applied. */
public enum TxMode {
    /** One transaction per file, or for the whole plan of a declarative apply (the default). */
    FILE,
    /** One transaction for every pending file of a migration run. */
    ALL,
    /** No transaction: each statement commits on its own. */
    NONE
}
