package dev.atlasj.benchmarks;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.atlasj.Atlas;
import dev.atlasj.migrate.MigrationDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Versioned migrations against Flyway, in one run on one server: the time to apply a directory of
 * {@code --files} files (a table, an index and a row each) to an empty database, and the time an
 * application boot pays when nothing is pending (the directory read and checked, the history read under
 * the lock). Both tools get the same SQL, a fresh database per apply, and take turns so they share the
 * machine's load.
 */
public final class MigrateBenchmark {

    private MigrateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--cold-boot")) {
            coldBoot(args);
            return;
        }
        Options o = Options.parse(args);
        Path root = Files.createTempDirectory("atlasj-bench-migrate");
        Path atlasDir = root.resolve("atlas");
        Path flywayDir = root.resolve("flyway");
        writeDirectories(o, atlasDir, flywayDir);

        Timing atlasApply = Timing.named("atlasj apply " + o.files + " files to an empty database");
        Timing flywayApply = Timing.named("Flyway apply " + o.files + " files to an empty database");
        Timing atlasBoot = Timing.named("atlasj boot, nothing pending");
        Timing flywayBoot = Timing.named("Flyway boot, nothing pending");
        for (int round = 0; round < o.warmups + o.runs; round++) {
            boolean measured = round >= o.warmups;
            DataSource ours = fresh(o, "atlasj_bench_migrate_ours");
            DataSource theirs = fresh(o, "atlasj_bench_migrate_flyway");
            Timing.Work atlasWork = () -> Atlas.connect(ours).migrate(MigrationDirectory.open(atlasDir)).toLatest().files().size();
            Timing.Work flywayWork = () -> Flyway.configure().dataSource(theirs).locations("filesystem:" + flywayDir)
                    .load().migrate().migrationsExecuted;
            (measured ? atlasApply : Timing.named("warm-up")).time(atlasWork);
            (measured ? flywayApply : Timing.named("warm-up")).time(flywayWork);
            for (int boot = 0; boot < 3; boot++) {
                (measured ? atlasBoot : Timing.named("warm-up")).time(atlasWork);
                (measured ? flywayBoot : Timing.named("warm-up")).time(flywayWork);
            }
            if (atlasApply.runs() > 0 && (atlasBoot.result() != 0 || flywayBoot.result() != 0)) {
                throw new IllegalStateException("a boot found migrations pending");
            }
        }
        Timing atlasCold = Timing.named("atlasj first boot in a new JVM, nothing pending");
        Timing flywayCold = Timing.named("Flyway first boot in a new JVM, nothing pending");
        for (int run = 0; run < o.runs; run++) {
            atlasCold.add(coldBootInProcess(o, "atlasj", "atlasj_bench_migrate_ours", atlasDir));
            flywayCold.add(coldBootInProcess(o, "flyway", "atlasj_bench_migrate_flyway", flywayDir));
        }
        drop(o, "atlasj_bench_migrate_ours");
        drop(o, "atlasj_bench_migrate_flyway");

        System.out.printf(Locale.ROOT, "%s on %s:%d, %d files, %d runs after %d warm-up%n", o.engine, o.host, o.port,
                o.files, o.runs, o.warmups);
        report(atlasApply, flywayApply);
        report(atlasBoot, flywayBoot);
        report(atlasCold, flywayCold);
    }

    /**
     * The boot of a new JVM, as an application starting pays it: from before the tool's first class is
     * touched to the end of its migrate call, measured in the child and read from its output.
     */
    private static double coldBootInProcess(Options o, String tool, String database, Path dir) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), MigrateBenchmark.class.getName(), "--cold-boot", tool,
                o.engine, o.host, String.valueOf(o.port), o.user, database, dir.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " cold boot failed:\n" + output);
        }
        return Double.parseDouble(output.substring(output.lastIndexOf('\n') + 1));
    }

    private static void coldBoot(String[] args) throws Exception {
        Options o = new Options(args[2], args[3], Integer.parseInt(args[4]), args[5], 0, 0, 0);
        DataSource dataSource = dataSource(o, args[6]);
        Path dir = Path.of(args[7]);
        long start = System.nanoTime();
        long executed = args[1].equals("flyway")
                ? Flyway.configure().dataSource(dataSource).locations("filesystem:" + dir).load().migrate().migrationsExecuted
                : Atlas.connect(dataSource).migrate(MigrationDirectory.open(dir)).toLatest().files().size();
        double millis = (System.nanoTime() - start) / 1e6;
        if (executed != 0) {
            throw new IllegalStateException(executed + " migrations were pending");
        }
        System.out.println(millis);
    }

    private static void report(Timing ours, Timing theirs) {
        for (Timing t : List.of(ours, theirs)) {
            System.out.printf(Locale.ROOT, "  %-48s median %8s  (min %s, max %s)%n", t.name(), Timing.format(t.median()),
                    Timing.format(t.min()), Timing.format(t.max()));
        }
        System.out.printf(Locale.ROOT, "  ratio atlasj / Flyway: %.2f%n", ours.median() / theirs.median());
    }

    /** The same {@code files} files, named for each tool: {@code 0001_t0001.sql} and {@code V1__t0001.sql}. */
    private static void writeDirectories(Options o, Path atlasDir, Path flywayDir) throws IOException {
        Files.createDirectories(atlasDir);
        Files.createDirectories(flywayDir);
        for (int i = 1; i <= o.files; i++) {
            String table = String.format(Locale.ROOT, "t%04d", i);
            String sql = "CREATE TABLE " + table + " (id bigint NOT NULL PRIMARY KEY, name varchar(100) NOT NULL, "
                    + "created_at timestamp NULL);\n"
                    + "CREATE INDEX " + table + "_name ON " + table + " (name);\n"
                    + "INSERT INTO " + table + " (id, name) VALUES (1, '" + table + "');\n";
            Files.writeString(atlasDir.resolve(String.format(Locale.ROOT, "%04d_%s.sql", i, table)), sql,
                    StandardCharsets.UTF_8);
            Files.writeString(flywayDir.resolve("V" + i + "__" + table + ".sql"), sql, StandardCharsets.UTF_8);
        }
        MigrationDirectory.open(atlasDir).writeSum();
    }

    private static DataSource fresh(Options o, String database) throws SQLException {
        drop(o, database);
        admin(o, "CREATE DATABASE " + database);
        return dataSource(o, database);
    }

    private static void drop(Options o, String database) throws SQLException {
        admin(o, "DROP DATABASE IF EXISTS " + database + (o.postgres() ? " WITH (FORCE)" : ""));
    }

    private static void admin(Options o, String sql) throws SQLException {
        try (Connection c = dataSource(o, o.postgres() ? "postgres" : "").getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static DataSource dataSource(Options o, String database) {
        String password = System.getenv(o.postgres() ? "PGPASSWORD" : "MYSQL_PWD");
        if (o.postgres()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL("jdbc:postgresql://" + o.host + ":" + o.port + "/" + database);
            ds.setUser(o.user);
            ds.setPassword(password);
            return ds;
        }
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL("jdbc:mysql://" + o.host + ":" + o.port + "/" + database);
        ds.setUser(o.user);
        ds.setPassword(password == null ? "" : password);
        return ds;
    }

    private record Options(String engine, String host, int port, String user, int files, int runs, int warmups) {

        boolean postgres() {
            return engine.equals("postgres");
        }

        static Options parse(String[] args) {
            String engine = "postgres";
            String host = "127.0.0.1";
            Integer port = null;
            String user = null;
            int files = 200;
            int runs = 5;
            int warmups = 1;
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--engine" -> engine = value;
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--user" -> user = value;
                    case "--files" -> files = Integer.parseInt(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--warmups" -> warmups = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            boolean postgres = engine.equals("postgres");
            if (!postgres && !engine.equals("mariadb") && !engine.equals("mysql")) {
                throw new IllegalArgumentException("--engine is postgres, mariadb or mysql, not " + engine);
            }
            return new Options(engine, host, port != null ? port : postgres ? 5432 : 3306,
                    user != null ? user : postgres ? "postgres" : "root", files, runs, warmups);
        }
    }
}
