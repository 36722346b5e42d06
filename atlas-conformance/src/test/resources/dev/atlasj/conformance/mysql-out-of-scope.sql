-- Objects of the current database that the MySQL inspector does not read, one row per object:
-- (kind, name). Views, triggers, procedures and functions are read, and so are in scope.
SELECT 'events' AS kind, EVENT_NAME AS name
FROM information_schema.EVENTS
WHERE EVENT_SCHEMA = DATABASE()
UNION ALL
SELECT CASE TABLE_TYPE WHEN 'SEQUENCE' THEN 'sequences'
                       WHEN 'SYSTEM VERSIONED' THEN 'system-versioned tables'
                       ELSE LOWER(TABLE_TYPE) END,
       TABLE_NAME
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE NOT IN ('BASE TABLE', 'VIEW')
ORDER BY 1, 2
