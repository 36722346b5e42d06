-- MySQL's CHECK_CONSTRAINTS has no table name: TABLE_CONSTRAINTS gives it, with ENFORCED. Check names
-- are unique per schema.
SELECT t.TABLE_SCHEMA AS schema_name, t.TABLE_NAME AS table_name, t.CONSTRAINT_NAME AS name,
       c.CHECK_CLAUSE AS clause, 'Table' AS level, t.ENFORCED AS enforced
FROM information_schema.TABLE_CONSTRAINTS t
JOIN information_schema.CHECK_CONSTRAINTS c
  ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
WHERE {scope:t.TABLE_SCHEMA} AND {scope:c.CONSTRAINT_SCHEMA} AND t.CONSTRAINT_TYPE = 'CHECK'
