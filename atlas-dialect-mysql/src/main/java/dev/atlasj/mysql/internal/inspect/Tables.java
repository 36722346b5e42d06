package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.mysql.MySqlAttributes;
import dev.atlasj.schema.Attributes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps rows of {@code tables.sql} to table drafts, and reads what only {@code SHOW CREATE TABLE} has. */
final class Tables {

    /** A FULLTEXT index line with a parser: {@code FULLTEXT KEY `ft` (`body`) WITH PARSER `ngram`}, or inside a comment. */
    private static final Pattern FULLTEXT_PARSER =
            Pattern.compile("FULLTEXT (?:KEY|INDEX) `((?:[^`]|``)+)`.*WITH PARSER `((?:[^`]|``)+)`");

    private Tables() {
    }

    /**
     * The table in the current row, its options stored as {@link MySqlAttributes} says: the engine when
     * not {@code defaultEngine}, the character set and collation when not its schema's.
     */
    static TableDraft draft(ResultSet row, String schemaCharset, String schemaCollation, String defaultEngine)
            throws SQLException {
        String collation = row.getString("collation");
        String charset = charsetOf(collation);
        String engine = row.getString("engine");
        String comment = row.getString("comment");
        long counter = row.getLong("auto_increment");
        boolean hasCounter = !row.wasNull() && counter > 1;
        List<String> options = new ArrayList<>();
        String rowFormat = null;
        boolean partitioned = false;
        for (String option : createOptions(row.getString("create_options"))) {
            String lower = option.toLowerCase(Locale.ROOT);
            if (lower.startsWith("row_format=")) {
                rowFormat = option.substring("row_format=".length()).toUpperCase(Locale.ROOT);
            } else if (lower.equals("partitioned")) {
                partitioned = true;
            } else {
                options.add(option);
            }
        }
        Attributes attributes = Attributes.empty()
                .with(MySqlAttributes.ENGINE, engine == null || engine.equalsIgnoreCase(defaultEngine) ? null : engine)
                .with(MySqlAttributes.CHARSET, charset == null || charset.equals(schemaCharset) ? null : charset)
                .with(MySqlAttributes.COLLATION, collation == null || collation.equals(schemaCollation) ? null : collation)
                .with(MySqlAttributes.ROW_FORMAT, rowFormat)
                .with(MySqlAttributes.TABLE_OPTIONS, options.isEmpty() ? null : String.join(" ", options))
                .with(MySqlAttributes.AUTO_INCREMENT_COUNTER, hasCounter ? counter : null);
        return new TableDraft(row.getString("schema_name"), row.getString("name"),
                charset == null ? schemaCharset : charset, collation == null ? schemaCollation : collation, partitioned,
                comment == null || comment.isEmpty() ? null : comment, attributes);
    }

    /** The character set of a collation: the part of its name before the first {@code _} ({@code binary} for {@code binary}). */
    static String charsetOf(String collation) {
        if (collation == null) {
            return null;
        }
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    /** The parsers of the FULLTEXT indexes in a {@code SHOW CREATE TABLE} text, by index name. */
    static Map<String, String> fulltextParsers(String createTable) {
        Map<String, String> parsers = new LinkedHashMap<>();
        for (String line : createTable.split("\n")) {
            Matcher m = FULLTEXT_PARSER.matcher(line);
            if (m.find()) {
                parsers.put(m.group(1).replace("``", "`"), m.group(2).replace("``", "`"));
            }
        }
        return parsers;
    }

    private static List<String> createOptions(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
