package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.postgres.PostgresAttributes;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.ReferentialAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Maps rows of {@code foreign_keys.sql} and {@code checks.sql} to the model. */
final class Constraints {

    private Constraints() {
    }

    /**
     * The foreign key of {@code table} in the current row of {@code foreign_keys.sql}; the referenced
     * columns are named from {@code tables} unless the row names them.
     */
    static ForeignKey foreignKey(ResultSet row, TableDraft table, Map<Long, TableDraft> tables) throws SQLException {
        Attributes attributes = deferrability(row)
                .with(PostgresAttributes.FK_MATCH, match(row.getString("match")))
                .with(PostgresAttributes.NOT_VALID, Rows.flag(row, "not_valid"));
        String[] refNames = Rows.strings(row, "ref_columns");
        List<String> refColumns = refNames != null ? List.of(refNames)
                : tables.get(row.getLong("ref_table_oid")).columnNames(Rows.numbers(row, "ref_attnums"));
        return new ForeignKey(row.getString("name"), table.columnNames(Rows.numbers(row, "attnums")),
                row.getString("ref_schema"), row.getString("ref_table"), refColumns, action(row.getString("on_update")),
                action(row.getString("on_delete")), attributes);
    }

    /** The check constraint in the current row of {@code checks.sql}. */
    static Check check(ResultSet row) throws SQLException {
        Attributes attributes = Attributes.empty()
                .with(PostgresAttributes.CHECK_NO_INHERIT, Rows.flag(row, "no_inherit"))
                .with(PostgresAttributes.NOT_VALID, Rows.flag(row, "not_valid"));
        return new Check(row.getString("name"), row.getString("expression"), attributes);
    }

    /** DEFERRABLE and INITIALLY DEFERRED from the {@code deferrable} and {@code initially_deferred} columns, when set. */
    static Attributes deferrability(ResultSet row) throws SQLException {
        return Attributes.empty()
                .with(PostgresAttributes.DEFERRABLE, Rows.flag(row, "deferrable"))
                .with(PostgresAttributes.INITIALLY_DEFERRED, Rows.flag(row, "initially_deferred"));
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
