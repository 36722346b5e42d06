-- Databases (schemas) with their default character set and collation.
SELECT SCHEMA_NAME AS name, DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation,
       {schema_comment} AS comment
FROM information_schema.SCHEMATA
WHERE {scope:SCHEMA_NAME}
