-- Routine parameters; position 0 is a function's return value, which ROUTINES already gives.
SELECT SPECIFIC_SCHEMA AS schema_name, SPECIFIC_NAME AS routine_name, ROUTINE_TYPE AS kind,
       ORDINAL_POSITION AS position, PARAMETER_MODE AS mode, PARAMETER_NAME AS name, DTD_IDENTIFIER AS type
FROM information_schema.PARAMETERS
WHERE {scope:SPECIFIC_SCHEMA} AND ORDINAL_POSITION > 0
