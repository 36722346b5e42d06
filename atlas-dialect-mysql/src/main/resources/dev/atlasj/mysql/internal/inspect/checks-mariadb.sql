-- MariaDB's checks name their table; LEVEL is 'Column' for a check written on a column (and for the
-- json_valid check of a JSON column). MariaDB enforces every check.
SELECT CONSTRAINT_SCHEMA AS schema_name, TABLE_NAME AS table_name, CONSTRAINT_NAME AS name,
       CHECK_CLAUSE AS clause, LEVEL AS level, 'YES' AS enforced
FROM information_schema.CHECK_CONSTRAINTS
WHERE {scope:CONSTRAINT_SCHEMA}
