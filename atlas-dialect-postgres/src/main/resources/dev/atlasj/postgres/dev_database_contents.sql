-- What a database holds beyond what a fresh one has: schemas other than public, extensions other than
-- plpgsql, and the relations, types and routines of every user schema. Objects that belong to an
-- extension are named by their extension alone; a table's indexes, constraints and row type go with it, and
-- a range type's constructor functions with the type.
WITH user_schemas AS (
    SELECT n.oid, n.nspname
    FROM pg_namespace n
    WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
), extension_members AS (
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
)
SELECT kind, name FROM (
    SELECT 'schema' AS kind, quote_ident(s.nspname) AS name
    FROM user_schemas s
    WHERE s.nspname <> 'public'
      AND NOT EXISTS (SELECT FROM extension_members m WHERE m.classid = 'pg_namespace'::regclass AND m.objid = s.oid)
    UNION ALL
    SELECT 'extension', quote_ident(e.extname)
    FROM pg_extension e
    WHERE e.extname <> 'plpgsql'
    UNION ALL
    SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                          WHEN 'f' THEN 'foreign table' WHEN 'c' THEN 'type' ELSE 'table' END,
           quote_ident(s.nspname) || '.' || quote_ident(c.relname)
    FROM pg_class c
    JOIN user_schemas s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
      AND NOT EXISTS (SELECT FROM extension_members m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
    UNION ALL
    SELECT 'type', quote_ident(s.nspname) || '.' || quote_ident(t.typname)
    FROM pg_type t
    JOIN user_schemas s ON s.oid = t.typnamespace
    WHERE t.typtype IN ('b', 'd', 'e', 'p', 'r')
      AND NOT EXISTS (SELECT FROM pg_type a WHERE a.typarray = t.oid)
      AND NOT EXISTS (SELECT FROM extension_members m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
           quote_ident(s.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'
    FROM pg_proc p
    JOIN user_schemas s ON s.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
) AS objects
ORDER BY kind = 'schema' DESC, kind = 'extension' DESC, name, kind
