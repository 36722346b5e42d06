package dev.atlasj.mysql.internal;

import dev.atlasj.mysql.MySqlIdentifiers;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and rewrites the heads of {@code CREATE TRIGGER}, {@code CREATE FUNCTION} and
 * {@code CREATE PROCEDURE} statements, the definitions the model keeps for triggers and routines.
 *
 * <p>The inspector writes them without a schema and without a definer ({@code CREATE TRIGGER `t_ai`
 * AFTER INSERT ON `t` FOR EACH ROW …}); the planner names the schema, so that the object lands in its
 * database whatever the connection's default one.
 */
public final class StoredObjectDefinitions {

    private static final String NAME = "(?:`(?:[^`]|``)*`|[A-Za-z0-9_$]+)";
    private static final String QUALIFIED = "(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?)";
    private static final String USER = "(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\"[^\"]*\"|[^\\s@]+)";
    private static final String CREATE = "(?is)^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*(?:CURRENT_USER(?:\\s*\\(\\s*\\))?|"
            + USER + "(?:\\s*@\\s*" + USER + ")?)\\s+)?";
    private static final Pattern TRIGGER = Pattern.compile(CREATE + "TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + QUALIFIED
            + "\\s+(BEFORE|AFTER)\\s+(INSERT|UPDATE|DELETE)\\s+ON\\s+" + QUALIFIED
            + "\\s+FOR\\s+EACH\\s+ROW\\s+(?:(?:FOLLOWS|PRECEDES)\\s+" + NAME + "\\s+)?(.*)$");
    private static final Pattern ROUTINE = Pattern.compile(CREATE + "(?:AGGREGATE\\s+)?(FUNCTION|PROCEDURE)\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?" + QUALIFIED + "\\s*(\\(.*)$");

    private StoredObjectDefinitions() {
    }

    /**
     * The parts of a {@code CREATE TRIGGER} statement.
     *
     * @param name the trigger's name, unquoted
     * @param timing {@code BEFORE} or {@code AFTER}
     * @param event {@code INSERT}, {@code UPDATE} or {@code DELETE}
     * @param table the table's name, unquoted
     * @param body the statement it runs, as written
     */
    public record TriggerParts(String name, String timing, String event, String table, String body) {

        /**
         * {@code CREATE TRIGGER `name` TIMING EVENT ON `table` FOR EACH ROW [order] body}, the names in
         * {@code schema} when it is not {@code null}.
         *
         * @param order {@code FOLLOWS `other`} or {@code PRECEDES `other`}, or {@code null}
         */
        public String toSql(String schema, String order) {
            return "CREATE TRIGGER " + MySqlIdentifiers.qualify(schema, name) + " " + timing + " " + event + " ON "
                    + MySqlIdentifiers.qualify(schema, table) + " FOR EACH ROW " + (order == null ? "" : order + " ") + body;
        }
    }

    /** The parts of a trigger definition, when it is a {@code CREATE TRIGGER} statement this class reads. */
    public static Optional<TriggerParts> trigger(String definition) {
        Matcher m = TRIGGER.matcher(definition);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TriggerParts(lastName(m.group(1)), m.group(2).toUpperCase(Locale.ROOT),
                m.group(3).toUpperCase(Locale.ROOT), lastName(m.group(4)), m.group(5)));
    }

    /**
     * A {@code CREATE FUNCTION} or {@code CREATE PROCEDURE} statement with its definer and any schema
     * dropped, the routine named in {@code schema} when that is not {@code null}; empty when the
     * definition is not such a statement.
     */
    public static Optional<String> routine(String definition, String schema) {
        Matcher m = ROUTINE.matcher(definition);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("CREATE " + m.group(1).toUpperCase(Locale.ROOT) + " "
                + MySqlIdentifiers.qualify(schema, lastName(m.group(2))) + m.group(3));
    }

    /** The last part of a possibly qualified, possibly quoted name, unquoted: {@code t} for {@code `s`.`t`}. */
    private static String lastName(String qualified) {
        String last = null;
        int i = 0;
        while (i < qualified.length()) {
            char c = qualified.charAt(i);
            if (c == '`') {
                StringBuilder name = new StringBuilder();
                for (i++; i < qualified.length(); i++) {
                    if (qualified.charAt(i) == '`') {
                        if (i + 1 < qualified.length() && qualified.charAt(i + 1) == '`') {
                            i++;
                        } else {
                            break;
                        }
                    }
                    name.append(qualified.charAt(i));
                }
                last = name.toString();
                i++;
            } else if (c == '.' || Character.isWhitespace(c)) {
                i++;
            } else {
                int start = i;
                while (i < qualified.length() && qualified.charAt(i) != '.' && !Character.isWhitespace(qualified.charAt(i))) {
                    i++;
                }
                last = qualified.substring(start, i);
            }
        }
        return last;
    }
}
