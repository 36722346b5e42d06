-- CHECK constraints declared on the tables of the inspected schemas; those a table only inherits are left out.
SELECT con.conrelid                          AS table_oid,
       con.conname                           AS name,
       pg_get_expr(con.conbin, con.conrelid) AS expression,
       con.connoinherit                      AS no_inherit,
       NOT con.convalidated                  AS not_valid
FROM pg_class c
JOIN pg_constraint con ON con.conrelid = c.oid AND con.contype = 'c' AND con.conislocal
WHERE c.relnamespace = ANY (?::oid[])
  AND c.relkind IN ('r', 'p')
