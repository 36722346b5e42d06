-- Indexes of the tables of the inspected schemas, one row per index; those of primary keys and UNIQUE
-- constraints carry the constraint. Those of exclusion constraints and the partitions of a partitioned
-- index (which come back with their parent) are left out.
-- The parts come as arrays by position: attnums (0 for an expression; INCLUDE columns after the first
-- key_count), options (indoption bits), collations (oids). The reader names columns from columns.sql, so
-- that nothing here runs per column. The arrays of expressions, non-default operator classes and collation
-- names are built only for the indexes that need them. opclass names are printed as PostgreSQL prints a
-- reference, collation names like columns.sql. {nulls_not_distinct} is an expression chosen by server version.
SELECT i.indrelid                         AS table_oid,
       ic.relname                         AS name,
       i.indisprimary                     AS primary_key,
       i.indisunique                      AS unique,
       i.indnkeyatts                      AS key_count,
       {nulls_not_distinct}               AS nulls_not_distinct,
       am.amname                          AS method,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       ic.reloptions                      AS storage_parameters,
       con.conname                        AS constraint_name,
       con.condeferrable                  AS deferrable,
       con.condeferred                    AS initially_deferred,
       CASE WHEN con.oid IS NULL THEN d.description ELSE cd.description END AS comment,
       i.indkey::int2[]                   AS attnums,
       i.indoption::int2[]                AS options,
       i.indcollation::oid[]              AS collations,
       CASE WHEN i.indexprs IS NOT NULL THEN
            ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true) END
                  FROM generate_series(1, i.indnkeyatts) AS k
                  ORDER BY k)
       END                                AS expressions,
       CASE WHEN i.indclass::oid[] && (SELECT array_agg(oid) FROM pg_opclass WHERE NOT opcdefault) THEN
            ARRAY(SELECT CASE WHEN opc.opcdefault THEN NULL
                              WHEN n.nspname = 'pg_catalog' THEN quote_ident(opc.opcname)
                              ELSE quote_ident(n.nspname) || '.' || quote_ident(opc.opcname) END
                  FROM unnest(i.indclass::oid[]) WITH ORDINALITY AS u (oid, k)
                  JOIN pg_opclass opc ON opc.oid = u.oid
                  JOIN pg_namespace n ON n.oid = opc.opcnamespace
                  ORDER BY u.k)
       END                                AS opclasses,
       CASE WHEN NOT i.indcollation::oid[] <@ '{0,100}'::oid[] THEN
            ARRAY(SELECT CASE WHEN n.nspname = 'pg_catalog' THEN co.collname
                              ELSE quote_ident(n.nspname) || '.' || quote_ident(co.collname) END
                  FROM unnest(i.indcollation::oid[]) WITH ORDINALITY AS u (oid, k)
                  LEFT JOIN pg_collation co ON co.oid = u.oid
                  LEFT JOIN pg_namespace n ON n.oid = co.collnamespace
                  ORDER BY u.k)
       END                                AS collation_names
FROM pg_class c
JOIN pg_index i ON i.indrelid = c.oid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint con
       ON con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_description d
       ON d.classoid = 'pg_class'::regclass AND d.objoid = i.indexrelid AND d.objsubid = 0
LEFT JOIN pg_description cd
       ON cd.classoid = 'pg_constraint'::regclass AND cd.objoid = con.oid AND cd.objsubid = 0
WHERE c.relnamespace = ANY (?::oid[])
  AND c.relkind IN ('r', 'p')
  AND NOT ic.relispartition
  AND (con.contype IS NULL OR con.contype <> 'x')
