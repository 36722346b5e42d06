package dev.atlasj.postgres.internal.plan;

/**
 * The stretches a plan is laid out in, in the order they run. Each holds the statements that can
 * only run once every earlier phase is done; within a phase, statements keep the order in which
 * the planner added them.
 *
 * <p>Renames come first, because every other change names objects by their new names. Then what
 * goes away, dependents before what they depend on: foreign keys, whole tables, the keys, indexes
 * and columns of tables that stay. Then what is created or changed, as for a database built from
 * nothing. Last, the types, sequences, extensions and schemas that nothing uses any more once the
 * tables have changed.
 */
public enum Phase {
    /** Tables, columns and indexes renamed by the caller's hints. */
    RENAMES,
    /** {@code ALTER SEQUENCE … OWNED BY NONE} for a sequence that stays while the column that owns it goes. */
    SEQUENCE_RELEASE,
    /** Foreign keys dropped or about to change, and those that tie dropped tables into a cycle. */
    DROP_FOREIGN_KEYS,
    /** {@code ALTER TABLE … DETACH PARTITION}: before its parent may be dropped. */
    DETACH_PARTITIONS,
    /** {@code DROP TABLE}, referencing tables before the tables they reference; partitions go with their parent. */
    DROP_TABLES,
    /** Primary keys, unique constraints, checks and indexes of tables that stay. */
    DROP_CONSTRAINTS,
    /** Columns of tables that stay; generated columns before the columns they are computed from. */
    DROP_COLUMNS,
    /**
     * {@code ALTER COLUMN … DROP IDENTITY}: before sequences are created, one of which may take the
     * name of the identity's sequence (an identity column turned back into a {@code serial} one).
     */
    DROP_IDENTITIES,
    /** {@code CREATE SCHEMA} and schema comments: everything else lives in a schema. */
    SCHEMAS,
    /** Extensions installed, updated or moved: before the tables that use their types. */
    EXTENSIONS,
    /** Enum types and their new values: before the columns of their type. */
    TYPES,
    /** Sequences created or altered: before the column defaults that call {@code nextval} on them. */
    SEQUENCES,
    /** Tables that stay: columns added and altered, logging, comments. */
    ALTER_TABLES,
    /** {@code CREATE TABLE}, referenced tables and partitioned parents first. */
    TABLES,
    /**
     * Keys and checks added to existing tables: those of tables that stay, those of a partitioned
     * table (added once its partitions exist so that the partitions' own constraints are adopted
     * under their own names), checks created {@code NOT VALID}. Before plain indexes, which could
     * otherwise adopt a partition's key index.
     */
    TABLE_CONSTRAINTS,
    /** {@code CREATE INDEX}, a partition's before its parent's so that the parent adopts them; index comments. */
    INDEXES,
    /** Foreign keys added to tables that stay, and those that could not be declared with their table. */
    FOREIGN_KEYS,
    /**
     * {@code ALTER TABLE … ATTACH PARTITION} for a table that becomes a partition: once its columns,
     * keys and indexes are as its parent's, which adopts those that match.
     */
    ATTACH_PARTITIONS,
    /** {@code ALTER SEQUENCE … OWNED BY}: once the owning column exists. */
    SEQUENCE_OWNERSHIP,
    /** Sequences and enum types dropped: once no column uses them any more. */
    DROP_OBJECTS,
    /**
     * {@code ALTER COLUMN … ADD GENERATED … AS IDENTITY}: once the sequences are dropped, one of which
     * may hold the name PostgreSQL gives the identity's sequence (a {@code serial} column turned into
     * an identity one).
     */
    IDENTITIES,
    /** {@code DROP EXTENSION}: once no column uses its types. */
    DROP_EXTENSIONS,
    /** {@code DROP SCHEMA}: once it is empty. */
    DROP_SCHEMAS;

    /**
     * Whether the statements of a partition come before those of its parent in this phase, as they
     * must where the parent adopts what its partitions already have (keys, indexes, foreign keys
     * created on a partitioned table attach the partitions' matching ones). Everywhere else the
     * parent comes first: what it drops or changes, PostgreSQL drops or changes in its partitions.
     */
    boolean partitionsFirst() {
        return this == TABLE_CONSTRAINTS || this == INDEXES || this == FOREIGN_KEYS;
    }
}
