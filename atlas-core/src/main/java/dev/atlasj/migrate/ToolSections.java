package dev.atlasj.migrate;

import dev.atlasj.sql.SqlSyntaxException;

/**
 * The part of a goose or dbmate migration file that runs, as a script for the statement splitter. Every
 * line stays on its line number, so statements keep the lines of the file; what does not run becomes
 * an empty line.
 */
final class ToolSections {

    /**
     * The delimiter the goose script uses: goose ends a statement at a line ending with {@code ;}, or
     * at {@code -- +goose StatementEnd}, not at every {@code ;}. A NUL character never occurs in SQL text.
     */
    static final String GOOSE_DELIMITER = "\u0000";

    private static final String GOOSE = "-- +goose";
    private static final String DBMATE = "-- migrate:";

    private ToolSections() {
    }

    /**
     * The {@code -- +goose Up} section of a goose file, with {@link #GOOSE_DELIMITER} after each
     * statement: after a line ending with {@code ;} (not a comment), and in place of the
     * {@code -- +goose StatementEnd} of a {@code StatementBegin} block, as Atlas reads goose files.
     *
     * @throws SqlSyntaxException when the annotations are out of order or a block is never closed
     */
    static String goose(String text) {
        String[] lines = text.split("\n", -1);
        Section section = Section.BEFORE;
        int blockLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (section == Section.AFTER) {
                lines[i] = "";
            } else if (line.startsWith(GOOSE)) {
                String annotation = line.substring(GOOSE.length()).strip();
                lines[i] = "";
                switch (annotation) {
                    case "Up" -> section = expect(section, Section.BEFORE, Section.UP, number, annotation);
                    case "Down" -> section = expect(section, Section.UP, Section.AFTER, number, annotation);
                    case "StatementBegin" -> {
                        section = expect(section, Section.UP, Section.BLOCK, number, annotation);
                        blockLine = number;
                    }
                    case "StatementEnd" -> {
                        section = expect(section, Section.BLOCK, Section.UP, number, annotation);
                        lines[i] = GOOSE_DELIMITER;
                    }
                    default -> lines[i] = section == Section.BEFORE ? "" : line;
                }
            } else if (section == Section.UP) {
                boolean ends = line.stripTrailing().endsWith(";") && !line.stripLeading().startsWith("--");
                lines[i] = ends ? line + GOOSE_DELIMITER : line;
            } else if (section == Section.BEFORE) {
                lines[i] = beforeUp(line, number, "-- +goose Up");
            }
        }
        if (section == Section.BLOCK) {
            throw new SqlSyntaxException(blockLine, "-- +goose StatementBegin is never closed by -- +goose StatementEnd");
        }
        return String.join("\n", lines);
    }

    /**
     * The {@code -- migrate:up} section of a dbmate file: the lines after it up to {@code -- migrate:down}.
     *
     * @throws SqlSyntaxException when SQL comes before {@code -- migrate:up}, or the markers are out of order
     */
    static String dbmate(String text) {
        String[] lines = text.split("\n", -1);
        Section section = Section.BEFORE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (section == Section.AFTER) {
                lines[i] = "";
            } else if (line.startsWith(DBMATE)) {
                String word = line.substring(DBMATE.length()).strip().split("\\s+", 2)[0];
                if (word.equals("up") && section == Section.BEFORE) {
                    section = Section.UP;
                } else if (word.equals("down") && section == Section.UP) {
                    section = Section.AFTER;
                } else {
                    throw new SqlSyntaxException(i + 1, "unexpected " + line.strip());
                }
                lines[i] = "";
            } else if (section == Section.BEFORE) {
                lines[i] = beforeUp(line, i + 1, "-- migrate:up");
            }
        }
        return String.join("\n", lines);
    }

    /** A line before the up section: nothing, though SQL there is an error, as it would never run. */
    private static String beforeUp(String line, int number, String up) {
        if (!line.isBlank() && !line.stripLeading().startsWith("--")) {
            throw new SqlSyntaxException(number, "SQL before the " + up + " annotation never runs");
        }
        return "";
    }

    private enum Section { BEFORE, UP, BLOCK, AFTER }

    private static Section expect(Section current, Section expected, Section next, int line, String annotation) {
        if (current != expected) {
            throw new SqlSyntaxException(line, "unexpected -- +goose " + annotation);
        }
        return next;
    }
}
