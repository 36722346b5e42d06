-- The ON UPDATE and ON DELETE actions of foreign keys.
SELECT CONSTRAINT_SCHEMA AS schema_name, TABLE_NAME AS table_name, CONSTRAINT_NAME AS name,
       UPDATE_RULE AS on_update, DELETE_RULE AS on_delete
FROM information_schema.REFERENTIAL_CONSTRAINTS
WHERE {scope:CONSTRAINT_SCHEMA}
