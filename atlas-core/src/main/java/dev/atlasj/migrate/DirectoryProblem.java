package dev.atlasj.migrate;

import java.util.Objects;

/**
 * One thing wrong with a migration directory, found before anything runs.
 *
 * @param kind what sort of problem it is
 * @param file the file at fault, relative to the directory ({@code atlas.sum} for problems of the sum)
 * @param line the 1-based line in {@code file}, or 0 when the problem has no line
 * @param message what is wrong and, where there is one, what to do about it
 */
public record DirectoryProblem(Kind kind, String file, int line, String message) {

    /** The sorts of problems {@link MigrationDirectory#problems} reports. */
    public enum Kind {
        /** Migration files exist but {@code atlas.sum} does not. */
        MISSING_SUM,
        /** {@code atlas.sum} cannot be read as a sum file, or its first line does not match its entries. */
        MALFORMED_SUM,
        /** A file was added, edited or removed after {@code atlas.sum} was written. */
        CHECKSUM_MISMATCH,
        /** A file is not UTF-8 text. */
        ENCODING,
        /** A quote, comment or block is never closed, or a tool's section markers are out of order. */
        SYNTAX,
        /** An {@code -- atlas:} directive has a bad value or sits where it is not read. */
        DIRECTIVE,
        /** A file name's version does not parse as the directory format requires. */
        VERSION,
        /** Two files have the same version. */
        DUPLICATE_VERSION,
        /** A file of a kind not supported yet, such as a Flyway repeatable migration. */
        UNSUPPORTED_FILE
    }

    public DirectoryProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE: MESSAGE}, or {@code FILE: MESSAGE} when there is no line. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
