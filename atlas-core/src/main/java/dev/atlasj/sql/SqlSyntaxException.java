package dev.atlasj.sql;

import dev.atlasj.AtlasException;

/** A script cannot be cut into statements: a quote, comment or block is never closed. */
public class SqlSyntaxException extends AtlasException {

    private final int line;

    public SqlSyntaxException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line where the unclosed construct starts. */
    public int line() {
        return line;
    }
}
