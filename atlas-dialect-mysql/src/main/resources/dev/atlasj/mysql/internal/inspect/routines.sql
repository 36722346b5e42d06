-- Stored functions and procedures (MariaDB's Oracle-mode packages are left out).
SELECT ROUTINE_SCHEMA AS schema_name, ROUTINE_NAME AS name, ROUTINE_TYPE AS kind, DTD_IDENTIFIER AS return_type,
       ROUTINE_DEFINITION AS body, IS_DETERMINISTIC AS is_deterministic, SQL_DATA_ACCESS AS data_access,
       SECURITY_TYPE AS security, DEFINER AS definer, ROUTINE_COMMENT AS comment
FROM information_schema.ROUTINES
WHERE {scope:ROUTINE_SCHEMA} AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
