-- Index parts, the primary key's included. EXPRESSION (functional parts) and IS_VISIBLE exist on MySQL
-- only; MariaDB has IGNORED instead of invisible indexes and no functional parts.
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, INDEX_NAME AS name, NON_UNIQUE AS non_unique,
       SEQ_IN_INDEX AS position, COLUMN_NAME AS column_name, COLLATION AS direction, SUB_PART AS prefix_length,
       INDEX_TYPE AS index_type, INDEX_COMMENT AS comment, {expression} AS expression, {invisible} AS invisible
FROM information_schema.STATISTICS
WHERE {scope:TABLE_SCHEMA}
