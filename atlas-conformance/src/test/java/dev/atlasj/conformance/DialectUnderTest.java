package dev.atlasj.conformance;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.mysql.MySqlDialect;
import dev.atlasj.plan.TxMode;
import dev.atlasj.postgres.PostgresDialect;
import dev.atlasj.sql.SqlSyntax;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A dialect the conformance suites run against, with what the harness needs to know of it: the
 * library's dialect, how scripts split, how plans are applied, the server's own words for an error,
 * the catalog query that finds objects out of the dialect's scope and where its baseline lives.
 */
enum DialectUnderTest {

    /** PostgreSQL 15: plans run in one transaction when every statement allows it. */
    POSTGRES("postgres", "PostgreSQL", SqlSyntax.POSTGRES, TxMode.FILE, "SELECT 'PostgreSQL ' || current_setting('server_version')") {
        @Override
        Dialect dialect() {
            return new PostgresDialect();
        }

        /** The server's message alone, or the driver's when the server sent none. */
        @Override
        String errorText(SQLException e) {
            if (e instanceof PSQLException p) {
                ServerErrorMessage server = p.getServerErrorMessage();
                if (server != null && server.getMessage() != null) {
                    return server.getMessage();
                }
            }
            return String.valueOf(e.getMessage());
        }

        @Override
        String errorCode(SQLException e) {
            return e.getSQLState();
        }
    },

    /** MySQL and MariaDB: DDL is never transactional, so plans run statement by statement. */
    MYSQL("mysql", "MySQL", SqlSyntax.MYSQL, TxMode.NONE, "SELECT VERSION()") {
        @Override
        Dialect dialect() {
            return new MySqlDialect();
        }

        /** Connector/J's message is the server's. */
        @Override
        String errorText(SQLException e) {
            return String.valueOf(e.getMessage());
        }

        /** The server's error number, which says more than MySQL's coarse SQLSTATEs. */
        @Override
        String errorCode(SQLException e) {
            return Integer.toString(e.getErrorCode());
        }
    };

    private final String id;
    private final String title;
    private final SqlSyntax syntax;
    private final TxMode txMode;
    private final String versionQuery;
    private final String outOfScopeQuery;

    DialectUnderTest(String id, String title, SqlSyntax syntax, TxMode txMode, String versionQuery) {
        this.id = id;
        this.title = title;
        this.syntax = syntax;
        this.txMode = txMode;
        this.versionQuery = versionQuery;
        this.outOfScopeQuery = SqlResources.read(id + "-out-of-scope.sql");
    }

    /** A new instance of the library's dialect. */
    abstract Dialect dialect();

    /** The server's message for {@code e}, without the driver's decoration. */
    abstract String errorText(SQLException e);

    /** The code that identifies the kind of error: the SQLSTATE, or the server's error number. */
    abstract String errorCode(SQLException e);

    /** The server's message with its code: {@code relation "bars" does not exist (42P01)}. */
    String errorMessage(SQLException e) {
        return errorText(e) + " (" + errorCode(e) + ")";
    }

    /** The dialect in file names: {@code postgres}. */
    String id() {
        return id;
    }

    /** The dialect in reports: {@code PostgreSQL}. */
    String title() {
        return title;
    }

    /** How case scripts split into statements. */
    SqlSyntax syntax() {
        return syntax;
    }

    /** How the harness applies plans, as {@code schema apply} would on this dialect. */
    TxMode txMode() {
        return txMode;
    }

    /** The query whose one row and column is the server's product and version. */
    String versionQuery() {
        return versionQuery;
    }

    /** The catalog query that lists what a database holds beyond the dialect's scope: (kind, name) rows. */
    String outOfScopeQuery() {
        return outOfScopeQuery;
    }

    /** The resource, beside these classes, that holds the dialect's baseline. */
    String baselineResource() {
        return id + "-baseline.tsv";
    }

    /** The suites whose cases run on this dialect, in report order. */
    List<Suite> suites() {
        return Arrays.stream(Suite.values()).filter(s -> s.dialect() == this).toList();
    }
}
