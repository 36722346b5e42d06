package dev.atlasj.benchmarks;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer an application without a schema library would use: a full JDBC {@link DatabaseMetaData}
 * walk (tables, then columns, primary keys, imported keys and indexes of each table).
 */
final class DatabaseMetaDataWalk {

    private DatabaseMetaDataWalk() {
    }

    /** Walks the schema and returns how many rows the driver produced, so the work cannot be skipped. */
    static long walk(Connection c, String schema) throws SQLException {
        return walk(c, null, schema);
    }

    /**
     * Walks the tables of {@code catalog} and {@code schema} as the driver names them (MySQL Connector/J
     * calls a database a catalog: {@code walk(c, "shop", null)}).
     */
    static long walk(Connection c, String catalog, String schema) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> tables = new ArrayList<>();
        long rows = 0;
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            rows += drain(md.getColumns(catalog, schema, table, "%"));
            rows += drain(md.getPrimaryKeys(catalog, schema, table));
            rows += drain(md.getImportedKeys(catalog, schema, table));
            rows += drain(md.getIndexInfo(catalog, schema, table, false, false));
        }
        return rows + tables.size();
    }

    private static long drain(ResultSet rs) throws SQLException {
        long n = 0;
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }
}
