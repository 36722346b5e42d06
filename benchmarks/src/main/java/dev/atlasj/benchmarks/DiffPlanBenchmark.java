package dev.atlasj.benchmarks;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Diff and plan of two in-memory schemas of {@code tables} tables that differ in 1% of them (a column
 * added, a column type changed, an index dropped), beside the time to inspect the same schema.
 *
 * <p>The first schema is inspected from a generated database, so the model is the real one; the
 * second is a copy with every hundredth table altered. Run it with {@code benchmarks/run-diff.sh}.
 */
public final class DiffPlanBenchmark {

    private DiffPlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String database = "atlasj_bench_diff_" + tables;
        String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", System.getenv("PGPASSWORD"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
                System.getenv("PGPASSWORD"))) {
            SchemaGenerator.generate(c, "bench", tables);
            Dialect dialect = Dialects.forConnection(c);
            InspectOptions scope = InspectOptions.schemas("bench");
            Timing inspect = Timing.measure("inspect " + tables + " tables", 5, 15,
                    () -> dialect.inspector().inspect(c, scope).schemas().size());
            Realm current = dialect.inspector().inspect(c, scope);
            Realm desired = alterOnePercent(current);
            Differ differ = new Differ(dialect.diffRules());
            List<Integer> sizes = new ArrayList<>();
            Timing diffPlan = Timing.measure("diff + plan, 1% of tables changed", 20, 30, () -> {
                List<SchemaChange> changes = differ.diff(current, desired);
                Plan plan = dialect.planner().plan(changes);
                sizes.add(plan.statements().size());
                return plan.statements().size();
            });
            System.out.printf(Locale.ROOT, "%n%d tables, %d of them changed; %d statements planned; Java %s%n%n", tables,
                    tables / 100, sizes.get(sizes.size() - 1), System.getProperty("java.version"));
            System.out.println("| measurement | median | min–max | runs |");
            System.out.println("|---|---|---|---|");
            for (Timing t : List.of(diffPlan, inspect)) {
                System.out.printf(Locale.ROOT, "| %s | %s | %s–%s | %d |%n", t.name(), Timing.format(t.median()),
                        Timing.format(t.min()), Timing.format(t.max()), t.runs());
            }
        } finally {
            try (Connection c = DriverManager.getConnection(admin, "postgres", System.getenv("PGPASSWORD"));
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /** Every hundredth table gets a new column, a wider {@code name} column and loses its partial index. */
    private static Realm alterOnePercent(Realm realm) {
        Schema schema = realm.schemas().get(0);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        for (Table table : schema.tables()) {
            if (i++ % 100 == 0) {
                Table.Builder b = table.toBuilder();
                List<Column> columns = new ArrayList<>();
                for (Column column : table.columns()) {
                    columns.add(column.name().equals("name")
                            ? column.withType(ColumnType.canonical("character varying(400)")) : column);
                }
                columns.add(Column.of("note", ColumnType.canonical("text")));
                b.columns(columns);
                b.indexes(table.indexes().stream().filter(x -> !x.name().endsWith("_partial")).toList());
                tables.add(b.build());
            } else {
                tables.add(table);
            }
        }
        return realm.withSchema(schema.toBuilder().tables(tables).build());
    }
}
