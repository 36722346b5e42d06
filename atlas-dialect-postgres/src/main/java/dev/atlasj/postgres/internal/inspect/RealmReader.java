package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.InspectionException;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the catalog through a prepared session and assembles the realm.
 *
 * <p>Runs each {@link CatalogQuery} once, for all inspected schemas together, and groups the rows
 * by the oid of their schema or table; the number of queries does not depend on how many objects
 * the database holds.
 */
final class RealmReader {

    private static final Logger LOG = LoggerFactory.getLogger(RealmReader.class);

    /** The comment every database gives its {@code public} schema; kept out of the model like any default. */
    private static final String DEFAULT_PUBLIC_COMMENT = "standard public schema";

    private final InspectionSession session;
    private final InspectOptions options;

    RealmReader(InspectionSession session, InspectOptions options) {
        this.session = session;
        this.options = options;
    }

    Realm read() {
        long started = System.nanoTime();
        Map<Long, Schema.Builder> schemas = readSchemas();
        Array scope = oids(schemas.keySet());
        List<Extension> extensions = new ArrayList<>();
        run(CatalogQuery.EXTENSIONS, row -> extensions.add(SchemaObjects.extension(row)),
                options.allUserSchemas(), scope);
        Map<Long, TableDraft> tables = readTables(scope);
        run(CatalogQuery.ENUMS, row -> schemas.get(row.getLong("schema_oid")).enumType(SchemaObjects.enumType(row)),
                scope);
        run(CatalogQuery.SEQUENCES, row -> schemas.get(row.getLong("schema_oid")).sequence(SchemaObjects.sequence(row)),
                scope);

        for (TableDraft table : tables.values()) {
            schemas.get(table.schemaOid).table(table.build());
        }
        List<Schema> built = new ArrayList<>(schemas.size());
        for (Schema.Builder schema : schemas.values()) {
            built.add(schema.build());
        }
        LOG.debug("Inspected {} schemas with {} tables in {} ms", built.size(), tables.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Realm(built, extensions, Attributes.empty());
    }

    /** The schemas to read by oid, after checking that every requested one exists. */
    private Map<Long, Schema.Builder> readSchemas() {
        Map<Long, Schema.Builder> schemas = new LinkedHashMap<>();
        Set<String> found = new HashSet<>();
        run(CatalogQuery.SCHEMAS, row -> {
            String name = row.getString("name");
            String comment = row.getString("comment");
            if (name.equals("public") && DEFAULT_PUBLIC_COMMENT.equals(comment)) {
                comment = null;
            }
            found.add(name);
            schemas.put(row.getLong("oid"), Schema.builder(name).comment(comment));
        }, texts(options.schemas()));
        List<String> missing = options.schemas().stream().filter(s -> !found.contains(s)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new InspectionException(missingSchemas(missing));
        }
        return schemas;
    }

    /** The tables of the inspected schemas by oid, with their columns, keys, indexes and checks. */
    private Map<Long, TableDraft> readTables(Array scope) {
        Map<Long, TableDraft> tables = new HashMap<>();
        run(CatalogQuery.TABLES, row -> tables.put(row.getLong("oid"), TableDraft.from(row)), scope);
        Columns columns = new Columns();
        run(CatalogQuery.COLUMNS, forTable(tables, (table, row) -> table.addColumn(columns.column(row),
                row.getInt("attnum"), row.getLong("collation_oid"))), scope);
        run(CatalogQuery.INDEXES, forTable(tables, (table, row) -> Indexes.addTo(table, row)), scope);
        run(CatalogQuery.FOREIGN_KEYS,
                forTable(tables, (table, row) -> table.foreignKeys.add(Constraints.foreignKey(row, table, tables))),
                scope, scope);
        run(CatalogQuery.CHECKS, forTable(tables, (table, row) -> table.checks.add(Constraints.check(row))), scope);
        return tables;
    }

    /**
     * Hands each row to {@code handler} with the table its {@code table_oid} names, skipping rows of
     * tables that {@code tables.sql} left out (those of extensions).
     */
    private static RowHandler forTable(Map<Long, TableDraft> tables, TableRowHandler handler) {
        return row -> {
            TableDraft table = tables.get(row.getLong("table_oid"));
            if (table != null) {
                handler.handle(table, row);
            }
        };
    }

    /** Runs {@code query} with {@code parameters} bound in order and hands each row to {@code rows}. */
    private void run(CatalogQuery query, RowHandler rows, Object... parameters) {
        Connection connection = session.connection();
        try (PreparedStatement statement = connection.prepareStatement(query.sql(session.version()))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.handle(row);
                }
            }
        } catch (SQLException e) {
            throw new InspectionException("cannot read " + query.subject() + " from the catalog (inspecting "
                    + scopeDescription() + "; " + query + "): " + e.getMessage(), e);
        }
    }

    private Array texts(List<String> values) {
        return array("text", values.toArray());
    }

    private Array oids(Set<Long> values) {
        return array("oid", values.toArray());
    }

    private Array array(String type, Object[] values) {
        try {
            return session.connection().createArrayOf(type, values);
        } catch (SQLException e) {
            throw new InspectionException("cannot bind the list of schemas to inspect: " + e.getMessage(), e);
        }
    }

    private String scopeDescription() {
        if (options.allUserSchemas()) {
            return "every schema";
        }
        return (options.schemas().size() == 1 ? "schema " : "schemas ") + quoted(options.schemas());
    }

    private String missingSchemas(List<String> missing) {
        String database;
        try {
            database = session.connection().getCatalog();
        } catch (SQLException e) {
            database = null;
        }
        String where = database == null ? "the database" : "database \"" + database + "\"";
        String subject = missing.size() == 1 ? "schema " + quoted(missing) + " does not" : "schemas " + quoted(missing) + " do not";
        return subject + " exist in " + where + " (system schemas such as pg_catalog and schemas created by "
                + "an extension are never inspected)";
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    /** Consumes one row of a catalog query. */
    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    /** Consumes one row of a catalog query about a table. */
    @FunctionalInterface
    private interface TableRowHandler {
        void handle(TableDraft table, ResultSet row) throws SQLException;
    }
}
