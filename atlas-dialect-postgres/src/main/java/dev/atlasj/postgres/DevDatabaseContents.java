package dev.atlasj.postgres;

import dev.atlasj.state.DevDatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a would-be dev database holds beyond what a fresh PostgreSQL database has: schemas other than
 * {@code public}, extensions other than {@code plpgsql}, and the relations, types and routines of its
 * user schemas ({@value #QUERY}).
 */
final class DevDatabaseContents {

    private static final String QUERY = "dev_database_contents.sql";
    private static final String SQL = load();
    private static final int NAMED_AT_MOST = 10;

    private DevDatabaseContents() {
    }

    /**
     * Checks that the database behind {@code connection} holds nothing.
     *
     * @throws DevDatabaseException naming what it holds
     * @throws SQLException when the catalog cannot be read
     */
    static void requireEmpty(Connection connection) throws SQLException {
        List<String> objects = list(connection);
        if (!objects.isEmpty()) {
            String named = String.join(", ", objects.subList(0, Math.min(NAMED_AT_MOST, objects.size())))
                    + (objects.size() > NAMED_AT_MOST ? " and " + (objects.size() - NAMED_AT_MOST) + " more" : "");
            throw new DevDatabaseException("the dev database \"" + connection.getCatalog() + "\" is not empty: it holds "
                    + named + ". A dev database must be empty, because the desired state is loaded there and read"
                    + " back; give an empty database (or embedded://postgres, which makes one)");
        }
    }

    /** What the database behind {@code connection} holds, each as {@code KIND NAME} (names quoted where needed). */
    static List<String> list(Connection connection) throws SQLException {
        List<String> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SQL)) {
            while (rows.next()) {
                objects.add(rows.getString("kind") + " " + rows.getString("name"));
            }
        }
        return objects;
    }

    private static String load() {
        try (InputStream in = DevDatabaseContents.class.getResourceAsStream(QUERY)) {
            if (in == null) {
                throw new IllegalStateException(QUERY + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + QUERY, e);
        }
    }
}
