-- Enum types of the inspected schemas with their labels in sort order; those created by an extension are left out.
SELECT t.typnamespace AS schema_oid,
       t.typname      AS name,
       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
       d.description  AS comment
FROM pg_type t
LEFT JOIN pg_description d
       ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
WHERE t.typnamespace = ANY (?::oid[])
  AND t.typtype = 'e'
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
