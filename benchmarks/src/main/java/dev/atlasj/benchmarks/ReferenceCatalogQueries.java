package dev.atlasj.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The floor an inspector cannot go below: nine hand-written bulk catalog queries that fetch every
 * object of the schema (as the peer benchmark in {@code shared/research/peer-benchmarks.md} did),
 * rows read and thrown away, no model built.
 */
final class ReferenceCatalogQueries {

    private static final List<String> QUERIES = List.of(
            "SELECT n.oid, n.nspname, obj_description(n.oid, 'pg_namespace') FROM pg_namespace n WHERE n.nspname = ANY (?)",
            "SELECT c.oid, c.relname, c.relkind, c.relpersistence, obj_description(c.oid, 'pg_class') "
                    + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p')",
            "SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                    + "pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, a.attcollation, "
                    + "col_description(a.attrelid, a.attnum) "
                    + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                    + "WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped",
            "SELECT con.conrelid, con.conname, con.contype, con.conkey, con.confrelid, con.confkey, con.confupdtype, "
                    + "con.confdeltype, con.confmatchtype, con.condeferrable, con.condeferred, con.convalidated, "
                    + "con.connoinherit, pg_get_expr(con.conbin, con.conrelid) "
                    + "FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace WHERE n.nspname = ANY (?)",
            "SELECT i.indrelid, ic.relname, am.amname, i.indisunique, i.indisprimary, i.indkey, i.indnkeyatts, "
                    + "i.indoption, i.indclass, pg_get_expr(i.indexprs, i.indrelid), pg_get_expr(i.indpred, i.indrelid), "
                    + "ic.reloptions FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                    + "JOIN pg_am am ON am.oid = ic.relam JOIN pg_namespace n ON n.oid = ic.relnamespace "
                    + "WHERE n.nspname = ANY (?)",
            "SELECT i.indexrelid, k.ord, pg_get_indexdef(i.indexrelid, k.ord::int, true) "
                    + "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace "
                    + "CROSS JOIN LATERAL generate_series(1, i.indnatts) AS k(ord) "
                    + "WHERE n.nspname = ANY (?) AND i.indkey[k.ord - 1] = 0",
            "SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                    + "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ANY (?) ORDER BY t.oid, e.enumsortorder",
            "SELECT c.relname, s.seqtypid, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle "
                    + "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = ANY (?)",
            "SELECT d.objid, d.refobjid, d.refobjsubid, d.deptype FROM pg_depend d JOIN pg_class c ON c.oid = d.objid "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (?) AND c.relkind = 'S' "
                    + "AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')");

    private ReferenceCatalogQueries() {
    }

    static int count() {
        return QUERIES.size();
    }

    /** Runs every query and reads every column of every row; returns the row count. */
    static long run(Connection c, String schema) throws SQLException {
        long rows = 0;
        Array schemas = c.createArrayOf("text", new Object[] {schema});
        for (String sql : QUERIES) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, schemas);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
