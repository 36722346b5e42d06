package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.InspectionException;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.mysql.MySqlAttributes;
import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Trigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the catalog of a MySQL or MariaDB server and assembles the realm.
 *
 * <p>Runs each {@link CatalogQuery} once, for all inspected schemas together, and groups the rows by
 * schema and table; the number of statements does not depend on how many objects there are: one for
 * the server's version and defaults, then schemas, tables (with the names of views), columns, indexes,
 * foreign-key actions, foreign-key columns, checks, routine parameters, routines and triggers. Three
 * more kinds are read only when present: views (one query, when {@code tables.sql} saw one),
 * partitions (one query, when a table is partitioned) and the parsers of FULLTEXT indexes, which the
 * catalog does not hold, from {@code SHOW CREATE TABLE} of each table that has a FULLTEXT index.
 */
final class RealmReader {

    private static final Logger LOG = LoggerFactory.getLogger(RealmReader.class);
    private static final String SERVER = "SELECT @@version, @@version_comment, @@character_set_server,"
            + " @@collation_server, @@default_storage_engine";

    private final Connection connection;
    private final InspectOptions options;
    private ServerVersion version;
    private InspectionScope scope;
    private boolean hasViews;

    RealmReader(Connection connection, InspectOptions options) {
        this.connection = connection;
        this.options = options;
    }

    Realm read() {
        long started = System.nanoTime();
        ServerDefaults server = readServer();
        Map<String, SchemaDraft> schemas = readSchemas(server);
        if (schemas.isEmpty()) {
            return Realm.empty();
        }
        Map<String, TableDraft> tables = readTables(schemas, server);
        if (hasViews) {
            run(CatalogQuery.VIEWS, row -> schemas.get(row.getString("schema_name")).builder.view(SchemaObjects.view(row)));
        }
        Map<String, List<String>> parameters = new HashMap<>();
        run(CatalogQuery.PARAMETERS, row -> parameters.computeIfAbsent(routineKey(row, "routine_name"),
                k -> new ArrayList<>()).add(SchemaObjects.parameter(row)));
        run(CatalogQuery.ROUTINES, row -> schemas.get(row.getString("schema_name")).builder.routine(
                SchemaObjects.routine(row, parameters.getOrDefault(routineKey(row, "name"), List.of()))));
        readTriggers(schemas);

        for (TableDraft table : tables.values()) {
            schemas.get(table.schema).builder.table(table.build());
        }
        List<Schema> built = schemas.values().stream().map(s -> s.builder.build()).toList();
        LOG.debug("Inspected {} schemas with {} tables on {} in {} ms", built.size(), tables.size(), version,
                (System.nanoTime() - started) / 1_000_000);
        return new Realm(built, List.of(), Attributes.empty());
    }

