package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.mysql.MySqlAttributes;
import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.Generated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps rows of {@code columns.sql} to columns, reading defaults of both flavors into one form.
 *
 * <p>MySQL and MariaDB print {@code COLUMN_DEFAULT} differently. MariaDB (10.2.7+) prints the default
 * as SQL: string and temporal literals quoted ({@code 'it''s'}), numbers bare, expressions as
 * written ({@code uuid()}, {@code current_timestamp(3)}), and {@code NULL} for an explicit
 * {@code DEFAULT NULL}. MySQL prints a literal's bare value ({@code it's}) and an expression's text,
 * marking expressions with {@code DEFAULT_GENERATED} in {@code EXTRA}. The model holds MariaDB's form
 * on both: a literal of a string, temporal, enum or set column is quoted as {@link MySqlTypes#quote}
 * does; numbers, bit literals ({@code b'101'}) and hex literals ({@code 0x61}) are bare; expressions
 * are unparenthesized; {@code DEFAULT NULL} is no default; and {@code CURRENT_TIMESTAMP}, written
 * {@code current_timestamp()}, {@code now()} or {@code CURRENT_TIMESTAMP}, is {@code CURRENT_TIMESTAMP}
 * or {@code CURRENT_TIMESTAMP(n)}, in defaults and in {@code ON UPDATE} alike.
 */
final class Columns {

    private static final Pattern CURRENT_TIMESTAMP =
            Pattern.compile("(?i)(?:current_timestamp|now|localtimestamp|localtime)(?:\\((\\d*)\\))?");
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)on update (\\S+)");
    private static final Set<String> BARE_LITERAL_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "bigint",
            "decimal", "float", "double", "bit", "year", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");

    private final boolean mariaDb;
    private final Map<String, ColumnType> types = new HashMap<>();

    Columns(ServerVersion version) {
        this.mariaDb = version.mariaDb();
    }

    /** The column in the current row, its charset and collation stored when they differ from {@code table}'s. */
    Column column(ResultSet row, TableDraft table) throws SQLException {
        String extra = row.getString("extra");
        extra = extra.isEmpty() ? extra : extra.toLowerCase(Locale.ROOT);
        String expression = row.getString("generation_expression");
        boolean generated = extra.contains("generated") && !extra.contains("default_generated")
                && expression != null && !expression.isEmpty();
        String charset = row.getString("charset");
        String collation = row.getString("collation");
        Attributes attributes = Attributes.empty()
                .with(MySqlAttributes.CHARSET, charset != null && !charset.equals(table.charset) ? charset : null)
                .with(MySqlAttributes.AUTO_INCREMENT, extra.contains("auto_increment") ? Boolean.TRUE : null)
                .with(MySqlAttributes.INVISIBLE, extra.contains("invisible") ? Boolean.TRUE : null)
                .with(MySqlAttributes.ON_UPDATE, onUpdate(extra));
        String comment = row.getString("comment");
        return new Column(
                row.getString("name"),
                types.computeIfAbsent(row.getString("type"), raw -> new ColumnType(raw, MySqlTypes.canonical(raw))),
                "YES".equals(row.getString("nullable")),
                generated ? null : defaultValue(row.getString("default_value"), extra, row.getString("type")),
                generated ? new Generated(expression, extra.contains("stored") || extra.contains("persistent")) : null,
                collation != null && !collation.equals(table.collation) ? collation : null,
                comment == null || comment.isEmpty() ? null : comment,
                attributes);
    }

    /** The default of a column of {@code type} in the model's form (see the class comment), or {@code null} for none. */
    String defaultValue(String value, String extra, String type) {
        if (value == null || (mariaDb && value.equals("NULL"))) {
            return null;
        }
        String timestamp = currentTimestamp(value);
        if (timestamp != null) {
            return timestamp;
        }
        if (mariaDb || extra.contains("default_generated") || BARE_LITERAL_TYPES.contains(typeName(type))) {
            return value;
        }
        return MySqlTypes.quote(value);
    }

    /** The name of a type as {@code COLUMN_TYPE} prints it: {@code int} for {@code int(10) unsigned}. */
    private static String typeName(String type) {
        int end = 0;
        while (end < type.length() && Character.isLetterOrDigit(type.charAt(end))) {
            end++;
        }
        return type.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String onUpdate(String extra) {
        if (!extra.contains("on update")) {
            return null;
        }
        Matcher m = ON_UPDATE.matcher(extra);
        return m.find() ? currentTimestamp(m.group(1)) : null;
    }

    /** {@code CURRENT_TIMESTAMP} or {@code CURRENT_TIMESTAMP(n)} when {@code value} is one of its spellings, else {@code null}. */
    private static String currentTimestamp(String value) {
        if (value.isEmpty() || "cCnNlL".indexOf(value.charAt(0)) < 0) {
            return null;
        }
        Matcher m = CURRENT_TIMESTAMP.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String precision = m.group(1);
        return precision == null || precision.isEmpty() || precision.equals("0")
                ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + precision + ")";
    }
}
