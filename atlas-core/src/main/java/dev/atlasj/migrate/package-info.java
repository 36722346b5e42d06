/**
 * Versioned migration directories, compatible with Atlas's: reading them, checking them against their
 * {@code atlas.sum}, and adding files to them.
 *
 * <p>{@link dev.atlasj.migrate.MigrationDirectory} is the entry point. It reads a directory from a
 * folder, from the classpath (inside a jar too) or from a URL as Atlas's {@code --dir} takes it, in one
 * of the {@link dev.atlasj.migrate.DirectoryFormat formats} Atlas reads: its own, Flyway's,
 * golang-migrate's, goose's or dbmate's. Its {@link dev.atlasj.migrate.MigrationFile files} come in the
 * order they run, each with its version and description, its {@code -- atlas:} directives and its
 * {@link dev.atlasj.migrate.MigrationStatement statements}, which carry their line and the cumulative
 * hash Atlas's revisions table records while a file is half applied.
 *
 * <p>{@link dev.atlasj.migrate.SumFile} is {@code atlas.sum}, computed byte for byte as Atlas computes
 * it. {@link dev.atlasj.migrate.MigrationDirectory#validate} checks a whole directory before anything
 * runs and throws one {@link dev.atlasj.migrate.MigrationDirectoryException} listing every
 * {@link dev.atlasj.migrate.DirectoryProblem problem} (a {@link dev.atlasj.migrate.ChecksumMismatchException},
 * {@link dev.atlasj.migrate.MissingSumException} or {@link dev.atlasj.migrate.MalformedSumException}
 * when the sum is among them). Every exception here is a {@link dev.atlasj.migrate.MigrationException}.
 *
 * <p>What runs a directory against a database (the revisions table, the lock, transactions) builds on
 * these types and is not part of this package's reading and checking.
 */
package dev.atlasj.migrate;
