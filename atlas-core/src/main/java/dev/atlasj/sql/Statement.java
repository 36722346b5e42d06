package dev.atlasj.sql;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement cut from a script, with where it came from.
 *
 * @param text the statement without its delimiter, trimmed
 * @param line the 1-based line on which the statement starts
 * @param comments the comment lines directly above the statement (with their markers), for directives
 */
public record Statement(String text, int line, List<String> comments) {

    public Statement {
        Objects.requireNonNull(text, "text");
        comments = List.copyOf(comments);
    }

    /**
     * The 1-based line of a character offset within {@link #text()} (for example the position a
     * database reports for an error), in the script the statement came from.
     */
    public int lineOf(int offset) {
        int line = this.line;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
