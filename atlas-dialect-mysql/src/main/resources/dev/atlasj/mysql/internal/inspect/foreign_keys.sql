-- Foreign-key columns. Their actions come from foreign_key_actions.sql and are matched in Java:
-- MariaDB joins two information_schema tables by nested loops, which for 1,000 keys costs more than
-- both queries together.
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, CONSTRAINT_NAME AS name,
       ORDINAL_POSITION AS position, COLUMN_NAME AS column_name,
       REFERENCED_TABLE_SCHEMA AS ref_schema, REFERENCED_TABLE_NAME AS ref_table,
       REFERENCED_COLUMN_NAME AS ref_column
FROM information_schema.KEY_COLUMN_USAGE
WHERE {scope:TABLE_SCHEMA} AND REFERENCED_TABLE_NAME IS NOT NULL
