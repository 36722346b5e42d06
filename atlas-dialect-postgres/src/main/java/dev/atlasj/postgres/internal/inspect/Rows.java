package dev.atlasj.postgres.internal.inspect;

import java.sql.Array;
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
    static List<String> stringList(ResultSet row, String column) throws SQLException {
        return List.of(strings(row, column));
    }

    /** The text array in {@code column}, or {@code null}. */
    static String[] strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? null : (String[]) array.getArray();
    }

    /** The integer or oid array in {@code column}, or {@code null}. */
    static Number[] numbers(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? null : (Number[]) array.getArray();
    }
}
