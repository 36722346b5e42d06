-- Sequences of the inspected schemas, standalone or owned by a column (OWNED BY). Those behind identity
-- columns belong to their column, and those created by an extension are left out.
SELECT c.relnamespace             AS schema_oid,
       c.relname                  AS name,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart                 AS start,
       s.seqincrement             AS increment,
       s.seqmin                   AS min_value,
       s.seqmax                   AS max_value,
       s.seqcache                 AS cache,
       s.seqcycle                 AS cycle,
       ot.relname                 AS owner_table,
       oa.attname                 AS owner_column,
       d.description              AS comment
FROM pg_class c
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend o
       ON o.classid = 'pg_class'::regclass AND o.objid = c.oid AND o.refclassid = 'pg_class'::regclass
      AND o.refobjsubid > 0 AND o.deptype = 'a'
LEFT JOIN pg_class ot ON ot.oid = o.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = o.refobjid AND oa.attnum = o.refobjsubid
LEFT JOIN pg_description d
       ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
WHERE c.relnamespace = ANY (?::oid[])
  AND c.relkind = 'S'
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype IN ('i', 'e'))
