package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.FULLTEXT_PARSER;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.INDEX_TYPE;
import static dev.atlasj.mysql.MySqlAttributes.NOT_ENFORCED;
import static dev.atlasj.mysql.MySqlAttributes.PREFIX_LENGTH;
import static dev.atlasj.mysql.MySqlAttributes.PRIMARY_KEY_COMMENT;

import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.ReferentialAction;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keys, indexes, foreign keys and checks as clauses: the same text goes inside {@code CREATE TABLE (…)}
 * or after {@code ALTER TABLE … ADD}.
 */
public final class KeyDdl {

    /**
     * Invisible to the optimizer: MySQL says {@code INVISIBLE}, MariaDB {@code IGNORED}. Each server
     * runs its own word and skips the other's: MariaDB skips MySQL 8's versioned comments, and MySQL
     * every {@code /*M!} comment.
     */
    static final String INVISIBLE_INDEX = "/*!80000 INVISIBLE */ /*M!100600 IGNORED */";
    static final String VISIBLE_INDEX = "/*!80000 VISIBLE */ /*M!100600 NOT IGNORED */";

    private KeyDdl() {
    }

    /** {@code PRIMARY KEY (`a`, `b`) [COMMENT 'c']}. */
    public static String primaryKey(PrimaryKey key) {
        String comment = key.attributes().get(PRIMARY_KEY_COMMENT);
        return "PRIMARY KEY (" + columns(key.columns()) + ")"
                + (comment == null ? "" : " COMMENT " + MySqlTypes.quote(comment));
    }

    /**
     * {@code [UNIQUE | FULLTEXT | SPATIAL] INDEX `name` (parts) [USING HASH | BTREE] [COMMENT 'c']
     * [WITH PARSER p] [INVISIBLE]}.
     *
     * @param memoryTable whether the table's engine is {@code MEMORY}, whose indexes are {@code HASH}
     *     unless {@code USING BTREE} says otherwise, as an index without a type in the model is
     */
    public static String index(Index index, boolean memoryTable) {
        String type = index.attributes().get(INDEX_TYPE);
        boolean kind = "FULLTEXT".equals(type) || "SPATIAL".equals(type);
        StringBuilder sql = new StringBuilder();
        if (kind) {
            sql.append(type).append(' ');
        } else if (index.unique()) {
            sql.append("UNIQUE ");
        }
        boolean spatial = "SPATIAL".equals(type);
        sql.append("INDEX ").append(MySqlIdentifiers.quote(index.name())).append(" (")
                .append(index.parts().stream().map(p -> part(p, !spatial)).collect(Collectors.joining(", "))).append(')');
        if (!kind && type != null) {
            sql.append(" USING ").append(type);
        } else if (type == null && memoryTable) {
            sql.append(" USING BTREE");
        }
        if (index.comment() != null) {
            sql.append(" COMMENT ").append(MySqlTypes.quote(index.comment()));
        }
        if (index.attributes().has(FULLTEXT_PARSER)) {
            sql.append(" WITH PARSER ").append(MySqlIdentifiers.quote(index.attributes().get(FULLTEXT_PARSER)));
        }
        if (index.attributes().is(INDEX_INVISIBLE)) {
            sql.append(' ').append(INVISIBLE_INDEX);
        }
        return sql.toString();
    }

    /**
     * {@code `a`(10) DESC}, or a functional part {@code (lower(`a`))}. A SPATIAL index takes no prefix,
     * though MariaDB reports one (32) for its parts.
     */
    private static String part(IndexPart part, boolean prefix) {
        String sql = part.isExpression() ? "(" + part.expression() + ")" : MySqlIdentifiers.quote(part.column());
        if (prefix && part.attributes().has(PREFIX_LENGTH)) {
            sql += "(" + part.attributes().get(PREFIX_LENGTH) + ")";
        }
        return part.descending() ? sql + " DESC" : sql;
    }

    /**
     * {@code CONSTRAINT `n` FOREIGN KEY (…) REFERENCES [`s`.]`t` (…) [ON DELETE …] [ON UPDATE …]}; the
     * referenced table is qualified when it is in another database than {@code schema}, the key's own
     * (MySQL finds an unqualified one there), and actions are spelled unless they are {@code NO ACTION}.
     */
    public static String foreignKey(String schema, ForeignKey key) {
        String refSchema = key.refSchema() == null || key.refSchema().equals(schema) ? null : key.refSchema();
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(MySqlIdentifiers.quote(key.name()))
                .append(" FOREIGN KEY (").append(columns(key.columns())).append(") REFERENCES ")
                .append(MySqlIdentifiers.qualify(refSchema, key.refTable()))
                .append(" (").append(columns(key.refColumns())).append(')');
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        return sql.toString();
    }

    /** The table a foreign key of a table in {@code schema} references. */
    public static TableName referencedTable(String schema, ForeignKey key) {
        return new TableName(key.refSchema() == null ? schema : key.refSchema(), key.refTable());
    }

    /**
     * {@code [CONSTRAINT `n`] CHECK (expr) [NOT ENFORCED]}, {@code NOT ENFORCED} in a comment only MySQL
     * runs: MariaDB enforces every check.
     */
    public static String check(Check check) {
        return (check.name() == null ? "" : "CONSTRAINT " + MySqlIdentifiers.quote(check.name()) + " ")
                + "CHECK (" + check.expression() + ")"
                + (check.attributes().is(NOT_ENFORCED) ? " /*!80016 NOT ENFORCED */" : "");
    }

    static String columns(List<String> columns) {
        return columns.stream().map(MySqlIdentifiers::quote).collect(Collectors.joining(", "));
    }
}
