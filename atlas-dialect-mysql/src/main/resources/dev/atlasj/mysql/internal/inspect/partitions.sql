-- Partitions and subpartitions. Run only when tables.sql saw a partitioned table: it opens every table.
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, PARTITION_NAME AS name,
       PARTITION_ORDINAL_POSITION AS position, SUBPARTITION_NAME AS subpartition,
       PARTITION_METHOD AS method, PARTITION_EXPRESSION AS expression,
       SUBPARTITION_METHOD AS subpartition_method, SUBPARTITION_EXPRESSION AS subpartition_expression,
       PARTITION_DESCRIPTION AS bound, PARTITION_COMMENT AS comment
FROM information_schema.PARTITIONS
WHERE {scope:TABLE_SCHEMA} AND PARTITION_NAME IS NOT NULL