    private ServerDefaults readServer() {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(SERVER)) {
            row.next();
            version = ServerVersion.parse(row.getString(1), row.getString(2)).requireSupported();
            return new ServerDefaults(row.getString(3), row.getString(4), row.getString(5));
        } catch (SQLException e) {
            throw new InspectionException("cannot read the server's version and defaults: " + e.getMessage(), e);
        }
    }

    /** The schemas to read by name, after checking that every requested one exists. */
    private Map<String, SchemaDraft> readSchemas(ServerDefaults server) {
        List<String> requested = options.schemas().stream().distinct().toList();
        scope = requested.isEmpty() ? InspectionScope.allUserSchemas() : InspectionScope.schemas(requested);
        Map<String, SchemaDraft> schemas = new TreeMap<>();
        run(CatalogQuery.SCHEMAS, row -> {
            String charset = row.getString("charset");
            String collation = row.getString("collation");
            String comment = row.getString("comment");
            Schema.Builder builder = Schema.builder(row.getString("name"))
                    .comment(comment == null || comment.isEmpty() ? null : comment)
                    .attribute(MySqlAttributes.CHARSET, charset.equals(server.charset) ? null : charset)
                    .attribute(MySqlAttributes.COLLATION, collation.equals(server.collation) ? null : collation);
            schemas.put(row.getString("name"), new SchemaDraft(builder, charset, collation));
        });
        List<String> missing = requested.stream().filter(s -> !schemas.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            String names = missing.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
            throw new InspectionException((missing.size() == 1 ? "database " + names + " does not" : "databases " + names
                    + " do not") + " exist on the server (" + version + "; the system databases "
                    + String.join(", ", InspectionScope.SYSTEM_SCHEMAS) + " are never inspected)");
        }
        return schemas;
    }

    /** The tables of the inspected schemas, with their columns, keys, indexes, checks and partitioning. */
    private Map<String, TableDraft> readTables(Map<String, SchemaDraft> schemas, ServerDefaults server) {
        Map<String, TableDraft> tables = new LinkedHashMap<>();
        run(CatalogQuery.TABLES, row -> {
            SchemaDraft schema = schemas.get(row.getString("schema_name"));
            if ("VIEW".equals(row.getString("kind"))) {
                hasViews = true;
            } else if (schema != null) {
                TableDraft table = Tables.draft(row, schema.charset, schema.collation, server.engine);
                tables.put(key(table.schema, table.name), table);
            }
        });
        Columns columns = new Columns(version);
        run(CatalogQuery.COLUMNS, forTable(tables, (table, row) -> table.addColumn(row.getInt("position"),
                columns.column(row, table))));
        run(CatalogQuery.INDEXES, forTable(tables, RealmReader::addIndexPart));
        Map<String, Actions> actions = new HashMap<>();
        run(CatalogQuery.FOREIGN_KEY_ACTIONS, row -> actions.put(constraintKey(row),
                new Actions(action(row.getString("on_update")), action(row.getString("on_delete")))));
        run(CatalogQuery.FOREIGN_KEYS, forTable(tables, (table, row) -> {
            Actions keyActions = actions.getOrDefault(constraintKey(row), new Actions(null, null));
            table.addForeignKeyColumn(row.getString("name"), row.getInt("position"), row.getString("column_name"),
                    row.getString("ref_column"), new TableDraft.ForeignKeyDraft.Target(row.getString("ref_schema"),
                            row.getString("ref_table"), keyActions.onUpdate, keyActions.onDelete));
        }));
        if (version.hasChecks()) {
            run(CatalogQuery.checks(version), forTable(tables, RealmReader::addCheck));
        }
        if (tables.values().stream().anyMatch(t -> t.partitioned)) {
            Partitions partitions = new Partitions();
            run(CatalogQuery.PARTITIONS, forTable(tables, partitions::add));
            partitions.apply();
        }
        for (TableDraft table : tables.values()) {
            if (!table.indexesOfType("FULLTEXT").isEmpty()) {
                readFulltextParsers(table);
            }
        }
        return tables;
    }

    private static void addIndexPart(TableDraft table, ResultSet row) throws SQLException {
        String column = row.getString("column_name");
        IndexPart part = column != null ? IndexPart.column(column) : IndexPart.expression(row.getString("expression"));
        Number prefix = (Number) row.getObject("prefix_length");
        part = part.descending("D".equals(row.getString("direction")))
                .with(MySqlAttributes.PREFIX_LENGTH, prefix == null ? null : prefix.intValue());
        String type = row.getString("index_type");
        Attributes attributes = Attributes.empty()
                .with(MySqlAttributes.INDEX_TYPE, "BTREE".equals(type) ? null : type)
                .with(MySqlAttributes.INDEX_INVISIBLE, row.getBoolean("invisible") ? Boolean.TRUE : null);
        String comment = row.getString("comment");
        table.addIndexPart(row.getString("name"), row.getInt("non_unique") == 0, attributes,
                comment == null || comment.isEmpty() ? null : comment, row.getInt("position"), part);
    }

    private static void addCheck(TableDraft table, ResultSet row) throws SQLException {
        String name = row.getString("name");
        String clause = row.getString("clause");
        if (table.absorbJsonCheck(name, clause, row.getString("level"))) {
            return;
        }
        table.checks.add(Check.of(name, clause)
                .with(MySqlAttributes.NOT_ENFORCED, "NO".equals(row.getString("enforced")) ? Boolean.TRUE : null));
    }

    /**
     * Reads the parsers of a table's FULLTEXT indexes from {@code SHOW CREATE TABLE}: the catalog does
     * not hold them. One statement per table that has a FULLTEXT index.
     */
    private void readFulltextParsers(TableDraft table) {
        String sql = "SHOW CREATE TABLE " + MySqlIdentifiers.qualify(table.schema, table.name);
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            Tables.fulltextParsers(row.getString(2)).forEach((index, parser) ->
                    table.addIndexAttributes(index, Attributes.of(MySqlAttributes.FULLTEXT_PARSER, parser)));
        } catch (SQLException e) {
            throw new InspectionException("cannot read the FULLTEXT parsers of table " + table.schema + "." + table.name
                    + " (SHOW CREATE TABLE): " + e.getMessage(), e);
        }
    }

    /** Reads the triggers, each with its place among its siblings (same table, timing and event) when it has some. */
    private void readTriggers(Map<String, SchemaDraft> schemas) {
        Map<String, List<TriggerRow>> siblings = new LinkedHashMap<>();
        run(CatalogQuery.TRIGGERS, row -> {
            TriggerRow read = new TriggerRow(row.getString("schema_name"), SchemaObjects.trigger(row),
                    row.getInt("action_order"));
            siblings.computeIfAbsent(String.join("\u0000", read.schema, read.trigger.table(), row.getString("timing"),
                    row.getString("event")), k -> new ArrayList<>()).add(read);
        });
        for (List<TriggerRow> group : siblings.values()) {
            for (TriggerRow read : group) {
                Trigger t = read.trigger;
                schemas.get(read.schema).builder.trigger(group.size() == 1 ? t : new Trigger(t.name(), t.table(),
                        t.definition(), t.comment(), t.attributes().with(MySqlAttributes.TRIGGER_ORDER, read.order)));
            }
        }
    }

    private static ReferentialAction action(String rule) {
        return ReferentialAction.valueOf(rule.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    static String key(String schema, String table) {
        return schema + "\u0000" + table;
    }

    /** A constraint by schema, table and name, compared exactly (the catalog's collation ignores case). */
    private static String constraintKey(ResultSet row) throws SQLException {
        return String.join("\u0000", row.getString("schema_name"), row.getString("table_name"), row.getString("name"));
    }

    private static String routineKey(ResultSet row, String nameColumn) throws SQLException {
        return String.join("\u0000", row.getString("schema_name"), row.getString("kind"), row.getString(nameColumn));
    }

    /** Hands each row to {@code handler} with the table its schema and table name name, skipping rows of views. */
    private static RowHandler forTable(Map<String, TableDraft> tables, TableRowHandler handler) {
        return row -> {
            TableDraft table = tables.get(key(row.getString("schema_name"), row.getString("table_name")));
            if (table != null) {
                handler.handle(table, row);
            }
        };
    }

    /** Runs {@code query} over the inspected schemas and hands each row to {@code rows}. */
    private void run(CatalogQuery query, RowHandler rows) {
        String sql = query.sql(version, scope);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            scope.bind(statement, sql);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.handle(row);
                }
            }
        } catch (SQLException e) {
            throw new InspectionException("cannot read " + query.subject() + " from the catalog (inspecting "
                    + scopeDescription() + " on " + version + "; " + query + "): " + e.getMessage(), e);
        }
    }

    private String scopeDescription() {
        if (options.allUserSchemas()) {
            return "every database";
        }
        return (options.schemas().size() == 1 ? "database " : "databases ")
                + options.schemas().stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    /** The server's defaults, against which schemas and tables store only what differs. */
    private record ServerDefaults(String charset, String collation, String engine) {
    }

    /** What a foreign key does on update and on delete of the row it references. */
    private record Actions(ReferentialAction onUpdate, ReferentialAction onDelete) {
    }

    /** A trigger as read, with its schema and its ACTION_ORDER. */
    private record TriggerRow(String schema, Trigger trigger, int order) {
    }

    /** A schema being read, with the defaults its tables inherit. */
    private record SchemaDraft(Schema.Builder builder, String charset, String collation) {
    }

    /** Consumes one row of a catalog query. */
    @FunctionalInterface
    interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    /** Consumes one row of a catalog query about a table. */
    @FunctionalInterface
    interface TableRowHandler {
        void handle(TableDraft table, ResultSet row) throws SQLException;
    }
}
