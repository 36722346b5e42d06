package dev.atlasj.postgres.internal.plan;

/**
 * The stretches a plan is laid out in, in the order they run. Each holds the statements that can
 * only run once every earlier phase is done; within a phase, statements keep the order in which
 * the planner added them.
 */
public enum Phase {
    /** {@code CREATE SCHEMA}: everything else lives in a schema. */
    SCHEMAS,
    /** {@code CREATE EXTENSION}: after the schema it is installed in, before the tables that use its types. */
    EXTENSIONS,
    /** Enum types: before the columns of their type. */
    TYPES,
    /** Standalone sequences: before the column defaults that call {@code nextval} on them. */
    SEQUENCES,
    /** {@code CREATE TABLE}, referenced tables and partitioned parents first. */
    TABLES,
    /**
     * Keys and checks added to existing tables: those of a partitioned table, added once its
     * partitions exist so that the partitions' own constraints are adopted under their own names;
     * checks created {@code NOT VALID}. Before plain indexes, which could otherwise adopt a
     * partition's key index.
     */
    TABLE_CONSTRAINTS,
    /** {@code CREATE INDEX}, a partition's before its parent's so that the parent adopts them. */
    INDEXES,
    /** Foreign keys that could not be declared with their table: cycles, keys created later, {@code NOT VALID}. */
    FOREIGN_KEYS,
    /** {@code ALTER SEQUENCE … OWNED BY}: once the owning column exists. */
    SEQUENCE_OWNERSHIP
}
