package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.mysql.MySqlAttributes;
import dev.atlasj.mysql.MySqlIdentifiers;
import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Maps rows of {@code views.sql}, {@code routines.sql} and {@code triggers.sql} to the model.
 *
 * <p>The catalog holds the parts of a routine or trigger, not its {@code CREATE} statement (only
 * {@code SHOW CREATE}, one object at a time, has that). The definition is put together from the parts
 * in the layout {@code SHOW CREATE} uses, without the {@code DEFINER} clause, which is an attribute.
 */
final class SchemaObjects {

    private SchemaObjects() {
    }

    static View view(ResultSet row) throws SQLException {
        String checkOption = row.getString("check_option");
        String algorithm = row.getString("algorithm");
        Attributes attributes = Attributes.empty()
                .with(MySqlAttributes.VIEW_CHECK_OPTION, "NONE".equals(checkOption) ? null : checkOption)
                .with(MySqlAttributes.VIEW_ALGORITHM, algorithm == null || algorithm.equals("UNDEFINED") ? null : algorithm)
                .with(MySqlAttributes.SECURITY, invoker(row.getString("security")))
                .with(MySqlAttributes.DEFINER, row.getString("definer"));
        return new View(row.getString("name"), row.getString("definition"), false, List.of(), null, attributes);
    }

    /**
     * The routine in the current row of {@code routines.sql}, with {@code parameters} as the
     * {@code parameters.sql} rows made them ({@link #parameter}).
     */
    static Routine routine(ResultSet row, List<String> parameters) throws SQLException {
        String name = row.getString("name");
        Routine.Kind kind = row.getString("kind").equals("FUNCTION") ? Routine.Kind.FUNCTION : Routine.Kind.PROCEDURE;
        String returns = kind == Routine.Kind.FUNCTION ? type(row.getString("return_type")) : null;
        boolean deterministic = "YES".equals(row.getString("is_deterministic"));
        String dataAccess = row.getString("data_access");
        String security = invoker(row.getString("security"));
        String comment = row.getString("comment");
        String arguments = String.join(", ", parameters);

        StringBuilder definition = new StringBuilder("CREATE ").append(kind.name()).append(' ')
                .append(MySqlIdentifiers.quote(name)).append('(').append(arguments).append(')');
        if (returns != null) {
            definition.append(" RETURNS ").append(returns);
        }
        if (deterministic) {
            definition.append("\n    DETERMINISTIC");
        }
        if (dataAccess != null && !dataAccess.equals("CONTAINS SQL")) {
            definition.append("\n    ").append(dataAccess);
        }
        if (security != null) {
            definition.append("\n    SQL SECURITY INVOKER");
        }
        if (comment != null && !comment.isEmpty()) {
            definition.append("\n    COMMENT ").append(MySqlTypes.quote(comment));
        }
        definition.append('\n').append(Objects.toString(row.getString("body"), ""));

        Attributes attributes = Attributes.empty()
                .with(MySqlAttributes.DETERMINISTIC, deterministic ? Boolean.TRUE : null)
                .with(MySqlAttributes.DATA_ACCESS, "CONTAINS SQL".equals(dataAccess) ? null : dataAccess)
                .with(MySqlAttributes.SECURITY, security)
                .with(MySqlAttributes.DEFINER, row.getString("definer"));
        return new Routine(name, kind, arguments, returns, "SQL", definition.toString(),
                comment == null || comment.isEmpty() ? null : comment, attributes);
    }

    /** A parameter in the current row of {@code parameters.sql}: {@code `a` int}, or {@code OUT `b` int} of a procedure. */
    static String parameter(ResultSet row) throws SQLException {
        String declared = MySqlIdentifiers.quote(row.getString("name")) + " " + type(row.getString("type"));
        return row.getString("kind").equals("PROCEDURE") ? row.getString("mode") + " " + declared : declared;
    }

    /** The trigger in the current row of {@code triggers.sql}; its order among its siblings is set later. */
    static Trigger trigger(ResultSet row) throws SQLException {
        String name = row.getString("name");
        String table = row.getString("table_name");
        String timing = row.getString("timing");
        String event = row.getString("event");
        String definition = "CREATE TRIGGER " + MySqlIdentifiers.quote(name) + " " + timing + " " + event + " ON "
                + MySqlIdentifiers.quote(table) + " FOR EACH ROW " + row.getString("body");
        Attributes attributes = Attributes.empty()
                .with(MySqlAttributes.TRIGGER_TIMING, timing)
                .with(MySqlAttributes.TRIGGER_EVENT, event)
                .with(MySqlAttributes.DEFINER, row.getString("definer"));
        return new Trigger(name, table, definition, null, attributes);
    }

    /** A parameter or return type, canonical where it can be (MariaDB prints {@code int(11)}, MySQL {@code int}). */
    private static String type(String raw) {
        try {
            return MySqlTypes.canonical(raw);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String invoker(String security) {
        return "INVOKER".equals(security) ? security : null;
    }
}
