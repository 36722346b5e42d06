package dev.atlasj.cli;

import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlannedStatement;
import java.util.List;
import java.util.Locale;

/**
 * The text of the files {@code migrate diff} writes, laid out as Atlas's formatters lay them out: each
 * statement under a comment line saying what it does, ending in {@code ;}. Atlas's own format
 * capitalizes the comments ({@code -- Create "users" table}); the other tools' formats keep them as the
 * planner words them ({@code -- create "users" table}), and their down files undo the statements in
 * reverse order under {@code -- reverse: …}.
 */
final class MigrationText {

    private final Plan plan;
    private final ChangeComment comments;
    private final DirectoryFormat format;

    MigrationText(Plan plan, ChangeComment comments, DirectoryFormat format) {
        this.plan = plan;
        this.comments = comments;
        this.format = format;
    }

    /**
     * The statements that apply the plan. A plan that cannot run in one transaction (an enum value used
     * after it is added) makes a file that runs without one.
     */
    String up() {
        StringBuilder text = new StringBuilder(plan.transactional() ? "" : "-- atlas:txmode none\n\n");
        for (PlannedStatement statement : plan.statements()) {
            text.append("-- ").append(comment(statement)).append('\n').append(statement.sql()).append(";\n");
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
                text.append("-- reverse: ").append(comment(statement)).append('\n')
                        .append(statement.reverse().strip()).append(statement.reverse().strip().endsWith(";") ? "\n" : ";\n");
            }
        }
        return text.toString();
    }

    private String comment(PlannedStatement statement) {
        String comment = comments.of(statement);
        return format == DirectoryFormat.ATLAS ? comment
                : comment.substring(0, 1).toLowerCase(Locale.ROOT) + comment.substring(1);
    }
}
