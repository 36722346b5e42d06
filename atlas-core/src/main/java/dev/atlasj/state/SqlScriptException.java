package dev.atlasj.state;

/**
 * A statement of a SQL script failed on the dev database, or the script cannot be cut into
 * statements. The message reads {@code FILE:LINE: message}, where the message is the database's own
 * and LINE is where the database located the error (the line the statement starts on when it gave no
 * position).
 */
public class SqlScriptException extends DesiredStateException {

    private final String script;
    private final int line;

    public SqlScriptException(String script, int line, String message, Throwable cause) {
        super(script + ":" + line + ": " + message, cause);
        this.script = script;
        this.line = line;
    }

    /** The {@link SqlScript#name()} of the failing script: a file's path as the user gave it. */
    public String script() {
        return script;
    }

    /** The 1-based line of the error in the script. */
    public int line() {
        return line;
    }
}
