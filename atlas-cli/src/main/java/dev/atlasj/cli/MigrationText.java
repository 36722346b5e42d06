package dev.atlasj.cli;

import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import dev.atlasj.schema.SchemaRename;
import java.util.List;
import java.util.Locale;

/**
 * The text of the files {@code migrate diff} writes, laid out as Atlas's formatters lay them out: each
 * statement under a comment line saying what it does, ending in {@code ;}. Atlas's own format
 * capitalizes the comments ({@code -- Create "users" table}); the other tools' formats keep them as the
 * planner words them ({@code -- create "users" table}), and their down files undo the statements in
 * reverse order under {@code -- reverse: …}. In a schema-scoped directory names are written without the
 * schema, as Atlas writes them, so that the files run in whatever schema (MySQL: database) they are applied to.
 */
final class MigrationText {

    private final Plan plan;
    private final ChangeComment comments;
    private final DirectoryFormat format;
    private final String schema;

    /** @param schema the one schema the directory is scoped to, or {@code null} when it covers every schema */
    MigrationText(Plan plan, ChangeComment comments, DirectoryFormat format, String schema) {
        this.plan = plan;
        this.comments = comments;
        this.format = format;
        this.schema = schema;
    }

    /**
     * The statements that apply the plan. A plan that mixes statements that may run in a transaction with
     * some that may not (an enum value used after it is added) makes a file that runs without one; on MySQL,
     * where no DDL runs in a transaction, the directive would say nothing.
     */
    String up() {
        boolean mixed = !plan.transactional() && plan.statements().stream().anyMatch(PlannedStatement::transactional);
        StringBuilder text = new StringBuilder(mixed ? "-- atlas:txmode none\n\n" : "");
        for (PlannedStatement statement : plan.statements()) {
            text.append("-- ").append(comment(statement)).append('\n').append(written(statement.sql())).append(";\n");
        }
        return text.toString();
    }

    /** The statements that undo the plan, last first; a statement that cannot be undone is left out. */
    String down() {
        StringBuilder text = new StringBuilder();
        List<PlannedStatement> statements = plan.statements();
        for (int i = statements.size() - 1; i >= 0; i--) {
            PlannedStatement statement = statements.get(i);
            if (statement.reverse() != null) {
                String reverse = written(statement.reverse().strip());
                text.append("-- reverse: ").append(comment(statement)).append('\n')
                        .append(reverse).append(reverse.endsWith(";") ? "\n" : ";\n");
            }
        }
        return text.toString();
    }

    private String written(String sql) {
        return schema == null ? sql : SchemaRename.unqualified(sql, schema);
    }

    private String comment(PlannedStatement statement) {
        String comment = comments.of(statement);
        return format == DirectoryFormat.ATLAS ? comment
                : comment.substring(0, 1).toLowerCase(Locale.ROOT) + comment.substring(1);
    }
}
