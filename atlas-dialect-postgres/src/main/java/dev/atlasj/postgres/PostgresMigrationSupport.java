package dev.atlasj.postgres;

import dev.atlasj.dialect.MigrationSupport;
import dev.atlasj.migrate.MigrationLockException;
import dev.atlasj.sql.SqlSyntax;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Migration runs on PostgreSQL, as Atlas's {@code postgres} driver does them: the revisions table in the
 * schema {@code atlas_schema_revisions}, a session advisory lock keyed by the FNV-1 hash of the lock's name,
 * polled with {@code pg_try_advisory_lock} (a blocking wait could deadlock with
 * {@code CREATE INDEX CONCURRENTLY}).
 */
final class PostgresMigrationSupport implements MigrationSupport {

    private static final String REVISIONS = "atlas_schema_revisions";
    private static final Duration FIRST_RETRY = Duration.ofMillis(25);
    private static final Duration LAST_RETRY = Duration.ofSeconds(1);
    /** How often the server checks that a migrating client is still there, so that a killed one's lock goes at once. */
    private static final String CONNECTION_CHECK = "1s";

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.POSTGRES;
    }

    /**
     * {@code atlas_schema_revisions}, where Atlas keeps the table for a database URL; the current schema
     * when the table is found there and not in {@code atlas_schema_revisions} (Atlas run with a schema URL).
     */
    @Override
    public String revisionsSchema(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT n.nspname = ? AS dedicated, n.nspname "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relname = ? AND c.relkind IN ('r', 'p') AND n.nspname IN (?, current_schema()) "
                + "ORDER BY 1 DESC")) {
            s.setString(1, REVISIONS);
            s.setString(2, REVISIONS);
            s.setString(3, REVISIONS);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(2) : REVISIONS;
            }
        }
    }

    @Override
    public List<String> createRevisionsTable(Connection connection, String schema) {
        String quoted = PostgresIdentifiers.quote(schema);
        return List.of("CREATE SCHEMA IF NOT EXISTS " + quoted,
                "CREATE TABLE IF NOT EXISTS " + quoted + "." + PostgresIdentifiers.quote(REVISIONS)
                        + " (\"version\" character varying NOT NULL, \"description\" character varying NOT NULL, "
                        + "\"type\" bigint NOT NULL DEFAULT 2, \"applied\" bigint NOT NULL DEFAULT 0, "
                        + "\"total\" bigint NOT NULL DEFAULT 0, \"executed_at\" timestamptz NOT NULL, "
                        + "\"execution_time\" bigint NOT NULL, \"error\" text NULL, \"error_stmt\" text NULL, "
                        + "\"hash\" character varying NOT NULL, \"partial_hashes\" jsonb NULL, "
                        + "\"operator_version\" character varying NOT NULL, PRIMARY KEY (\"version\"))");
    }

    @Override
    public boolean rollsBackDdl() {
        return true;
    }

    @Override
    public String jsonParameter() {
        return "CAST(? AS jsonb)";
    }

    @Override
    public void lock(Connection connection, String name, Duration timeout) throws SQLException {
        long key = key(name);
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration wait = FIRST_RETRY;
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, key);
            while (true) {
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        return;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new MigrationLockException("the migration lock " + name + " (advisory lock " + key + ") of "
                            + "database " + connection.getCatalog() + " is still held after " + timeout.toMillis()
                            + " ms by " + holder(connection, key) + ": another migration is running, or that session "
                            + "must end first.");
                }
                long jitter = ThreadLocalRandom.current().nextLong(wait.toNanos() / 2 + 1);
                sleep(Math.min(left, wait.toNanos() + jitter));
                wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    @Override
    public void unlock(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, key(name));
            s.execute();
        }
    }

    @Override
    public void configureSession(Connection connection, Optional<Duration> lockTimeout,
            Optional<Duration> statementTimeout) throws SQLException {
        boolean checksConnection = connection.getMetaData().getDatabaseMajorVersion() >= 14;
        try (PreparedStatement s = connection.prepareStatement("SELECT set_config('lock_timeout', "
                + "COALESCE(?, current_setting('lock_timeout')), false), set_config('statement_timeout', "
                + "COALESCE(?, current_setting('statement_timeout')), false)"
                + (checksConnection ? ", set_config('client_connection_check_interval', ?, false)" : ""))) {
            s.setString(1, lockTimeout.map(d -> d.toMillis() + "ms").orElse(null));
            s.setString(2, statementTimeout.map(d -> d.toMillis() + "ms").orElse(null));
            if (checksConnection) {
                s.setString(3, CONNECTION_CHECK);
            }
            s.execute();
        }
    }

    @Override
    public void resetSession(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("RESET lock_timeout; RESET statement_timeout"
                    + (connection.getMetaData().getDatabaseMajorVersion() >= 14 ? "; RESET client_connection_check_interval" : ""));
        }
    }

    @Override
    public List<String> contents(Connection connection, String revisionsSchema) throws SQLException {
        String schema = PostgresIdentifiers.quote(revisionsSchema);
        List<String> contents = new ArrayList<>(DevDatabaseContents.list(connection));
        contents.removeIf(o -> o.equals("schema " + schema) || o.equals("table " + schema + "." + REVISIONS));
        return contents;
    }

    /**
     * False for what PostgreSQL refuses in a transaction block: {@code CREATE INDEX CONCURRENTLY},
     * {@code DROP INDEX CONCURRENTLY}, {@code REINDEX … CONCURRENTLY}, {@code DETACH PARTITION … CONCURRENTLY},
     * {@code VACUUM}, {@code CREATE}/{@code DROP DATABASE}, {@code TABLESPACE} and {@code SUBSCRIPTION},
     * {@code ALTER SYSTEM}.
     */
    @Override
    public boolean runsInTransaction(String statement) {
        List<String> words = LeadingWords.of(statement, 10);
        if (words.isEmpty()) {
            return true;
        }
        String first = words.get(0);
        String second = words.size() > 1 ? words.get(1) : "";
        if (first.equals("VACUUM") || first.equals("ALTER") && second.equals("SYSTEM")) {
            return false;
        }
        if ((first.equals("CREATE") || first.equals("DROP"))
                && (second.equals("DATABASE") || second.equals("TABLESPACE") || second.equals("SUBSCRIPTION"))) {
            return false;
        }
        boolean concurrently = words.contains("CONCURRENTLY");
        return !(concurrently && (first.equals("CREATE") || first.equals("DROP") || first.equals("REINDEX")
                || first.equals("ALTER") && words.contains("DETACH")));
    }

    /** The advisory lock key of {@code name}: Go's 32-bit FNV-1 hash, as Atlas computes it. */
    static long key(String name) {
        int hash = 0x811c9dc5;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash *= 0x01000193;
            hash ^= b & 0xff;
        }
        return Integer.toUnsignedLong(hash);
    }

    private static String holder(Connection connection, long key) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT a.pid, a.application_name, host(a.client_addr) AS client_addr, "
                + "a.usename, a.backend_start, a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? "
                + "AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            s.setLong(1, key >>> 32);
            s.setLong(2, key & 0xffffffffL);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return "a session that has just released it";
                }
                String application = rows.getString("application_name");
                String address = rows.getString("client_addr");
                return "process " + rows.getInt("pid") + " (user " + rows.getString("usename")
                        + (application == null || application.isEmpty() ? "" : ", application \"" + application + "\"")
                        + ", client " + (address == null ? "local socket" : address)
                        + ", connected since " + rows.getTimestamp("backend_start").toInstant()
                        + ", " + rows.getString("state") + ")";
            }
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationLockException("interrupted while waiting for the migration lock");
        }
    }
}
