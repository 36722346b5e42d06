package dev.atlasj.mysql.internal.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog queries of an inspection, one per object kind, each reading that kind for every
 * inspected schema at once. The SQL lives in a resource file of the same name beside this class.
 *
 * <p>A query names the column that holds a row's schema as {@code {scope:COLUMN}}; {@link InspectionScope}
 * turns that into the filter on the inspected schemas. Other placeholders stand for what MySQL and
 * MariaDB spell differently ({@link #sql(ServerVersion, InspectionScope)}).
 */
enum CatalogQuery {
    SCHEMAS("schemas.sql", "schemas"),
    TABLES("tables.sql", "tables"),
    COLUMNS("columns.sql", "columns"),
    INDEXES("indexes.sql", "indexes and primary keys"),
    FOREIGN_KEYS("foreign_keys.sql", "foreign keys"),
    FOREIGN_KEY_ACTIONS("foreign_key_actions.sql", "foreign-key actions"),
    CHECKS_MYSQL("checks-mysql.sql", "check constraints"),
    CHECKS_MARIADB("checks-mariadb.sql", "check constraints"),
    VIEWS("views.sql", "views"),
    ROUTINES("routines.sql", "routines"),
    PARAMETERS("parameters.sql", "routine parameters"),
    TRIGGERS("triggers.sql", "triggers"),
    PARTITIONS("partitions.sql", "partitions");

    private final String file;
    private final String subject;
    private final String text;

    CatalogQuery(String file, String subject) {
        this.file = file;
        this.subject = subject;
        this.text = load(file);
    }

    /** The checks query of the flavor. */
    static CatalogQuery checks(ServerVersion version) {
        return version.mariaDb() ? CHECKS_MARIADB : CHECKS_MYSQL;
    }

    /** What the query reads, for messages: {@code "foreign keys"}. */
    String subject() {
        return subject;
    }

    /** The SQL to run on a server of {@code version} for the schemas of {@code scope}. */
    String sql(ServerVersion version, InspectionScope scope) {
        Map<String, String> flavored = Map.of(
                "{schema_comment}", version.hasSchemaComments() ? "SCHEMA_COMMENT" : "NULL",
                "{expression}", version.hasFunctionalIndexes() ? "EXPRESSION" : "NULL",
                "{invisible}", version.mariaDb() ? "IGNORED = 'YES'" : "IS_VISIBLE = 'NO'",
                "{algorithm}", version.mariaDb() ? "ALGORITHM" : "NULL");
        String sql = text;
        for (Map.Entry<String, String> placeholder : flavored.entrySet()) {
            sql = sql.replace(placeholder.getKey(), placeholder.getValue());
        }
        return scope.apply(sql);
    }

    @Override
    public String toString() {
        return file;
    }

    /** The file's SQL without its leading comment lines. */
    private static String load(String file) {
        try (InputStream in = CatalogQuery.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("catalog query " + file + " is missing from the class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().dropWhile(line -> line.startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog query " + file, e);
        }
    }
}
