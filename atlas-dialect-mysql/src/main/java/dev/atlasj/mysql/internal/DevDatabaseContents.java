package dev.atlasj.mysql.internal;

import dev.atlasj.state.DevDatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a MySQL dev database and its server hold, read to check that the dev database is empty when a
 * session starts and to put everything back when it ends.
 *
 * @param database the dev database
 * @param charset its default character set when the session started
 * @param collation its default collation when the session started
 * @param databases the server's databases when the session started, system databases included
 */
public record DevDatabaseContents(String database, String charset, String collation, Set<String> databases) {

    /** The databases every server has, which a dev session never drops. */
    public static final Set<String> SYSTEM_DATABASES = Set.of("information_schema", "mysql", "performance_schema", "sys");

    private static final int NAMED_AT_MOST = 10;
    private static final String OBJECTS = """
            SELECT CASE TABLE_TYPE WHEN 'VIEW' THEN 'view' WHEN 'SEQUENCE' THEN 'sequence' ELSE 'table' END, TABLE_NAME
              FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?
            UNION ALL
            SELECT LOWER(ROUTINE_TYPE), ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?
            UNION ALL
            SELECT 'event', EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?
            ORDER BY 1, 2""";

    /**
     * The contents of {@code database} and its server, when the database holds no object.
     *
     * @throws DevDatabaseException naming what the database holds
     */
    public static DevDatabaseContents requireEmpty(Connection connection, String database) throws SQLException {
        List<String> objects = new ArrayList<>();
        for (String[] object : objects(connection, database)) {
            objects.add(object[0] + " " + object[1]);
        }
        if (!objects.isEmpty()) {
            String named = String.join(", ", objects.subList(0, Math.min(NAMED_AT_MOST, objects.size())))
                    + (objects.size() > NAMED_AT_MOST ? " and " + (objects.size() - NAMED_AT_MOST) + " more" : "");
            throw new DevDatabaseException("the dev database \"" + database + "\" is not empty: it holds " + named
                    + ". A dev database must be empty, because the desired state is loaded there and read back; give"
                    + " an empty database (or embedded://mariadb, which makes one)");
        }
        String[] defaults = defaults(connection, database);
        return new DevDatabaseContents(database, defaults[0], defaults[1], databases(connection));
    }

    /** The kind and name of every object of {@code database}, in order: {@code {"table", "t"}}. */
    public static List<String[]> objects(Connection connection, String database) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(OBJECTS)) {
            for (int i = 1; i <= 3; i++) {
                query.setString(i, database);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    objects.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return objects;
    }

    /** The default character set and collation of {@code database}, or nulls when it does not exist. */
    public static String[] defaults(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT DEFAULT_CHARACTER_SET_NAME,"
                + " DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new String[] {rows.getString(1), rows.getString(2)} : new String[2];
            }
        }
    }

    /** Every database of the server, system databases included. */
    public static Set<String> databases(Connection connection) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
