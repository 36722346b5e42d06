package dev.atlasj.postgres;

import dev.atlasj.schema.AttributeKey;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL detail the model keeps in {@link dev.atlasj.schema.Attributes}.
 *
 * <p>Rule for every key: an absent attribute means PostgreSQL's default. The inspector stores a
 * value only when it differs from what PostgreSQL does without being told (a btree index, an
 * ascending part with NULLS LAST, the type's default operator class, MATCH SIMPLE…), so that a
 * schema written with or without the defaults spelled out gives the same model.
 */
public final class PostgresAttributes {

    private PostgresAttributes() {
    }

    /** Column: the identity specification of an identity column. */
    public static final AttributeKey<Identity> IDENTITY = AttributeKey.of("postgres.column.identity", Identity.class);

    /** Index: the access method when not {@code btree} ({@code hash}, {@code gin}, {@code gist}, {@code brin}, …). */
    public static final AttributeKey<String> INDEX_METHOD = AttributeKey.of("postgres.index.method", String.class);

    /** Index: the predicate of a partial index, as {@code pg_get_expr} prints it. */
    public static final AttributeKey<String> INDEX_PREDICATE = AttributeKey.of("postgres.index.predicate", String.class);

    /** Index: non-key columns stored in the index ({@code INCLUDE (…)}). */
    public static final AttributeKey<List<String>> INDEX_INCLUDE = AttributeKey.listOf("postgres.index.include");

    /** Index: {@code NULLS NOT DISTINCT} on a unique index or constraint (PostgreSQL 15+). */
    public static final AttributeKey<Boolean> INDEX_NULLS_NOT_DISTINCT =
            AttributeKey.of("postgres.index.nulls_not_distinct", Boolean.class);

    /** Index: storage parameters ({@code WITH (fillfactor = 70)}), name to value. */
    public static final AttributeKey<Map<String, String>> INDEX_STORAGE_PARAMETERS =
            AttributeKey.mapOf("postgres.index.storage_parameters");

    /** Index: the index backs a {@code UNIQUE} constraint of the same name rather than standing alone. */
    public static final AttributeKey<Boolean> INDEX_CONSTRAINT = AttributeKey.of("postgres.index.constraint", Boolean.class);

    /** Index part: a non-default operator class, qualified with its schema unless it is in {@code pg_catalog}. */
    public static final AttributeKey<String> PART_OPCLASS = AttributeKey.of("postgres.part.opclass", String.class);

    /** Index part: {@code FIRST} or {@code LAST} when NULLS sort against the default for the direction. */
    public static final AttributeKey<String> PART_NULLS = AttributeKey.of("postgres.part.nulls", String.class);

    /** Index part: a collation other than the column's. */
    public static final AttributeKey<String> PART_COLLATION = AttributeKey.of("postgres.part.collation", String.class);

    /** Constraint (primary key, unique, foreign key): {@code DEFERRABLE}. */
    public static final AttributeKey<Boolean> DEFERRABLE = AttributeKey.of("postgres.constraint.deferrable", Boolean.class);

    /** Constraint: {@code INITIALLY DEFERRED} (only with {@link #DEFERRABLE}). */
    public static final AttributeKey<Boolean> INITIALLY_DEFERRED =
            AttributeKey.of("postgres.constraint.initially_deferred", Boolean.class);

    /** Foreign key or check: created {@code NOT VALID} and not validated since. */
    public static final AttributeKey<Boolean> NOT_VALID = AttributeKey.of("postgres.constraint.not_valid", Boolean.class);

    /** Foreign key: {@code FULL} or {@code PARTIAL} (absent for the default, {@code SIMPLE}). */
    public static final AttributeKey<String> FK_MATCH = AttributeKey.of("postgres.fk.match", String.class);

    /** Check: {@code NO INHERIT}. */
    public static final AttributeKey<Boolean> CHECK_NO_INHERIT = AttributeKey.of("postgres.check.no_inherit", Boolean.class);

    /** Table: the partition key of a partitioned table, as {@code pg_get_partkeydef} prints it ({@code RANGE (created)}). */
    public static final AttributeKey<String> PARTITION_KEY = AttributeKey.of("postgres.table.partition_key", String.class);

    /** Table: the parent of a partition, qualified ({@code public.events}). */
    public static final AttributeKey<String> PARTITION_OF = AttributeKey.of("postgres.table.partition_of", String.class);

    /** Table: a partition's bound, as {@code pg_get_expr(relpartbound)} prints it ({@code FOR VALUES FROM …}). */
    public static final AttributeKey<String> PARTITION_BOUND = AttributeKey.of("postgres.table.partition_bound", String.class);

    /** Table: {@code UNLOGGED}. */
    public static final AttributeKey<Boolean> UNLOGGED = AttributeKey.of("postgres.table.unlogged", Boolean.class);
}
