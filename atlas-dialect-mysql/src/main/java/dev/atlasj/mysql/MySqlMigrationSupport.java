package dev.atlasj.mysql;

import dev.atlasj.dialect.MigrationSupport;
import dev.atlasj.migrate.MigrationLockException;
import dev.atlasj.sql.SqlSyntax;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Migration runs on MySQL and MariaDB, as Atlas's {@code mysql} driver does them: the revisions table in
 * the connection's database, the server's named lock ({@code GET_LOCK}), which the server releases when
 * the session ends.
 */
final class MySqlMigrationSupport implements MigrationSupport {

    private static final String REVISIONS = "atlas_schema_revisions";

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.MYSQL;
    }

    /** The connection's database, as for Atlas with a URL naming one; {@code atlas_schema_revisions} otherwise. */
    @Override
    public String revisionsSchema(Connection connection) throws SQLException {
        String database = currentDatabase(connection);
        return database == null ? REVISIONS : database;
    }

    @Override
    public List<String> createRevisionsTable(Connection connection, String schema) throws SQLException {
        List<String> ddl = new ArrayList<>();
        if (!schema.equals(currentDatabase(connection))) {
            ddl.add("CREATE DATABASE IF NOT EXISTS " + MySqlIdentifiers.quote(schema));
        }
        ddl.add("CREATE TABLE IF NOT EXISTS " + MySqlIdentifiers.quote(schema) + "." + MySqlIdentifiers.quote(REVISIONS)
                + " (`version` varchar(255) NOT NULL, `description` varchar(255) NOT NULL, "
                + "`type` bigint unsigned NOT NULL DEFAULT 2, `applied` bigint NOT NULL DEFAULT 0, "
                + "`total` bigint NOT NULL DEFAULT 0, `executed_at` timestamp NOT NULL, "
                + "`execution_time` bigint NOT NULL, `error` longtext NULL, `error_stmt` longtext NULL, "
                + "`hash` varchar(255) NOT NULL, `partial_hashes` json NULL, `operator_version` varchar(255) NOT NULL, "
                + "PRIMARY KEY (`version`)) CHARSET utf8mb4 COLLATE utf8mb4_bin");
        return ddl;
    }

    @Override
    public void lock(Connection connection, String name, Duration timeout) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, name);
            s.setDouble(2, Math.max(0, timeout.toMillis()) / 1000.0);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 1) {
                    return;
                }
            }
        }
        throw new MigrationLockException("the migration lock " + name + " is still held after " + timeout.toMillis()
                + " ms by " + holder(connection, name) + ": another migration is running, or that session must end first.");
    }

    @Override
    public void unlock(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, name);
            s.execute();
        }
    }

    /** {@code lock_wait_timeout} in whole seconds (at least 1); on MariaDB also {@code max_statement_time}. */
    @Override
    public void configureSession(Connection connection, Optional<Duration> lockTimeout,
            Optional<Duration> statementTimeout) throws SQLException {
        if (lockTimeout.isPresent()) {
            try (PreparedStatement s = connection.prepareStatement("SET SESSION lock_wait_timeout = ?")) {
                s.setLong(1, Math.max(1, (lockTimeout.get().toMillis() + 999) / 1000));
                s.execute();
            }
        }
        if (statementTimeout.isPresent() && isMariaDb(connection)) {
            try (PreparedStatement s = connection.prepareStatement("SET SESSION max_statement_time = ?")) {
                s.setDouble(1, statementTimeout.get().toMillis() / 1000.0);
                s.execute();
            }
        }
    }

    @Override
    public void resetSession(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION lock_wait_timeout = DEFAULT");
            if (isMariaDb(connection)) {
                s.execute("SET SESSION max_statement_time = DEFAULT");
            }
        }
    }

    /** The tables, views, routines and events of the connection's database (of every user database without one). */
    @Override
    public List<String> contents(Connection connection, String revisionsSchema) throws SQLException {
        List<String> contents = new ArrayList<>();
        String sql = "SELECT LOWER(TABLE_TYPE), TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE() AND NOT (TABLE_SCHEMA = ? AND TABLE_NAME = ?) "
                + "UNION ALL SELECT LOWER(ROUTINE_TYPE), ROUTINE_SCHEMA, ROUTINE_NAME FROM information_schema.ROUTINES "
                + "WHERE ROUTINE_SCHEMA = DATABASE() "
                + "UNION ALL SELECT 'event', EVENT_SCHEMA, EVENT_NAME FROM information_schema.EVENTS "
                + "WHERE EVENT_SCHEMA = DATABASE() "
                + "UNION ALL SELECT 'database', SCHEMA_NAME, '' FROM information_schema.SCHEMATA WHERE DATABASE() IS NULL "
                + "AND SCHEMA_NAME NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys', ?) "
                + "ORDER BY 1, 2, 3";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, revisionsSchema);
            s.setString(2, REVISIONS);
            s.setString(3, revisionsSchema);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(3);
                    contents.add(rows.getString(1).replace("base table", "table") + " "
                            + MySqlIdentifiers.quote(rows.getString(2)) + (table.isEmpty() ? "" : "." + MySqlIdentifiers.quote(table)));
                }
            }
        }
        return contents;
    }

    private static String holder(Connection connection, String name) throws SQLException {
        long id;
        try (PreparedStatement s = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
                if (rows.wasNull()) {
                    return "a session that has just released it";
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT USER, HOST, DB, COMMAND, TIME "
                + "FROM information_schema.PROCESSLIST WHERE ID = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return "connection " + id;
                }
                return "connection " + id + " (user " + rows.getString(1) + ", host " + rows.getString(2)
                        + ", database " + rows.getString(3) + ", " + rows.getString(4).toLowerCase() + " for "
                        + rows.getLong(5) + " s)";
            }
        }
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT DATABASE()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static boolean isMariaDb(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT VERSION()")) {
            rows.next();
            return rows.getString(1).contains("MariaDB");
        }
    }
}
