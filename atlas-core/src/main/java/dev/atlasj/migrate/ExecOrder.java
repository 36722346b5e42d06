package dev.atlasj.migrate;

/**
 * What a run does with a file that has not run although a later one has (a file merged from another
 * branch), as Atlas's {@code --exec-order} says.
 */
public enum ExecOrder {
    /** Refuse the run, naming the file (the default). */
    LINEAR,
    /** Leave the file out and run what comes after the last applied file. */
    LINEAR_SKIP,
    /** Run the file first, then what comes after the last applied file. */
    NON_LINEAR
}
