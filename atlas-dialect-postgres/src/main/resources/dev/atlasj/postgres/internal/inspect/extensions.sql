-- Installed extensions: all of them when every schema is inspected (first parameter true), otherwise those
-- installed in the inspected schemas (second parameter). plpgsql is left out: every database has it.
SELECT e.extname     AS name,
       n.nspname     AS schema,
       e.extversion  AS version,
       d.description AS comment
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_description d
       ON d.classoid = 'pg_extension'::regclass AND d.objoid = e.oid AND d.objsubid = 0
WHERE e.extname <> 'plpgsql'
  AND (?::boolean OR e.extnamespace = ANY (?::oid[]))
