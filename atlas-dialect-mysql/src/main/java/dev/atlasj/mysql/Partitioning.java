package dev.atlasj.mysql;

import java.util.List;
import java.util.Objects;

/**
 * How a table is partitioned: {@code PARTITION BY RANGE COLUMNS (created) (PARTITION p0 VALUES LESS THAN …)}.
 *
 * @param method {@code RANGE}, {@code LIST}, {@code HASH}, {@code KEY}, {@code LINEAR HASH},
 *     {@code LINEAR KEY}, {@code RANGE COLUMNS}, {@code LIST COLUMNS} or MariaDB's {@code SYSTEM_TIME}
 * @param expression the partitioning expression or column list as the server prints it (empty for
 *     {@code KEY} over the primary key)
 * @param subpartitionMethod {@code HASH}, {@code KEY}, {@code LINEAR HASH} or {@code LINEAR KEY}, or {@code null}
 * @param subpartitionExpression the subpartitioning expression, or {@code null}
 * @param partitions the partitions in their order
 */
public record Partitioning(String method, String expression, String subpartitionMethod, String subpartitionExpression,
        List<Partition> partitions) {

    public Partitioning {
        Objects.requireNonNull(method, "method");
        expression = expression == null ? "" : expression;
        partitions = List.copyOf(partitions);
    }

    /**
     * One partition.
     *
     * @param name the partition name
     * @param values its bound as the server prints it: {@code 10} for {@code VALUES LESS THAN (10)},
     *     {@code 1,2,3} for {@code VALUES IN (1,2,3)}, {@code MAXVALUE}; {@code null} for HASH and KEY
     * @param subpartitions how many subpartitions it has (0 for none)
     * @param comment the partition comment, or {@code null}
     */
    public record Partition(String name, String values, int subpartitions, String comment) {
        public Partition {
            Objects.requireNonNull(name, "name");
        }
    }
}
