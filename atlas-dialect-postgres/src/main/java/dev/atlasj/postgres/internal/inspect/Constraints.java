package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.ReferentialAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Maps rows of {@code foreign_keys.sql} and {@code checks.sql} to the model. */
final class Constraints {

    private Constraints() {
    }

    /** The foreign key in the current row of {@code foreign_keys.sql}. */
    static ForeignKey foreignKey(ResultSet row) throws SQLException {
        Attributes attributes = deferrability(row).with(PostgresAttributes.FK_MATCH, match(row.getString("match")));
        if (row.getBoolean("not_valid")) {
            attributes = attributes.with(PostgresAttributes.NOT_VALID, true);
        }
        return new ForeignKey(row.getString("name"), names(row, "columns"), row.getString("ref_schema"),
                row.getString("ref_table"), names(row, "ref_columns"), action(row.getString("on_update")),
                action(row.getString("on_delete")), attributes);
    }

    /** The check constraint in the current row of {@code checks.sql}. */
    static Check check(ResultSet row) throws SQLException {
        Attributes attributes = Attributes.empty();
        if (row.getBoolean("no_inherit")) {
            attributes = attributes.with(PostgresAttributes.CHECK_NO_INHERIT, true);
        }
        if (row.getBoolean("not_valid")) {
            attributes = attributes.with(PostgresAttributes.NOT_VALID, true);
        }
        return new Check(row.getString("name"), row.getString("expression"), attributes);
    }

    /** DEFERRABLE and INITIALLY DEFERRED from the {@code deferrable} and {@code initially_deferred} columns, when set. */
    static Attributes deferrability(ResultSet row) throws SQLException {
        Attributes attributes = Attributes.empty();
        if (row.getBoolean("deferrable")) {
            attributes = attributes.with(PostgresAttributes.DEFERRABLE, true);
        }
        if (row.getBoolean("initially_deferred")) {
            attributes = attributes.with(PostgresAttributes.INITIALLY_DEFERRED, true);
        }
        return attributes;
    }

    private static List<String> names(ResultSet row, String column) throws SQLException {
        return List.of((String[]) row.getArray(column).getArray());
    }

    /** {@code pg_constraint.confupdtype} and {@code confdeltype} codes. */
    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** {@code pg_constraint.confmatchtype} codes; SIMPLE, the default, maps to {@code null}. */
    private static String match(String code) {
        return switch (code) {
            case "f" -> "FULL";
            case "p" -> "PARTIAL";
            default -> null;
        };
    }
}
