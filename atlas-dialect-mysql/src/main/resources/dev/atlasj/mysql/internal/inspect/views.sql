-- Views. ALGORITHM is in MariaDB's catalog only; MySQL keeps it to SHOW CREATE VIEW, which is not run.
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS name, VIEW_DEFINITION AS definition, CHECK_OPTION AS check_option,
       DEFINER AS definer, SECURITY_TYPE AS security, {algorithm} AS algorithm
FROM information_schema.VIEWS
WHERE {scope:TABLE_SCHEMA}
