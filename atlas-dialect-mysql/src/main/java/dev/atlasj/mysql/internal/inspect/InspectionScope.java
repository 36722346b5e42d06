package dev.atlasj.mysql.internal.inspect;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schemas an inspection reads, as the filter each catalog query applies.
 *
 * <p>Every user schema: {@code COLUMN NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')}.
 * Named schemas: the query once per schema with {@code COLUMN = ?} (and not a system schema: those are
 * never inspected, even by name), the copies joined by
 * {@code UNION ALL}, so that one statement still reads them all. This is for MariaDB, which opens only
 * the tables of the schema its {@code information_schema} is asked about when the filter is an equality
 * ({@code EXPLAIN} says "Scanned 1 database"), but opens those of every database on the server for
 * {@code IN ('a', 'b')}, a list of two or more.
 */
final class InspectionScope {

    /** The databases that hold the server's own objects, never inspected. */
    static final List<String> SYSTEM_SCHEMAS = List.of("information_schema", "mysql", "performance_schema", "sys");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{scope:([A-Za-z_.]+)}");

    private final List<String> schemas;

    private InspectionScope(List<String> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    /** Every user schema. */
    static InspectionScope allUserSchemas() {
        return new InspectionScope(List.of());
    }

    /** The named schemas (at least one). */
    static InspectionScope schemas(List<String> schemas) {
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("no schema to inspect");
        }
        return new InspectionScope(schemas);
    }

    /** {@code sql} with each {@code {scope:COLUMN}} turned into the filter, repeated per schema when named. */
    String apply(String sql) {
        String excluded = String.join(", ", SYSTEM_SCHEMAS.stream().map(s -> "'" + s + "'").toList());
        if (schemas.isEmpty()) {
            return PLACEHOLDER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " NOT IN (" + excluded + ")"));
        }
        String once = PLACEHOLDER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(
                "(" + m.group(1) + " = ? AND " + m.group(1) + " NOT IN (" + excluded + "))"));
        return String.join("\nUNION ALL\n", Collections.nCopies(schemas.size(), once));
    }

    /** Binds the schema names to {@code statement}, made from {@code sql}, which {@link #apply} returned. */
    void bind(PreparedStatement statement, String sql) throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        int perSchema = (int) sql.chars().filter(c -> c == '?').count() / schemas.size();
        int index = 1;
        for (String schema : schemas) {
            for (int i = 0; i < perSchema; i++) {
                statement.setString(index++, schema);
            }
        }
    }
}
