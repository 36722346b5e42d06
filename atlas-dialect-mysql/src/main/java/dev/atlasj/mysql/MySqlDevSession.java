package dev.atlasj.mysql;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.mysql.internal.DevDatabaseContents;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.sql.SqlSyntax;
import dev.atlasj.sql.SqlSyntaxException;
import dev.atlasj.sql.Statement;
import dev.atlasj.sql.StatementSplitter;
import dev.atlasj.state.DevDatabaseException;
import dev.atlasj.state.DevSession;
import dev.atlasj.state.DevSessions;
import dev.atlasj.state.SqlScript;
import dev.atlasj.state.SqlScriptException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session on a {@link MySqlDevDatabase}: one connection in autocommit mode, whose every trace is
 * dropped at close (see the dev database for what that means).
 */
final class MySqlDevSession implements DevSession {

    private static final Logger LOG = LoggerFactory.getLogger(MySqlDevSession.class);

    /** The position MySQL gives in a syntax error: {@code … near 'TABEL t' at line 2}. */
    private static final Pattern AT_LINE = Pattern.compile("\\s+at line (\\d+)\\s*$");
    /** What MariaDB quotes of the statement when it gives no line: {@code Unknown data type: 'TEXTT'}. */
    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]{2,})'");
    private static final String NAME = "(`(?:[^`]|``)+`|[A-Za-z0-9_$]+)(?:[\\s;].*)?";
    /** Statements that use, fill or drop a database other than those they create, with what each does. */
    private static final List<Pattern> DATABASE_STATEMENTS = List.of(
            Pattern.compile("(?is)^\\s*(USE)\\s+" + NAME),
            Pattern.compile("(?is)^\\s*(CREATE\\s+(?:DATABASE|SCHEMA)\\s+IF\\s+NOT\\s+EXISTS)\\s+" + NAME),
            Pattern.compile("(?is)^\\s*(DROP\\s+(?:DATABASE|SCHEMA)(?:\\s+IF\\s+EXISTS)?)\\s+" + NAME));
    /** A statement that creates a database, which the session then owns. */
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?is)^\\s*CREATE\\s+(?:DATABASE|SCHEMA)\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME);

    private final Connection connection;
    private final MySqlDialect dialect;
    private final DevDatabaseContents start;
    /**
     * The databases this session's own statements created. Only these are read and dropped: the server may
     * be shared, and a database someone else creates meanwhile is not the session's to drop.
     */
    private final Set<String> created = new LinkedHashSet<>();

    MySqlDevSession(Connection connection, MySqlDialect dialect, DevDatabaseContents start) {
        this.connection = connection;
        this.dialect = dialect;
        this.start = start;
    }

    /**
     * Gives the dev database the character set and collation of {@code schema} (the server's when it names
     * none) until the session closes.
     *
     * @throws SQLException when the database refuses them; the caller closes the session
     */
    void takeDefaultsOf(Schema schema) throws SQLException {
        String charset = schema.attributes().get(MySqlAttributes.CHARSET);
        String collation = schema.attributes().get(MySqlAttributes.COLLATION);
        execute("ALTER DATABASE " + MySqlIdentifiers.quote(start.database()) + (collation != null ? " COLLATE " + collation
                : " CHARACTER SET " + (charset == null ? "DEFAULT" : charset)));
    }

    @Override
    public void run(SqlScript script) {
        List<Statement> statements;
        try {
            statements = StatementSplitter.split(script.text(), SqlSyntax.MYSQL);
        } catch (SqlSyntaxException e) {
            throw new SqlScriptException(script.name(), e.line(), e.problem(), e);
        }
        for (Statement statement : statements) {
            requireOwnDatabase(script, statement);
            try {
                execute(statement.text());
            } catch (SQLException e) {
                String message = String.valueOf(e.getMessage()).strip();
                Matcher at = AT_LINE.matcher(message);
                int line = statement.line();
                Matcher quoted = QUOTED.matcher(message);
                if (at.find()) {
                    line += Integer.parseInt(at.group(1)) - 1;
                    message = message.substring(0, at.start());
                } else if (quoted.find() && statement.text().contains(quoted.group(1))) {
                    line = statement.lineOf(statement.text().indexOf(quoted.group(1)));
                }
                throw new SqlScriptException(script.name(), line, message, e);
            }
        }
    }

    /**
     * Refuses a statement that would use, fill or drop a database that was on the server before the
     * session (other than the dev database): its changes would outlive the session.
     */
    private void requireOwnDatabase(SqlScript script, Statement statement) {
        for (Pattern pattern : DATABASE_STATEMENTS) {
            Matcher m = pattern.matcher(statement.text());
            if (!m.matches()) {
                continue;
            }
            String name = unquote(m.group(2));
            if (!name.equals(start.database()) && start.databases().contains(name)) {
                String verb = m.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
                throw new SqlScriptException(script.name(), statement.line(), verb + " " + name + " would change"
                        + " database \"" + name + "\", which was on the dev database's server before; SQL read on a dev"
                        + " database may change only the dev database and the databases it creates. Give the dev"
                        + " database a server of its own (embedded://mariadb), or rename the database in the file", null);
            }
        }
    }

    @Override
    public void apply(List<SchemaChange> changes, String source) {
        DevSessions.apply(dialect, changes, source, this::execute, SQLException::getMessage);
    }

    @Override
    public Realm inspect() {
        try {
            return dialect.inspector().inspect(connection, InspectOptions.schemas(ownDatabases()));
        } catch (SQLException e) {
            throw new DevDatabaseException("cannot read the dev database \"" + start.database() + "\": " + e.getMessage(), e);
        }
    }

    /** The dev database (unless a script dropped it) and every database the session created. */
    private List<String> ownDatabases() throws SQLException {
        List<String> own = new ArrayList<>();
        for (String database : DevDatabaseContents.databases(connection)) {
            if (database.equals(start.database()) || isCreated(database)) {
                own.add(database);
            }
        }
        return own;
    }

    private boolean isCreated(String database) {
        return created.contains(database);
    }

    private static String unquote(String name) {
        return name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
    }

    @Override
    public void close() {
        try {
            clean();
        } catch (SQLException e) {
            throw new DevDatabaseException("could not empty the dev database \"" + start.database() + "\" after use: "
                    + e.getMessage() + ". Drop what it holds by hand (and the databases the SQL created), since a dev"
                    + " database must be empty", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the dev database connection: {}", e.getMessage());
            }
        }
    }

    /** Drops what the session created and restores the dev database's defaults. */
    private void clean() throws SQLException {
        execute("SET SESSION foreign_key_checks = 0");
        Set<String> now = DevDatabaseContents.databases(connection);
        for (String database : now) {
            if (isCreated(database)) {
                execute("DROP DATABASE " + MySqlIdentifiers.quote(database));
            }
        }
        String database = start.database();
        String defaults = " CHARACTER SET " + start.charset() + " COLLATE " + start.collation();
        if (!now.contains(database)) {
            execute("CREATE DATABASE " + MySqlIdentifiers.quote(database) + defaults);
            return;
        }
        for (String[] object : DevDatabaseContents.objects(connection, database)) {
            String kind = object[0].equals("sequence") ? "SEQUENCE" : object[0].toUpperCase(Locale.ROOT);
            execute("DROP " + kind + " IF EXISTS " + MySqlIdentifiers.qualify(database, object[1]));
        }
        String[] current = DevDatabaseContents.defaults(connection, database);
        if (!Objects.equals(current[0], start.charset()) || !Objects.equals(current[1], start.collation())) {
            execute("ALTER DATABASE " + MySqlIdentifiers.quote(database) + defaults);
        }
    }

    /** Runs {@code sql} as written, without JDBC escape processing, noting the database it creates. */
    private void execute(String sql) throws SQLException {
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            jdbc.execute(sql);
        }
        Matcher creation = CREATE_DATABASE.matcher(sql);
        if (creation.matches()) {
            String name = unquote(creation.group(1));
            if (!start.databases().contains(name)) {
                created.add(name);
            }
        }
    }
}
