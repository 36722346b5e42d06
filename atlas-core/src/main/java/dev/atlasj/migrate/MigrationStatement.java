package dev.atlasj.migrate;

import dev.atlasj.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a migration file, as the migrator runs it and records it.
 *
 * @param file the migration file, relative to its directory
 * @param index the statement's 0-based position in the file: how many statements run before it
 * @param statement the statement's text, line and the comments directly above it
 * @param hash the cumulative hash Atlas records in the revisions table's {@code partial_hashes} once
 *     this statement has run: {@code h1:} and the base64 SHA-256 over the text of every statement of
 *     the file up to and including this one. A half-applied file is resumed only if the statements
 *     already run still hash the same.
 */
public record MigrationStatement(String file, int index, Statement statement, String hash) {

    public MigrationStatement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(hash, "hash");
    }

    /** The SQL to run, without its delimiter. */
    public String text() {
        return statement.text();
    }

    /** The 1-based line of the file on which the statement starts. */
    public int line() {
        return statement.line();
    }

    /** {@code FILE:LINE}, for messages. */
    public String location() {
        return file + ":" + line();
    }

    /**
     * The lint checks an {@code -- atlas:nolint [CODES…]} comment directly above the statement turns
     * off: analyzer names or codes such as {@code DS103}; an empty list turns every check off.
     */
    public Optional<List<String>> nolint() {
        return FileHeader.statementNolint(statement.comments());
    }

    /**
     * The statements of a file with their cumulative hashes. Atlas hashes each statement's text as its
     * scanner keeps it, which ends with the {@code ;} that terminated it (a custom delimiter is dropped).
     */
    static List<MigrationStatement> hashed(String file, List<Statement> statements) {
        Sha256 running = new Sha256();
        List<MigrationStatement> hashed = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            running.add(statement.terminator().equals(";") ? statement.text() + ";" : statement.text());
            hashed.add(new MigrationStatement(file, hashed.size(), statement, "h1:" + running.base64()));
        }
        return List.copyOf(hashed);
    }
}
