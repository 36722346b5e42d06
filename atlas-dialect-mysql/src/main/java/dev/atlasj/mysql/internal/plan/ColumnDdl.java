package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.AUTO_INCREMENT;
import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.INVISIBLE;
import static dev.atlasj.mysql.MySqlAttributes.ON_UPDATE;

import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.mysql.internal.Parentheses;
import dev.atlasj.mysql.internal.StringLiterals;
import dev.atlasj.mysql.internal.TypeNames;
import dev.atlasj.schema.Column;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column definitions, written whole: {@code MODIFY COLUMN} restates every attribute, so that nothing
 * the change does not mean to touch is lost.
 */
public final class ColumnDdl {

    /** A default MySQL takes bare, beside a quoted string: a number, a bit or hex literal, a boolean, the current time. */
    private static final Pattern LITERAL = Pattern.compile("(?i)[-+]?\\d+(\\.\\d*)?(e[-+]?\\d+)?|[-+]?\\.\\d+"
            + "|b'[01]*'|x'[0-9a-f]*'|0x[0-9a-f]+|0b[01]+|true|false|current_timestamp(\\(\\d*\\))?");
    /** Types whose literal defaults MySQL 8 takes only as an expression, in parentheses. */
    private static final Set<String> EXPRESSION_DEFAULT_TYPES = Set.of("tinytext", "text", "mediumtext", "longtext",
            "tinyblob", "blob", "mediumblob", "longblob", "json", "geometry", "point", "linestring", "polygon",
            "multipoint", "multilinestring", "multipolygon", "geometrycollection");

    private ColumnDdl() {
    }

    /**
     * {@code `name` type [CHARACTER SET c] [COLLATE k] [GENERATED ALWAYS AS (expr) STORED|VIRTUAL]
     * [NOT NULL | NULL] [DEFAULT d] [ON UPDATE u] [AUTO_INCREMENT] [INVISIBLE] [COMMENT 'c']}.
     * {@code NULL} is spelled for nullable {@code timestamp} columns only, which a server with
     * {@code explicit_defaults_for_timestamp} off would make {@code NOT NULL}.
     */
    public static String definition(Column column) {
        StringBuilder sql = new StringBuilder(MySqlIdentifiers.quote(column.name())).append(' ')
                .append(column.type().raw());
        String charset = column.attributes().get(CHARSET);
        if (charset != null) {
            sql.append(" CHARACTER SET ").append(charset);
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        } else if (column.generated() == null && typeName(column).equals("timestamp")) {
            sql.append(" NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(defaultValue(column));
        }
        if (column.attributes().has(ON_UPDATE)) {
            sql.append(" ON UPDATE ").append(column.attributes().get(ON_UPDATE));
        }
        if (column.attributes().is(AUTO_INCREMENT)) {
            sql.append(" AUTO_INCREMENT");
        }
        if (column.attributes().is(INVISIBLE)) {
            sql.append(" INVISIBLE");
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(MySqlTypes.quote(column.comment()));
        }
        return sql.toString();
    }

    /**
     * The default as MySQL and MariaDB both take it: a literal bare, an expression in parentheses, and
     * a literal of a text, blob, JSON or spatial column in parentheses too (MySQL 8 takes no other
     * default there).
     */
    static String defaultValue(Column column) {
        String value = column.defaultExpression().strip();
        boolean literal = StringLiterals.isQuoted(value) || LITERAL.matcher(value).matches();
        if (literal && !EXPRESSION_DEFAULT_TYPES.contains(typeName(column))
                || value.startsWith("(") && Parentheses.enclosed(value)) {
            return value;
        }
        return "(" + value + ")";
    }

    /** Whether the column holds text in a character set ({@code char}, {@code text}, {@code enum}…). */
    static boolean isText(Column column) {
        return Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set")
                .contains(typeName(column));
    }

    private static String typeName(Column column) {
        return TypeNames.of(column.type().canonical());
    }
}
