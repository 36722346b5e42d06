package dev.atlasj.conformance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds what a loaded database holds beyond issue 3's scope (views, routines, triggers, policies and
 * row-level security, rules, domains, composite and range types, collations, exclusion constraints,
 * table inheritance, foreign tables, privileges other than the defaults), by asking its catalog
 * rather than reading the case's SQL.
 */
final class ScopeCheck {

    private static final String QUERY = SqlResources.read("out-of-scope.sql");

    private ScopeCheck() {
    }

    /** Each kind of out-of-scope object found, with one example of it; empty when everything is in scope. */
    static Map<String, String> outOfScope(Connection connection) throws SQLException {
        Map<String, String> kinds = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
            while (rs.next()) {
                kinds.putIfAbsent(rs.getString(1), rs.getString(2));
            }
        }
        return kinds;
    }
}
