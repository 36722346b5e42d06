package dev.atlasj.migrate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of Atlas's {@code atlas_schema_revisions} table: what a database records of one migration
 * file, written by Atlas or by this library alike.
 *
 * @param version the file's version
 * @param description the file's description
 * @param type bit flags: {@link #BASELINE}, {@link #EXECUTE}, {@link #RESOLVED}
 * @param applied how many of the file's statements have run
 * @param total how many statements the file has
 * @param executedAt when the file started to run
 * @param executionTime how long it ran (stored in nanoseconds, as Atlas does)
 * @param error the error of the statement that failed, when one did
 * @param errorStatement the statement that failed
 * @param hash the file's {@code atlas.sum} entry, without {@code h1:}
 * @param partialHashes while the file is partly applied, the cumulative hash ({@code h1:…}) after each
 *     statement that ran; empty once the file has run to its end
 * @param operatorVersion the tool that wrote the row
 */
public record Revision(String version, String description, int type, int applied, int total, Instant executedAt,
        Duration executionTime, Optional<String> error, Optional<String> errorStatement, String hash,
        List<String> partialHashes, String operatorVersion) {

    /** The type flag of a baseline row: the database already held the schema up to this version. */
    public static final int BASELINE = 1;
    /** The type flag of a file that ran. */
    public static final int EXECUTE = 2;
    /** The type flag of a row set by hand ({@code migrate set}): counted as applied. */
    public static final int RESOLVED = 4;

    public Revision {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(executedAt, "executedAt");
        Objects.requireNonNull(executionTime, "executionTime");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(errorStatement, "errorStatement");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(operatorVersion, "operatorVersion");
        partialHashes = List.copyOf(partialHashes);
    }

    /** Whether the file stopped part way and is to be resumed: fewer statements ran than it has, and nobody resolved it. */
    public boolean isPartial() {
        return applied < total && (type & RESOLVED) == 0 && (type & BASELINE) == 0;
    }

    /** {@code VERSION (applied/total)}, with the error when there is one. */
    @Override
    public String toString() {
        return version + " (" + applied + "/" + total + ")" + error.map(e -> ": " + e).orElse("");
    }
}
