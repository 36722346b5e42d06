-- Indexes of the tables of the inspected schemas, one row per index column, in index and column order.
-- Those of primary keys and UNIQUE constraints carry the constraint; those of exclusion constraints and
-- the partitions of a partitioned index (which come back with their parent) are left out.
-- opclass and collation are set only when they differ from the default: opclass as PostgreSQL prints a
-- reference (qualified outside pg_catalog), collation like columns.sql. Column names are looked up per
-- row rather than joined: a join makes the planner hash all of pg_attribute. {nulls_not_distinct} is an
-- expression chosen by server version.
SELECT i.indrelid                                  AS table_oid,
       i.indexrelid                                AS index_oid,
       ic.relname                                  AS name,
       i.indisprimary                              AS primary_key,
       i.indisunique                               AS unique,
       i.indnkeyatts                               AS key_count,
       {nulls_not_distinct}                        AS nulls_not_distinct,
       am.amname                                   AS method,
       pg_get_expr(i.indpred, i.indrelid)          AS predicate,
       ic.reloptions                               AS storage_parameters,
       con.conname                                 AS constraint_name,
       con.condeferrable                           AS deferrable,
       con.condeferred                             AS initially_deferred,
       CASE WHEN con.oid IS NULL THEN d.description ELSE cd.description END AS comment,
       k.n                                         AS position,
       (SELECT a.attname FROM pg_attribute a
        WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum) AS column_name,
       CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.n::int, true) END AS expression,
       i.indoption[k.n - 1]                        AS options,
       CASE WHEN NOT opc.opcdefault THEN
            CASE WHEN opn.nspname = 'pg_catalog' THEN quote_ident(opc.opcname)
                 ELSE quote_ident(opn.nspname) || '.' || quote_ident(opc.opcname) END
       END                                         AS opclass,
       CASE WHEN i.indcollation[k.n - 1] <> (SELECT a.attcollation FROM pg_attribute a
                                             WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum) THEN
            CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname
                 ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
       END                                         AS collation
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
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k (attnum, n)
LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k.n - 1]
LEFT JOIN pg_namespace opn ON opn.oid = opc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = i.indcollation[k.n - 1]
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE c.relnamespace = ANY (?::oid[])
  AND c.relkind IN ('r', 'p')
  AND NOT ic.relispartition
  AND (con.contype IS NULL OR con.contype <> 'x')
ORDER BY i.indexrelid, k.n
