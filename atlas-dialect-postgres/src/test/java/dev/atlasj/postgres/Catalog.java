package dev.atlasj.postgres;

import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a test database's catalogs: single queries, and a description of every user object to compare two databases by. */
final class Catalog {

    private static final String USER_SCHEMAS =
            " NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND %s NOT LIKE 'pg_temp%%'";

    /**
     * One query per kind of object, each row naming the object and everything PostgreSQL says about
     * it, ordered by name: two databases with the same schema give the same lines whatever order
     * their objects were created in (columns included).
     */
    private static final List<String> DESCRIPTION = List.of(
            "SELECT 'schema ' || nspname || ' ' || coalesce(obj_description(oid, 'pg_namespace'), '')"
                    + " FROM pg_namespace n WHERE nspname" + userSchemas("nspname") + " ORDER BY 1",
            "SELECT 'extension ' || extname || ' ' || extversion || ' ' || extnamespace::regnamespace"
                    + " || ' ' || coalesce(obj_description(oid, 'pg_extension'), '') FROM pg_extension ORDER BY 1",
            "SELECT 'relation ' || c.oid::regclass || ' ' || c.relkind::text || ' ' || c.relpersistence::text || ' '"
                    + " || coalesce(pg_get_partkeydef(c.oid), '') || ' ' || coalesce(pg_get_expr(c.relpartbound, c.oid), '')"
                    + " || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '')"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'p', 'i', 'I', 'S') AND n.nspname" + userSchemas("n.nspname")
                    + " ORDER BY 1",
            "SELECT 'column ' || a.attrelid::regclass || '.' || quote_ident(a.attname) || ' '"
                    + " || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                    + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                    + " || ' identity:' || a.attidentity::text || ' generated:' || a.attgenerated::text"
                    + " || coalesce(' collate ' || NULLIF(co.collname, 'default'), '')"
                    + " || ' ' || coalesce(col_description(a.attrelid, a.attnum), '')"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                    + " LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100"
                    + " WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
                    + " AND n.nspname" + userSchemas("n.nspname") + " ORDER BY 1",
            "SELECT 'constraint ' || c.conrelid::regclass || ' ' || quote_ident(c.conname) || ' '"
                    + " || pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                    + " WHERE c.contype <> 't' AND c.conrelid <> 0 AND n.nspname" + userSchemas("n.nspname")
                    + " ORDER BY 1",
            "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname" + userSchemas("schemaname") + " ORDER BY 1",
            "SELECT 'enum ' || t.oid::regtype || ' (' || string_agg(quote_literal(e.enumlabel), ', '"
                    + " ORDER BY e.enumsortorder) || ') ' || coalesce(obj_description(t.oid, 'pg_type'), '')"
                    + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.oid ORDER BY 1",
            "SELECT 'sequence ' || s.seqrelid::regclass || ' ' || s.seqtypid::regtype || ' ' || s.seqstart || ' '"
                    + " || s.seqincrement || ' ' || s.seqmin || ' ' || s.seqmax || ' ' || s.seqcache || ' ' || s.seqcycle"
                    + " || coalesce(' owned by ' || d.refobjid::regclass || '.' || a.attname, '')"
                    + " FROM pg_sequence s LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass"
                    + " AND d.objid = s.seqrelid AND d.deptype IN ('a', 'i') AND d.refclassid = 'pg_class'::regclass"
                    + " LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid ORDER BY 1");

    private Catalog() {
    }

    /** Every user schema, extension, table, index, sequence, column, constraint and enum of the database, one line each. */
    static List<String> describe(TestDatabase db) {
        return query(db, DESCRIPTION.toArray(String[]::new));
    }

    /** Runs each query and returns every row, its values joined by {@code " | "}. */
    static List<String> query(TestDatabase db, String... queries) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : queries) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            values.add(String.valueOf(rs.getString(i)));
                        }
                        rows.add(String.join(" | ", values));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("catalog query failed on " + db + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static String userSchemas(String column) {
        return String.format(USER_SCHEMAS, column);
    }
}
