-- Objects that issue 3 does not cover, one row per object: (kind, name). Objects an extension
-- created belong to the extension, which is in scope, and are left out.
WITH ns AS (
    SELECT n.oid, n.nspname, n.nspowner, n.nspacl
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%'
      AND n.nspname NOT LIKE 'pg\_temp\_%'
),
member AS (
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
),
rel AS (
    SELECT c.oid, c.relname, c.relkind, c.relowner, c.relacl, c.relrowsecurity, c.relforcerowsecurity,
           c.relispartition, ns.nspname
    FROM pg_class c
    JOIN ns ON ns.oid = c.relnamespace
    WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
),
typ AS (
    SELECT t.oid, t.typname, t.typtype, t.typrelid, t.typowner, t.typacl, ns.nspname
    FROM pg_type t
    JOIN ns ON ns.oid = t.typnamespace
    WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
)
SELECT CASE relkind WHEN 'v' THEN 'views' WHEN 'm' THEN 'materialized views' ELSE 'foreign tables' END,
       nspname || '.' || relname
FROM rel WHERE relkind IN ('v', 'm', 'f')
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedures' WHEN 'a' THEN 'aggregates' ELSE 'functions' END,
       ns.nspname || '.' || p.proname
FROM pg_proc p
JOIN ns ON ns.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
UNION ALL
SELECT 'triggers', rel.nspname || '.' || rel.relname || '.' || t.tgname
FROM pg_trigger t JOIN rel ON rel.oid = t.tgrelid
WHERE NOT t.tgisinternal
UNION ALL
SELECT 'policies', rel.nspname || '.' || rel.relname || '.' || p.polname
FROM pg_policy p JOIN rel ON rel.oid = p.polrelid
UNION ALL
SELECT 'row-level security', nspname || '.' || relname
FROM rel WHERE relrowsecurity OR relforcerowsecurity
UNION ALL
SELECT 'rules', rel.nspname || '.' || rel.relname || '.' || r.rulename
FROM pg_rewrite r JOIN rel ON rel.oid = r.ev_class
WHERE r.rulename <> '_RETURN'
UNION ALL
SELECT 'exclusion constraints', rel.nspname || '.' || rel.relname || '.' || c.conname
FROM pg_constraint c JOIN rel ON rel.oid = c.conrelid
WHERE c.contype = 'x'
UNION ALL
SELECT 'table inheritance', rel.nspname || '.' || rel.relname
FROM pg_inherits i JOIN rel ON rel.oid = i.inhrelid
WHERE NOT rel.relispartition
UNION ALL
SELECT CASE typtype WHEN 'd' THEN 'domains' WHEN 'r' THEN 'range types' ELSE 'composite types' END,
       nspname || '.' || typname
FROM typ
WHERE typtype IN ('d', 'r')
   OR (typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = typ.typrelid AND c.relkind = 'c'))
UNION ALL
SELECT 'collations', ns.nspname || '.' || c.collname
FROM pg_collation c JOIN ns ON ns.oid = c.collnamespace
WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_collation'::regclass AND m.objid = c.oid)
UNION ALL
SELECT 'privileges', nspname || '.' || relname
FROM rel
WHERE relacl IS NOT NULL
  AND relacl <> acldefault(CASE relkind WHEN 'S' THEN 's'::"char" ELSE 'r'::"char" END, relowner)
UNION ALL
SELECT 'privileges', rel.nspname || '.' || rel.relname || '.' || a.attname
FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'privileges', nspname || '.' || typname
FROM typ
WHERE typacl IS NOT NULL AND typacl <> acldefault('T', typowner)
UNION ALL
SELECT 'privileges', nspname
FROM ns
WHERE CASE WHEN nspname = 'public'
           THEN nspacl IS DISTINCT FROM acldefault('n', nspowner) || makeaclitem(0, nspowner, 'USAGE', false)
           ELSE nspacl <> acldefault('n', nspowner)
      END
UNION ALL
SELECT 'privileges', 'default privileges of ' || pg_get_userbyid(d.defaclrole)
FROM pg_default_acl d
ORDER BY 1, 2
