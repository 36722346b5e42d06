package dev.atlasj.migrate.internal;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.MigrationSupport;
import dev.atlasj.migrate.Revision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes Atlas's {@code atlas_schema_revisions} table on one connection, in whatever
 * transaction that connection is in. The row {@code .atlas_cloud_identifier} Atlas Cloud keeps there is
 * never read nor touched.
 */
public final class RevisionTable {

    /** The table's name, as Atlas names it. */
    public static final String NAME = "atlas_schema_revisions";

    private static final String CLOUD_ROW = ".atlas_cloud_identifier";
    private static final String COLUMNS = "version, description, type, applied, total, executed_at, execution_time, "
            + "error, error_stmt, hash, partial_hashes, operator_version";

    private final Connection connection;
    private final MigrationSupport support;
    private final String schema;
    private final String table;

    public RevisionTable(Connection connection, Dialect dialect, String schema) {
        this.connection = connection;
        this.support = dialect.migrationSupport();
        this.schema = schema;
        this.table = dialect.quote(schema) + "." + dialect.quote(NAME);
    }

    /** The schema that holds the table. */
    public String schema() {
        return schema;
    }

    /** Whether the table exists. */
    public boolean exists() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM information_schema.tables "
                + "WHERE table_schema = ? AND table_name = ?")) {
            s.setString(1, schema);
            s.setString(2, NAME);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Creates the table (and its schema where Atlas does) unless it exists. */
    public void create() throws SQLException {
        if (exists()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            for (String ddl : support.createRevisionsTable(connection, schema)) {
                s.execute(ddl);
            }
        }
    }

    /**
     * Every revision, ordered by version as Atlas orders them; none when the table does not exist. The
     * rows are read at once, and the table's existence looked up only when that fails.
     */
    public List<Revision> read() throws SQLException {
        try {
            return select();
        } catch (SQLException e) {
            if (!connection.getAutoCommit()) {
                throw e;
            }
            if (!exists()) {
                return List.of();
            }
            return select();
        }
    }

    private List<Revision> select() throws SQLException {
        List<Revision> revisions = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                + " WHERE version <> ? ORDER BY version")) {
            s.setString(1, CLOUD_ROW);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    revisions.add(revision(rows));
                }
            }
        }
        return revisions;
    }

    /** The revision of {@code version}, if there is one. */
    public Optional<Revision> read(String version) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                + " WHERE version = ?")) {
            s.setString(1, version);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(revision(rows)) : Optional.empty();
            }
        }
    }

    /** Writes {@code revision}, replacing the row of its version if there is one. */
    public void write(Revision revision) throws SQLException {
        if (!update(revision)) {
            insert(revision);
        }
    }

    /** Replaces the row of the revision's version; false when there is none. */
    public boolean update(Revision revision) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE " + table + " SET description = ?, type = ?, "
                + "applied = ?, total = ?, executed_at = ?, execution_time = ?, error = ?, error_stmt = ?, hash = ?, "
                + "partial_hashes = " + support.jsonParameter() + ", operator_version = ? WHERE version = ?")) {
            bind(s, revision);
            return s.executeUpdate() > 0;
        }
    }

    /** Adds the row of a version that has none. */
    public void insert(Revision revision) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + table + " (description, type, applied, "
                + "total, executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, " + support.jsonParameter() + ", ?, ?)")) {
            bind(s, revision);
            s.executeUpdate();
        }
    }

    /** Deletes the revision of {@code version}. */
    public void delete(String version) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE version = ?")) {
            s.setString(1, version);
            s.executeUpdate();
        }
    }

    /** Binds the columns in the order both statements list them, the version last. */
    private static void bind(PreparedStatement s, Revision r) throws SQLException {
        s.setString(1, r.description());
        s.setLong(2, r.type());
        s.setLong(3, r.applied());
        s.setLong(4, r.total());
        s.setTimestamp(5, Timestamp.from(r.executedAt()));
        s.setLong(6, r.executionTime().toNanos());
        s.setString(7, r.error().orElse(null));
        s.setString(8, r.errorStatement().orElse(null));
        s.setString(9, r.hash());
        s.setString(10, r.partialHashes().isEmpty() ? null : JsonStrings.write(r.partialHashes()));
        s.setString(11, r.operatorVersion());
        s.setString(12, r.version());
    }

    private static Revision revision(ResultSet rows) throws SQLException {
        String partial = rows.getString("partial_hashes");
        return new Revision(rows.getString("version"), rows.getString("description"), (int) rows.getLong("type"),
                (int) rows.getLong("applied"), (int) rows.getLong("total"),
                rows.getTimestamp("executed_at").toInstant(), Duration.ofNanos(rows.getLong("execution_time")),
                Optional.ofNullable(rows.getString("error")), Optional.ofNullable(rows.getString("error_stmt")),
                rows.getString("hash"), partial == null ? List.of() : JsonStrings.read(partial),
                rows.getString("operator_version"));
    }
}
