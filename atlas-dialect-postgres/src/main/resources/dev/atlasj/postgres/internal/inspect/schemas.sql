-- Schemas to inspect, with their comments: the requested names, or every user schema when the list is empty.
-- System schemas (pg_*, information_schema) and schemas created by an extension are never returned.
WITH requested (names) AS (SELECT ?::text[])
SELECT n.oid,
       n.nspname     AS name,
       d.description AS comment
FROM requested
CROSS JOIN pg_namespace n
LEFT JOIN pg_description d
       ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid AND d.objsubid = 0
WHERE (cardinality(requested.names) = 0 OR n.nspname = ANY (requested.names))
  AND n.nspname NOT LIKE 'pg\_%'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
