package dev.atlasj.benchmarks;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inspection of a generated PostgreSQL schema against its peers, measured in one run: the bulk
 * catalog queries alone, a JDBC {@code DatabaseMetaData} walk, and {@code pg_dump --schema-only}.
 *
 * <p>Run it with {@code benchmarks/run-inspect.sh}; see {@code benchmarks/README.md}.
 */
public final class InspectBenchmark {

    private static final String SCHEMA = "bench";

    private InspectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        String database = "atlasj_bench_inspect_" + o.tables;
        System.out.printf(Locale.ROOT, "Generating %d tables in database %s on %s:%d …%n", o.tables, database, o.host, o.port);
        try (Connection admin = connect(o, "postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
        try {
            run(o, database);
        } finally {
            if (!o.keep) {
                try (Connection admin = connect(o, "postgres"); Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
        }
    }

    private static void run(Options o, String database) throws Exception {
        List<Timing> timings = new ArrayList<>();
        try (Connection c = connect(o, database)) {
            SchemaGenerator.generate(c, SCHEMA, o.tables);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            Dialect dialect = Dialects.forConnection(c);
            InspectOptions scope = InspectOptions.schemas(SCHEMA);

            Timing ours = Timing.measure("atlasj inspection (in JVM)", o.warmups, o.runs,
                    () -> tableCount(dialect.inspector().inspect(c, scope)));
            timings.add(ours);
            timings.add(Timing.measure("reference: " + ReferenceCatalogQueries.count() + " bulk catalog queries (in JVM)",
                    o.warmups, o.runs, () -> ReferenceCatalogQueries.run(c, SCHEMA)));
            timings.add(Timing.measure("JDBC DatabaseMetaData walk (in JVM)", 1, o.slowRuns,
                    () -> DatabaseMetaDataWalk.walk(c, SCHEMA)));
            if (ours.result() != o.tables) {
                throw new IllegalStateException("inspection saw " + ours.result() + " tables, expected " + o.tables);
            }
        }
        timings.add(Timing.measure("pg_dump --schema-only (process)", 1, o.slowRuns,
                () -> process(List.of("pg_dump", "--schema-only", "-n", SCHEMA, "-h", o.host, "-p", String.valueOf(o.port),
                        "-U", o.user, database))));
        if (o.cliJar != null) {
            timings.add(Timing.measure("atlas schema inspect (process)", 1, o.slowRuns,
                    () -> process(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                            o.cliJar, "schema", "inspect", "--url", "postgres://" + o.user + "@" + o.host + ":" + o.port
                                    + "/" + database + "?sslmode=disable&search_path=" + SCHEMA))));
        }
        report(o, timings);
    }

    private static long tableCount(Realm realm) {
        return realm.schemas().stream().mapToLong(s -> s.tables().size()).sum();
    }

    private static long process(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return exit;
    }

    private static void report(Options o, List<Timing> timings) {
        Timing ours = timings.get(0);
        System.out.printf(Locale.ROOT, "%n%d tables, 10 columns, 3 secondary indexes, 1 FK and 1 check each; "
                + "Java %s; median of %d runs (%d for the slow peers)%n%n", o.tables, System.getProperty("java.version"),
                o.runs, o.slowRuns);
        System.out.println("| measurement | median | min–max | runs | atlasj inspection ÷ this |");
        System.out.println("|---|---|---|---|---|");
        for (Timing t : timings) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s–%s | %d | %.2f |%n", t.name(), Timing.format(t.median()),
                    Timing.format(t.min()), Timing.format(t.max()), t.runs(), ours.median() / t.median());
        }
    }

    private static Connection connect(Options o, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + o.host + ":" + o.port + "/" + database, o.user, o.password);
    }

    private record Options(String host, int port, String user, String password, int tables, int warmups, int runs,
            int slowRuns, boolean keep, String cliJar) {

        static Options parse(String[] args) {
            String host = "127.0.0.1";
            int port = 5432;
            String user = "postgres";
            String password = System.getenv("PGPASSWORD");
            int tables = 1000;
            int warmups = 5;
            int runs = 15;
            int slowRuns = 5;
            boolean keep = false;
            String cliJar = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--host" -> host = args[++i];
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--user" -> user = args[++i];
                    case "--tables" -> tables = Integer.parseInt(args[++i]);
                    case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--slow-runs" -> slowRuns = Integer.parseInt(args[++i]);
                    case "--keep" -> keep = true;
                    case "--cli-jar" -> cliJar = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --host --port --user --tables --warmups --runs --slow-runs --keep --cli-jar)");
                }
            }
            return new Options(host, port, user, password, tables, warmups, runs, slowRuns, keep, cliJar);
        }
    }
}
