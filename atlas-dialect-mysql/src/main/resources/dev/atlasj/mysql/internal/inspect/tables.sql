-- Base tables with their options. The character set is the prefix of the collation's name, which saves
-- a join with COLLATIONS. CREATE_OPTIONS holds what was given explicitly (row_format=…, partitioned, …).
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS name, ENGINE AS engine, AUTO_INCREMENT AS auto_increment,
       TABLE_COLLATION AS collation, CREATE_OPTIONS AS create_options, TABLE_COMMENT AS comment
FROM information_schema.TABLES
WHERE {scope:TABLE_SCHEMA} AND TABLE_TYPE = 'BASE TABLE'
