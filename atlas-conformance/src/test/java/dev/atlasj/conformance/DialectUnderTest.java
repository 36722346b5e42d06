package dev.atlasj.conformance;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** PostgreSQL's own words for an error, without the driver's decoration. */
final class PostgresErrors {

    private PostgresErrors() {
    }

    /** The server's message with its SQLSTATE: {@code relation "bars" does not exist (42P01)}. */
    static String message(SQLException e) {
        return text(e) + " (" + e.getSQLState() + ")";
    }

    /** The server's message alone, or the driver's when the server sent none. */
    static String text(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage server = p.getServerErrorMessage();
            if (server != null && server.getMessage() != null) {
                return server.getMessage();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
