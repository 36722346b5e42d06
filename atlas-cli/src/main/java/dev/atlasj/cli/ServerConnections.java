package dev.atlasj.cli;

import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.ServerUrl;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens JDBC connections for the commands and explains a failure: for a server URL by its SQLState, so
 * that an unreachable server, a refused login and a missing database each get a message that names the
 * redacted URL and says what to do.
 */
final class ServerConnections {

    /** MySQL's and MariaDB's error code for a database that does not exist (ER_BAD_DB_ERROR). */
    private static final int MYSQL_UNKNOWN_DATABASE = 1049;

    private ServerConnections() {
    }

    /** Opens a connection to {@code database}. */
    static Connection open(RunningDatabase database) {
        if (database.url() instanceof ServerUrl url) {
            try {
                DriverManager.getDriver(url.jdbcUrl());
            } catch (SQLException e) {
                throw new CommandFailure("no JDBC driver for " + url.dialect() + " is on the class path, so "
                        + url.redacted() + " cannot be reached. Build the command with ./atlas, which bundles the drivers.", e);
            }
        }
        try {
            return database.dataSource().getConnection();
        } catch (SQLException e) {
            throw explain(e, database);
        }
    }

    /** Why a connection to {@code database} failed, or a statement on it. */
    static CommandFailure explain(SQLException e, RunningDatabase database) {
        if (database.url() instanceof ServerUrl url) {
            return explain(e, url);
        }
        return new CommandFailure("cannot connect to " + database.description() + ": " + reason(e) + ".", e);
    }

    private static CommandFailure explain(SQLException e, ServerUrl url) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = url.host() + ":" + url.port();
        String message;
        IOException io = networkCause(e);
        if (io != null) {
            message = "cannot reach the server at " + server + " for " + url.redacted() + ": " + network(io)
                    + ". Check that the server is running and that the host and port in the URL are right.";
        } else if (state.startsWith("28")) {
            message = "the server at " + server + " refused the login of " + url.redacted() + ": " + reason(e)
                    + ". Check the user name and password in the URL.";
        } else if (state.equals("3D000") || e.getErrorCode() == MYSQL_UNKNOWN_DATABASE) {
            message = "database \"" + url.database() + "\" does not exist on " + server + " (" + url.redacted()
                    + "). Create it first, or correct the database name in the URL.";
        } else if (state.startsWith("08")) {
            message = "cannot connect to " + url.redacted() + ": " + reason(e)
                    + ". Check the URL's host, port and parameters.";
        } else {
            message = "cannot connect to " + url.redacted() + ": " + reason(e) + " (SQLState " + state + ").";
        }
        return new CommandFailure(message, e);
    }

    /** The network error behind a failure, however deep the driver wrapped it. */
    private static IOException networkCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String network(IOException e) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The driver's message on one line, without its trailing period. */
    private static String reason(SQLException e) {
        String reason = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
