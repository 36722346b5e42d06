package dev.atlasj.conformance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds what a loaded database holds beyond the scope of its dialect's harness, by asking its
 * catalog rather than reading the case's SQL: on PostgreSQL what issue 3 does not cover (views,
 * routines, triggers, policies and row-level security, rules, domains, composite and range types,
 * collations, exclusion constraints, table inheritance, foreign tables, privileges other than the
 * defaults), on MySQL what the inspector does not read (events, sequences, system-versioned tables).
 */
final class ScopeCheck {

    private ScopeCheck() {
    }

    /** Each kind of out-of-scope object found, with one example of it; empty when everything is in scope. */
    static Map<String, String> outOfScope(Connection connection, DialectUnderTest dialect) throws SQLException {
        Map<String, String> kinds = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(dialect.outOfScopeQuery())) {
            while (rs.next()) {
                kinds.putIfAbsent(rs.getString(1), rs.getString(2));
            }
        }
        return kinds;
    }
}
