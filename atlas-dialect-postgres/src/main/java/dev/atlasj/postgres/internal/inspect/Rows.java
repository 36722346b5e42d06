package dev.atlasj.postgres.internal.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reading helpers shared by the row mappers. */
final class Rows {

    private Rows() {
    }

    /**
     * {@code true} when the boolean {@code column} is true, {@code null} otherwise: flag attributes are
     * stored only when set, since absent means PostgreSQL's default.
     */
    static Boolean flag(ResultSet row, String column) throws SQLException {
        return row.getBoolean(column) ? Boolean.TRUE : null;
    }

    /** The text array in {@code column}, as an immutable list. */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        return List.of((String[]) row.getArray(column).getArray());
    }
}
