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
        StringBuilder script = new StringBuilder(text.length() + 16);
        Section section = Section.BEFORE;
        int blockLine = 0;
        int number = 0;
        for (int from = 0; from < text.length() && section != Section.AFTER; ) {
            int end = text.indexOf('\n', from);
            String line = text.substring(from, end < 0 ? text.length() : end);
            from = end < 0 ? text.length() : end + 1;
            number++;
            if (line.startsWith(GOOSE)) {
                String annotation = line.substring(GOOSE.length()).strip();
                switch (annotation) {
                    case "Up" -> section = expect(section, Section.BEFORE, Section.UP, number, annotation);
                    case "Down" -> section = expect(section, Section.UP, Section.AFTER, number, annotation);
                    case "StatementBegin" -> {
                        section = expect(section, Section.UP, Section.BLOCK, number, annotation);
                        blockLine = number;
                    }
                    case "StatementEnd" -> {
                        section = expect(section, Section.BLOCK, Section.UP, number, annotation);
                        script.append(GOOSE_DELIMITER);
                    }
                    default -> script.append(section == Section.BEFORE ? "" : line);
                }
            } else if (section != Section.BEFORE) {
                script.append(line);
                if (section == Section.UP && line.stripTrailing().endsWith(";") && !line.stripLeading().startsWith("--")) {
                    script.append(GOOSE_DELIMITER);
                }
            } else if (!line.isBlank() && !line.stripLeading().startsWith("--")) {
                throw new SqlSyntaxException(number, "SQL before the -- +goose Up annotation never runs");
            }
            script.append(end < 0 ? "" : "\n");
        }
        if (section == Section.BLOCK) {
            throw new SqlSyntaxException(blockLine, "-- +goose StatementBegin is never closed by -- +goose StatementEnd");
        }
        return script.toString();
    }

    /**
     * The {@code -- migrate:up} section of a dbmate file: the lines after it up to {@code -- migrate:down}.
     *
     * @throws SqlSyntaxException when SQL comes before {@code -- migrate:up}
     */
    static String dbmate(String text) {
        StringBuilder script = new StringBuilder(text.length());
        Section section = Section.BEFORE;
        int number = 0;
        for (int from = 0; from < text.length() && section != Section.AFTER; ) {
            int end = text.indexOf('\n', from);
            String line = text.substring(from, end < 0 ? text.length() : end);
            from = end < 0 ? text.length() : end + 1;
            number++;
            if (line.startsWith(DBMATE)) {
                String word = line.substring(DBMATE.length()).strip().split("\\s+", 2)[0];
                if (word.equals("up") && section == Section.BEFORE) {
                    section = Section.UP;
                } else if (word.equals("down") && section == Section.UP) {
                    section = Section.AFTER;
                } else {
                    throw new SqlSyntaxException(number, "unexpected " + line.strip());
                }
            } else if (section == Section.UP) {
                script.append(line);
            } else if (!line.isBlank() && !line.stripLeading().startsWith("--")) {
                throw new SqlSyntaxException(number, "SQL before the -- migrate:up annotation never runs");
            }
            script.append(end < 0 ? "" : "\n");
        }
        return script.toString();
    }

    private enum Section { BEFORE, UP, BLOCK, AFTER }

    private static Section expect(Section current, Section expected, Section next, int line, String annotation) {
        if (current != expected) {
            throw new SqlSyntaxException(line, "unexpected -- +goose " + annotation);
        }
        return next;
    }
}
