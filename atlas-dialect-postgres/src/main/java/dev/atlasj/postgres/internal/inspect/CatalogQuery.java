package dev.atlasj.postgres.internal.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalog queries of an inspection, one per object kind, each reading that kind for every
 * inspected schema at once. The SQL lives in a resource file of the same name beside this class and
 * is read once.
 */
enum CatalogQuery {
    SCHEMAS("schemas.sql", "schemas"),
    EXTENSIONS("extensions.sql", "extensions"),
    TABLES("tables.sql", "tables"),
    COLUMNS("columns.sql", "columns"),
    INDEXES("indexes.sql", "indexes and primary keys"),
    FOREIGN_KEYS("foreign_keys.sql", "foreign keys"),
    CHECKS("checks.sql", "check constraints"),
    ENUMS("enums.sql", "enum types"),
    SEQUENCES("sequences.sql", "sequences");

    /** Placeholder for the expression that reads {@code NULLS NOT DISTINCT}, a column only PostgreSQL 15 has. */
    private static final String NULLS_NOT_DISTINCT = "{nulls_not_distinct}";

    private final String file;
    private final String subject;
    private final String text;

    CatalogQuery(String file, String subject) {
        this.file = file;
        this.subject = subject;
        this.text = load(file);
    }

    /** What the query reads, for messages: {@code "foreign keys"}. */
    String subject() {
        return subject;
    }

    /** The SQL to run on a server of {@code version}. */
    String sql(ServerVersion version) {
        return text.replace(NULLS_NOT_DISTINCT, version.hasNullsNotDistinct() ? "i.indnullsnotdistinct" : "false");
    }

    @Override
    public String toString() {
        return file;
    }

    private static String load(String file) {
        try (InputStream in = CatalogQuery.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("catalog query " + file + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog query " + file, e);
        }
    }
}
