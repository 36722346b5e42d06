package dev.atlasj.sql;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement cut from a script, with where it came from.
 *
 * @param text the statement without its delimiter, trimmed
 * @param line the 1-based line on which the statement starts
 * @param comments the comments directly above the statement (with their markers), for directives; a blank
 *     line between a comment and the statement detaches it, as in Atlas
 * @param terminator the delimiter that ended the statement in the script ({@code ;}, or the one a
 *     {@code DELIMITER} command or {@code -- atlas:delimiter} directive set); empty when the script ended first
 */
public record Statement(String text, int line, List<String> comments, String terminator) {

    public Statement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(terminator, "terminator");
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
