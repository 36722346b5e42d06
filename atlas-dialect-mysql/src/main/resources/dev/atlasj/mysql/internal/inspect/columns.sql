-- Columns of tables and views (the rows of views are dropped while reading); ordered by the reader.
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, COLUMN_NAME AS name, ORDINAL_POSITION AS position,
       COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS default_value,
       EXTRA AS extra, CHARACTER_SET_NAME AS charset, COLLATION_NAME AS collation, COLUMN_COMMENT AS comment,
       GENERATION_EXPRESSION AS generation_expression
FROM information_schema.COLUMNS
WHERE {scope:TABLE_SCHEMA}
