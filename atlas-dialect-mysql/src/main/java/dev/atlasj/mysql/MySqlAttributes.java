package dev.atlasj.mysql;

import dev.atlasj.schema.AttributeKey;

/**
 * The MySQL and MariaDB detail the model keeps in {@link dev.atlasj.schema.Attributes}.
 *
 * <p>Rule for every key: an absent attribute means the server's default, or what the object inherits
 * from its parent. The inspector stores a value only when it differs: a table's character set only
 * when it is not its schema's, a column's only when it is not its table's, an index type only when it
 * is not {@code BTREE}, a view's check option only when there is one, and so on. Flags are stored only
 * when {@code true}.
 */
public final class MySqlAttributes {

    private MySqlAttributes() {
    }

    /**
     * Schema, table or column: the character set, when it differs from the parent's (the server's for a
     * schema, the schema's for a table, the table's for a column).
     */
    public static final AttributeKey<String> CHARSET = AttributeKey.of("mysql.charset", String.class);

    /**
     * Schema or table: the collation, when it differs from the parent's (the server's for a schema, the
     * schema's for a table). A column's collation is {@link dev.atlasj.schema.Column#collation()}, set
     * when it differs from its table's.
     */
    public static final AttributeKey<String> COLLATION = AttributeKey.of("mysql.collation", String.class);

    /** Table: the storage engine, when it is not the server's default ({@code MyISAM}, {@code MEMORY}, …). */
    public static final AttributeKey<String> ENGINE = AttributeKey.of("mysql.table.engine", String.class);

    /** Table: the row format when one was given ({@code COMPRESSED}, {@code DYNAMIC}, …). */
    public static final AttributeKey<String> ROW_FORMAT = AttributeKey.of("mysql.table.row_format", String.class);

    /**
     * Table: other table options as the server lists them in {@code CREATE_OPTIONS}, the row format and
     * partitioning left out ({@code stats_persistent=0 checksum=1}).
     */
    public static final AttributeKey<String> TABLE_OPTIONS = AttributeKey.of("mysql.table.options", String.class);

    /**
     * Table: the next value of its AUTO_INCREMENT counter, when it has one. This is data, not schema:
     * it is read for the record and must never be diffed (two databases with the same schema have
     * different counters). Only present when the counter is above 1.
     */
    public static final AttributeKey<Long> AUTO_INCREMENT_COUNTER =
            AttributeKey.of("mysql.table.auto_increment_counter", Long.class);

    /** Table: how it is partitioned, with its partitions. */
    public static final AttributeKey<Partitioning> PARTITIONING = AttributeKey.of("mysql.table.partitioning", Partitioning.class);

    /** Column: {@code AUTO_INCREMENT}. */
    public static final AttributeKey<Boolean> AUTO_INCREMENT = AttributeKey.of("mysql.column.auto_increment", Boolean.class);

    /**
     * Column: the {@code ON UPDATE} expression of a temporal column, spelled {@code CURRENT_TIMESTAMP} or
     * {@code CURRENT_TIMESTAMP(n)} on both flavors.
     */
    public static final AttributeKey<String> ON_UPDATE = AttributeKey.of("mysql.column.on_update", String.class);

    /** Column: {@code INVISIBLE} (left out of {@code SELECT *}). */
    public static final AttributeKey<Boolean> INVISIBLE = AttributeKey.of("mysql.column.invisible", Boolean.class);

    /**
     * Index: {@code FULLTEXT}, {@code SPATIAL} or {@code HASH}, when it is not {@code BTREE}. (A MEMORY
     * table's indexes are {@code HASH} unless declared otherwise, and come back so.)
     */
    public static final AttributeKey<String> INDEX_TYPE = AttributeKey.of("mysql.index.type", String.class);

    /** Index: the parser of a {@code FULLTEXT} index ({@code WITH PARSER ngram}). */
    public static final AttributeKey<String> FULLTEXT_PARSER = AttributeKey.of("mysql.index.parser", String.class);

    /** Index: invisible to the optimizer (MySQL's {@code INVISIBLE}, MariaDB's {@code IGNORED}). */
    public static final AttributeKey<Boolean> INDEX_INVISIBLE = AttributeKey.of("mysql.index.invisible", Boolean.class);

    /**
     * Primary key: its comment ({@code PRIMARY KEY (a) COMMENT 'c'}); the model's primary key has no
     * comment of its own, unlike an index.
     */
    public static final AttributeKey<String> PRIMARY_KEY_COMMENT = AttributeKey.of("mysql.primary_key.comment", String.class);

    /** Index part: the prefix length of a column part ({@code name(20)}), in characters for text columns. */
    public static final AttributeKey<Integer> PREFIX_LENGTH = AttributeKey.of("mysql.part.prefix_length", Integer.class);

    /** Check: {@code NOT ENFORCED} (MySQL 8.0.16+; MariaDB enforces every check). */
    public static final AttributeKey<Boolean> NOT_ENFORCED = AttributeKey.of("mysql.check.not_enforced", Boolean.class);

    /** View: {@code WITH CASCADED CHECK OPTION} or {@code WITH LOCAL CHECK OPTION}: {@code CASCADED} or {@code LOCAL}. */
    public static final AttributeKey<String> VIEW_CHECK_OPTION = AttributeKey.of("mysql.view.check_option", String.class);

    /** View: {@code MERGE} or {@code TEMPTABLE} when given (absent is {@code UNDEFINED}); read on MariaDB only. */
    public static final AttributeKey<String> VIEW_ALGORITHM = AttributeKey.of("mysql.view.algorithm", String.class);

    /** View or routine: {@code INVOKER} for {@code SQL SECURITY INVOKER} (absent is {@code DEFINER}). */
    public static final AttributeKey<String> SECURITY = AttributeKey.of("mysql.security", String.class);

    /** View, routine or trigger: the definer account, {@code `user`@`host`}. */
    public static final AttributeKey<String> DEFINER = AttributeKey.of("mysql.definer", String.class);

    /** Routine: {@code DETERMINISTIC}. */
    public static final AttributeKey<Boolean> DETERMINISTIC = AttributeKey.of("mysql.routine.deterministic", Boolean.class);

    /**
     * Routine: what it does with data, when not {@code CONTAINS SQL}: {@code NO SQL},
     * {@code READS SQL DATA} or {@code MODIFIES SQL DATA}.
     */
    public static final AttributeKey<String> DATA_ACCESS = AttributeKey.of("mysql.routine.data_access", String.class);

    /** Trigger: {@code BEFORE} or {@code AFTER}. */
    public static final AttributeKey<String> TRIGGER_TIMING = AttributeKey.of("mysql.trigger.timing", String.class);

    /** Trigger: {@code INSERT}, {@code UPDATE} or {@code DELETE}. */
    public static final AttributeKey<String> TRIGGER_EVENT = AttributeKey.of("mysql.trigger.event", String.class);

    /**
     * Trigger: its place among the table's triggers of the same timing and event, from 1, when there are
     * several ({@code FOLLOWS}/{@code PRECEDES} put it there).
     */
    public static final AttributeKey<Integer> TRIGGER_ORDER = AttributeKey.of("mysql.trigger.order", Integer.class);
}
