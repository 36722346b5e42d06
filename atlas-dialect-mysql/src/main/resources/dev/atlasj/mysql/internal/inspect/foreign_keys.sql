-- Foreign-key columns with their constraint's actions. Names are compared as bytes: the catalog's
-- collation is case-insensitive, but two tables or constraints may differ in case only.
SELECT k.TABLE_SCHEMA AS schema_name, k.TABLE_NAME AS table_name, k.CONSTRAINT_NAME AS name,
       k.ORDINAL_POSITION AS position, k.COLUMN_NAME AS column_name,
       k.REFERENCED_TABLE_SCHEMA AS ref_schema, k.REFERENCED_TABLE_NAME AS ref_table,
       k.REFERENCED_COLUMN_NAME AS ref_column, r.UPDATE_RULE AS on_update, r.DELETE_RULE AS on_delete
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON CAST(r.CONSTRAINT_SCHEMA AS BINARY) = CAST(k.CONSTRAINT_SCHEMA AS BINARY)
 AND CAST(r.TABLE_NAME AS BINARY) = CAST(k.TABLE_NAME AS BINARY)
 AND CAST(r.CONSTRAINT_NAME AS BINARY) = CAST(k.CONSTRAINT_NAME AS BINARY)
WHERE {scope:k.TABLE_SCHEMA} AND {scope:r.CONSTRAINT_SCHEMA} AND k.REFERENCED_TABLE_NAME IS NOT NULL
