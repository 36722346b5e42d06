-- Foreign keys declared on the tables of the inspected schemas, with the referenced table wherever it lives.
-- The copies PostgreSQL makes on partitions and for the partitions of a referenced table are left out.
-- Columns come as attnums, which the reader names from columns.sql; the referenced columns are named here
-- only when the referenced table is not one the inspection reads (the same test as tables.sql). Both
-- parameters are the oids of the inspected schemas.
SELECT con.conrelid                 AS table_oid,
       con.conname                  AS name,
       con.conkey                   AS attnums,
       con.confrelid                AS ref_table_oid,
       con.confkey                  AS ref_attnums,
       rn.nspname                   AS ref_schema,
       rc.relname                   AS ref_table,
       CASE WHEN rc.relnamespace = ANY (?::oid[])
                 AND NOT EXISTS (SELECT FROM pg_depend e
                                 WHERE e.classid = 'pg_class'::regclass AND e.objid = rc.oid AND e.deptype = 'e')
            THEN NULL
            ELSE ARRAY(SELECT a.attname
                       FROM unnest(con.confkey) WITH ORDINALITY AS k (attnum, n)
                       JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                       ORDER BY k.n)
       END                          AS ref_columns,
       con.confupdtype              AS on_update,
       con.confdeltype              AS on_delete,
       con.confmatchtype            AS match,
       con.condeferrable            AS deferrable,
       con.condeferred              AS initially_deferred,
       NOT con.convalidated         AS not_valid
FROM pg_class c
JOIN pg_constraint con ON con.conrelid = c.oid AND con.contype = 'f' AND con.conparentid = 0
JOIN pg_class rc ON rc.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE c.relnamespace = ANY (?::oid[])
  AND c.relkind IN ('r', 'p')
