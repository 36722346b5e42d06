-- Plain and partitioned tables of the inspected schemas, with comment, persistence and partitioning.
-- Tables created by an extension are left out. partition_of is qualified because search_path is empty.
SELECT c.oid,
       c.relnamespace                  AS schema_oid,
       c.relname                       AS name,
       c.relpersistence = 'u'          AS unlogged,
       d.description                   AS comment,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       parent.inhparent::regclass::text                           AS partition_of,
       pg_get_expr(c.relpartbound, c.oid)                         AS partition_bound
FROM pg_class c
LEFT JOIN pg_inherits parent ON c.relispartition AND parent.inhrelid = c.oid
LEFT JOIN pg_description d
       ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
WHERE c.relnamespace = ANY (?::oid[])
  AND c.relkind IN ('r', 'p')
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
