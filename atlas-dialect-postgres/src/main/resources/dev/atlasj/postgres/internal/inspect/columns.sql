-- Columns of the tables of the inspected schemas, dropped columns left out, in no order: the reader orders
-- them by attnum, which also names the columns of index parts and foreign keys, as collation_oid compares
-- index collations. collation is set only when it differs from the type's default collation: its bare
-- name when in pg_catalog, else qualified as PostgreSQL prints it. Identity columns carry the options of
-- their sequence; the OFFSET 0 fence keeps that lookup from running for the other columns.
SELECT a.attrelid                          AS table_oid,
       a.attnum                            AS attnum,
       a.attname                           AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull                        AS not_null,
       pg_get_expr(ad.adbin, ad.adrelid)   AS default_expression,
       a.attgenerated = 's'                AS generated,
       a.attidentity                       AS identity,
       s.seqstart                          AS identity_start,
       s.seqincrement                      AS identity_increment,
       s.seqmin                            AS identity_min,
       s.seqmax                            AS identity_max,
       s.seqcache                          AS identity_cache,
       s.seqcycle                          AS identity_cycle,
       CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname
            ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
       END                                 AS collation,
       a.attcollation                      AS collation_oid,
       d.description                       AS comment
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN LATERAL (SELECT s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
                   FROM pg_depend id
                   JOIN pg_sequence s ON s.seqrelid = id.objid
                   WHERE a.attidentity <> '' AND id.classid = 'pg_class'::regclass
                     AND id.refclassid = 'pg_class'::regclass AND id.refobjid = a.attrelid
                     AND id.refobjsubid = a.attnum AND id.deptype = 'i'
                   OFFSET 0) s ON true
LEFT JOIN pg_description d
       ON d.classoid = 'pg_class'::regclass AND d.objoid = a.attrelid AND d.objsubid = a.attnum
WHERE c.relnamespace = ANY (?::oid[])
  AND c.relkind IN ('r', 'p')
