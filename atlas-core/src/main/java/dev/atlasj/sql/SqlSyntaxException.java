package dev.atlasj.sql;

import dev.atlasj.AtlasException;

/** A script cannot be cut into statements: a quote, comment or block is never closed. */
public class SqlSyntaxException extends AtlasException {

    private final int line;
    private final String problem;

    public SqlSyntaxException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
        this.problem = message;
    }

    /** What is wrong, without the line: {@code the string that starts here is never closed with '}. */
    public String problem() {
        return problem;
    }

    /** The 1-based line where the unclosed construct starts. */
    public int line() {
        return line;
    }
}
