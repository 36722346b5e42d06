package dev.atlasj.cli;

import dev.atlasj.diff.SchemaChange.ModifyTable;
import dev.atlasj.diff.TableChange.DropColumn;
import dev.atlasj.plan.ApplyResult;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.TxMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code schema apply} prints: the plan and how it will run, its destructive changes set apart,
 * and afterwards what was done. Everything but the statements is an SQL comment, so the output of a
 * dry run is a script that can be reviewed and run as it is.
 */
final class ApplyReport {

    private ApplyReport() {
    }

    /** The plan for {@code target}: a header, the statements one per line, then a warning for destructive changes. */
    static String plan(Plan plan, String target, TxMode mode) {
        StringBuilder out = new StringBuilder("-- Planned changes to ").append(target).append(": ")
                .append(count(plan.statements().size(), "statement")).append(", ").append(transactions(plan, mode))
                .append('\n').append(plan.toSql());
        List<String> destructive = destructive(plan);
        if (!destructive.isEmpty()) {
            out.append("-- WARNING: ").append(count(destructive.size(), "destructive change"))
                    .append(destructive.size() == 1 ? " drops data" : " drop data").append(" that cannot be recovered:\n");
            destructive.forEach(c -> out.append("--   ").append(c).append('\n'));
        }
        return out.toString();
    }

    /** The plan's drops of schemas, tables and columns, each on its own: {@code drop column public.users.note}. */
    private static List<String> destructive(Plan plan) {
        return plan.destructiveChanges().stream().flatMap(change -> change instanceof ModifyTable table
                ? table.changes().stream().filter(DropColumn.class::isInstance).map(drop -> "drop column "
                        + table.schema() + "." + table.from().name() + "." + ((DropColumn) drop).column().name())
                : Stream.of(change.describe())).toList();
    }

    /** The question that asks for approval. */
    static String question(Plan plan) {
        int destructive = destructive(plan).size();
        return "Apply the " + count(plan.statements().size(), "statement") + " above"
                + (destructive == 0 ? "" : ", with " + count(destructive, "destructive change")) + "? [y/N] ";
    }

    /** What an apply did. */
    static String applied(ApplyResult result) {
        return "-- Applied " + count(result.statements().size(), "statement") + " in " + result.total().toMillis()
                + " ms.\n";
    }

    private static String transactions(Plan plan, TxMode mode) {
        if (mode == TxMode.NONE) {
            return "each committed on its own";
        }
        long outside = plan.statements().stream().filter(s -> !s.transactional()).count();
        return outside == 0 ? "in one transaction"
                : "in transactions except " + outside + " that cannot run in one";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Whether {@code answer} approves: {@code y} or {@code yes}, in any case. */
    static boolean approves(String answer) {
        String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }
}
