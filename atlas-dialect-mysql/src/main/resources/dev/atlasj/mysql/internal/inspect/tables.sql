-- Base tables with their options, and the names of views (so that views.sql runs only when there are
-- some: it opens every table of the schema). The character set is the prefix of the collation's name,
-- which saves a join with COLLATIONS. CREATE_OPTIONS holds what was given explicitly (row_format=…,
-- partitioned, …).
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS name, TABLE_TYPE AS kind, ENGINE AS engine,
       AUTO_INCREMENT AS auto_increment, TABLE_COLLATION AS collation, CREATE_OPTIONS AS create_options,
       TABLE_COMMENT AS comment
FROM information_schema.TABLES
WHERE {scope:TABLE_SCHEMA} AND TABLE_TYPE IN ('BASE TABLE', 'VIEW')
