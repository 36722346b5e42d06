package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;

import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** DDL for databases (schemas). */
public final class SchemaDdl {

    private SchemaDdl() {
    }

    /** {@code CREATE DATABASE `s` [CHARACTER SET c] [COLLATE k] [COMMENT 'c']}; the comment is MariaDB's. */
    public static Ddl create(Schema schema) {
        String name = MySqlIdentifiers.quote(schema.name());
        List<String> options = options(schema);
        if (schema.comment() != null) {
            options.add("COMMENT " + MySqlTypes.quote(schema.comment()));
        }
        return new Ddl("CREATE DATABASE " + name + (options.isEmpty() ? "" : " " + String.join(" ", options)),
                "DROP DATABASE " + name);
    }

    /**
     * {@code ALTER DATABASE} setting what differs; a character set no longer given is the server's
     * ({@code CHARACTER SET DEFAULT}), a comment no longer given is empty.
     */
    public static Ddl alter(Schema from, Schema to) {
        return new Ddl(alterTo(from, to), alterTo(to, from));
    }

    /**
     * Whether the schema's character set or collation is spelled out rather than the server's. The
     * tables that inherit a database's are given its new one spelled out then, and need not wait for
     * the database to change; else they take {@code CHARACTER SET DEFAULT} once it has.
     */
    public static boolean defaultsSpelledOut(Schema schema) {
        return schema.attributes().has(CHARSET) || schema.attributes().has(COLLATION);
    }

    /** {@code DROP DATABASE `s`}, with everything in it; nothing undoes that. */
    public static Ddl drop(Schema schema) {
        return new Ddl("DROP DATABASE " + MySqlIdentifiers.quote(schema.name()), null);
    }

    private static String alterTo(Schema from, Schema to) {
        List<String> options = new ArrayList<>();
        boolean charsetChanges = !Objects.equals(from.attributes().get(CHARSET), to.attributes().get(CHARSET))
                || !Objects.equals(from.attributes().get(COLLATION), to.attributes().get(COLLATION));
        if (charsetChanges) {
            options.addAll(options(to));
            if (options.isEmpty()) {
                options.add("CHARACTER SET DEFAULT");
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            options.add("COMMENT " + MySqlTypes.quote(to.comment() == null ? "" : to.comment()));
        }
        return "ALTER DATABASE " + MySqlIdentifiers.quote(to.name()) + " " + String.join(" ", options);
    }

    private static List<String> options(Schema schema) {
        List<String> options = new ArrayList<>();
        if (schema.attributes().has(CHARSET)) {
            options.add("CHARACTER SET " + schema.attributes().get(CHARSET));
        }
        if (schema.attributes().has(COLLATION)) {
            options.add("COLLATE " + schema.attributes().get(COLLATION));
        }
        return options;
    }
}
