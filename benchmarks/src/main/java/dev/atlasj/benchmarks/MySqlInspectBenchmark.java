package dev.atlasj.benchmarks;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.mysql.MySqlInspector;
import dev.atlasj.schema.Realm;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inspection of a generated MySQL or MariaDB database against its peers, measured in one run: the bulk
 * {@code information_schema} queries alone (taking turns with the inspection, run for run, so that both
 * see the same load and warm-up), a MySQL Connector/J {@code DatabaseMetaData} walk, and
 * {@code mariadb-dump --no-data} (or {@code mysqldump} where that is what is installed).
 *
 * <p>Run it with {@code benchmarks/run-inspect-mysql.sh}; see {@code benchmarks/README.md}.
 */
public final class MySqlInspectBenchmark {

    private MySqlInspectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        String database = "atlasj_bench_inspect_mysql_" + o.tables;
        try (Connection admin = connect(o, "")) {
            if (baseTables(admin, database) == o.tables) {
                System.out.printf(Locale.ROOT, "Reusing database %s on %s:%d (%d tables, kept by --keep)%n", database,
                        o.host, o.port, o.tables);
            } else {
                System.out.printf(Locale.ROOT, "Generating %d tables in database %s on %s:%d …%n", o.tables, database,
                        o.host, o.port);
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS `" + database + "`");
                    s.execute("CREATE DATABASE `" + database + "`");
                }
                try (Connection c = connect(o, database)) {
                    MySqlSchemaGenerator.generate(c, o.tables);
                }
            }
        }
        try {
            report(o, measure(o, database));
        } finally {
            if (!o.keep) {
                try (Connection admin = connect(o, ""); Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS `" + database + "`");
                }
            }
        }
    }

    private static List<Timing> measure(Options o, String database) throws Exception {
        List<Timing> timings = new ArrayList<>();
        try (Connection c = connect(o, database)) {
            InspectOptions scope = InspectOptions.schemas(database);
            MySqlInspector inspector = new MySqlInspector();
            timings.addAll(Timing.interleaved(o.warmups, o.runs, List.of("atlasj inspection (in JVM)",
                    "reference: " + MySqlReferenceQueries.count() + " bulk information_schema queries (in JVM)"),
                    List.of(() -> tableCount(inspector.inspect(c, scope)), () -> MySqlReferenceQueries.run(c, database))));
            Timing ours = timings.get(0);
            timings.add(Timing.measure("Connector/J DatabaseMetaData walk (in JVM)", 1, o.slowRuns,
                    () -> DatabaseMetaDataWalk.walk(c, database, null)));
            if (ours.result() != o.tables) {
                throw new IllegalStateException("inspection saw " + ours.result() + " tables, expected " + o.tables);
            }
        }
        List<String> dump = new ArrayList<>(List.of(dumpCommand(), "--no-data", "-h", o.host, "-P", String.valueOf(o.port),
                "-u", o.user, database));
        timings.add(Timing.measure(dump.get(0) + " --no-data (process)", 1, o.slowRuns, () -> process(dump, o.password)));
        return timings;
    }

    private static int baseTables(Connection admin, String database) throws SQLException {
        try (PreparedStatement s = admin.prepareStatement("SELECT count(*) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long tableCount(Realm realm) {
        return realm.schemas().stream().mapToLong(s -> s.tables().size()).sum();
    }

    /** {@code mariadb-dump} where it is installed, else {@code mysqldump}. */
    private static String dumpCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (new File(dir, "mariadb-dump").canExecute()) {
                return "mariadb-dump";
            }
        }
        return "mysqldump";
    }

    private static long process(List<String> command, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (password != null) {
            builder.environment().put("MYSQL_PWD", password);
        }
        int exit = builder.start().waitFor();
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
        return DriverManager.getConnection("jdbc:mysql://" + o.host + ":" + o.port + "/" + database, o.user,
                o.password == null ? "" : o.password);
    }

    private record Options(String host, int port, String user, String password, int tables, int warmups, int runs,
            int slowRuns, boolean keep) {

        static Options parse(String[] args) {
            String host = "127.0.0.1";
            int port = 3306;
            String user = "root";
            int tables = 1000;
            int warmups = 20;
            int runs = 15;
            int slowRuns = 5;
            boolean keep = false;
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
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --host --port --user --tables --warmups --runs --slow-runs --keep)");
                }
            }
            return new Options(host, port, user, System.getenv("MYSQL_PWD"), tables, warmups, runs, slowRuns, keep);
        }
    }
}
