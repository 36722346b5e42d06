package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import dev.atlasj.testkit.TestDatabases;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.ServerUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line against MySQL-family databases: inspect, diff between two databases, and apply from SQL
 * files read on a dev database, with URLs that carry a password that must never be printed.
 */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class MySqlCliTest {

    /** A user with a password, so that every URL carries one; created once on the test server. */
    private static final String USER = "atlasj_cli";

    /** The README's MySQL example: reserved-word names, a DELIMITER $$ section with a trigger and a procedure, a view. */
    private static final String SHOP = "file://../examples/mysql/schema.sql";


    /** The tables, view and routine of the example, by name. */
    private static final String[] EXAMPLE_OBJECTS = {"big_orders", "customers", "order", "order_log", "touch_order"};

    private static Boolean userWithPassword;

    @TempDir
    Path dir;

    /** {@code SCHEME://USER:PASSWORD@HOST:PORT/DATABASE} for {@code db}, as the user with a password when the server has one. */
    private static String url(TestDatabase db, String scheme) {
        ServerUrl server = (ServerUrl) DatabaseUrl.parse(db.url());
        String auth = withPassword(db) ? USER + ":" + TestUrls.PASSWORD : db.server().user();
        String address = server.host() + ":" + server.port() + "/" + db.name();
        return scheme.startsWith("jdbc:") ? scheme + "://" + address + "?user=" + auth.replace(":", "&password=")
                : scheme + "://" + auth + "@" + address;
    }

    private static String url(TestDatabase db) {
        return url(db, "mysql");
    }

    /** Whether the server let us create {@value #USER} with a password (an embedded server without grants does not). */
    private static synchronized boolean withPassword(TestDatabase db) {
        if (userWithPassword == null) {
            try {
                db.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + TestUrls.PASSWORD + "';"
                        + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + TestUrls.PASSWORD + "';"
                        + " GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%';"
                        + " GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'localhost';");
                userWithPassword = true;
            } catch (RuntimeException e) {
                userWithPassword = false;
            }
        }
        return userWithPassword;
    }

    /** Drops the user with a password again, through a database that is still there (the last test's is not). */
    @AfterAll
    static synchronized void dropUser() {
        if (Boolean.TRUE.equals(userWithPassword)) {
            try (TestDatabase db = TestDatabases.create(Engine.MYSQL)) {
                db.execute("DROP USER IF EXISTS '" + USER + "'@'%'; DROP USER IF EXISTS '" + USER + "'@'localhost';");
            }
            userWithPassword = null;
        }
    }

    private static CliRun run(String... args) {
        CliRun run = atlas(args);
        assertThat(run.output()).doesNotContain(TestUrls.PASSWORD);
        return run;
    }

    private String file(String name, String sql) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, sql);
        return "file://" + file;
    }

    @Test
    void inspectPrintsTheDatabaseAsSqlAndAsJson(TestDatabase db) {
        db.execute("CREATE TABLE `order` (`key` int PRIMARY KEY, `select` varchar(20) NOT NULL);"
                + " CREATE TABLE line (id int PRIMARY KEY, order_key int, FOREIGN KEY (order_key) REFERENCES `order` (`key`));");

        CliRun sql = run("schema", "inspect", "--url", url(db));
        CliRun json = run("schema", "inspect", "--url", url(db), "--format", "json");

        assertThat(sql.exitCode()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE `" + db.name() + "`.`order` (`key` int(11) NOT NULL, `select`"
                + " varchar(20) NOT NULL, PRIMARY KEY (`key`));", "REFERENCES `order` (`key`)");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"name\": \"" + db.name() + "\"", "\"name\": \"order\"", "\"name\": \"select\"");
    }

    @Test
    void twoDatabasesAreComparedAsOneSchemaAndThePlanTargetsTheCurrentOne(TestDatabase db1, TestDatabase db2) {
        db1.execute("CREATE TABLE customers (id int PRIMARY KEY);");
        db2.execute("CREATE TABLE customers (id int PRIMARY KEY, name varchar(50));"
                + " CREATE TABLE orders (id int PRIMARY KEY, customer int,"
                + " CONSTRAINT fk_customer FOREIGN KEY (customer) REFERENCES customers (id));"
                + " CREATE VIEW recent AS SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer;");

        CliRun diff = run("schema", "diff", "--from", url(db1), "--to", url(db2));

        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).contains("ALTER TABLE `" + db1.name() + "`.`customers` ADD COLUMN `name` varchar(50);",
                "CREATE TABLE `" + db1.name() + "`.`orders`", "REFERENCES `customers` (`id`)",
                "CREATE VIEW `" + db1.name() + "`.`recent`").doesNotContain(db2.name());

        assertThat(run("schema", "apply", "--url", url(db1), "--to", url(db2), "--auto-approve").exitCode()).isZero();
        assertThat(run("schema", "diff", "--from", url(db1), "--to", url(db2)).out())
                .isEqualTo(Comparison.SYNCED + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "maria", "mariadb", "jdbc:mysql", "jdbc:mariadb"})
    void sqlFilesAreAppliedThroughTheDevDatabaseAndThenSynced(String scheme, TestDatabase target, TestDatabase dev)
            throws IOException, SQLException {
        CliRun apply = run("schema", "apply", "--url", url(target), "--to", SHOP, "--dev-url", url(dev, scheme),
                "--auto-approve");

        assertThat(apply.exitCode()).isZero();
        assertThat(apply.out()).contains("CREATE TABLE `" + target.name() + "`.`order` (`key` bigint(20) NOT NULL,",
                "`select` enum('standard','express') NOT NULL DEFAULT 'standard'",
                "CREATE TRIGGER `" + target.name() + "`.`order_logged`",
                "CREATE PROCEDURE `" + target.name() + "`.`touch_order`", "CREATE VIEW `" + target.name() + "`.`big_orders`");
        assertThat(objects(target)).containsExactly(EXAMPLE_OBJECTS);
        assertThat(objects(dev)).isEmpty();

        CliRun again = run("schema", "apply", "--url", url(target), "--to", SHOP, "--dev-url", url(dev, scheme));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo(Comparison.SYNCED + "\n");
    }

    @Test
    void migrateDiffWritesFilesWithoutTheDatabaseNameThatReplayAndValidate(TestDatabase dev) throws IOException {
        String migrations = "file://" + dir.resolve("migrations");

        CliRun diff = run("migrate", "diff", "shop", "--dir", migrations, "--to", SHOP, "--dev-url", url(dev));
        CliRun again = run("migrate", "diff", "--dir", migrations, "--to", SHOP, "--dev-url", url(dev));
        CliRun validate = run("migrate", "validate", "--dir", migrations, "--dev-url", url(dev));

        assertThat(diff.exitCode()).isZero();
        try (var files = Files.list(dir.resolve("migrations"))) {
            Path written = files.filter(f -> f.toString().endsWith("_shop.sql")).findFirst().orElseThrow();
            assertThat(Files.readString(written)).contains("CREATE TABLE `order` (", "CREATE PROCEDURE `touch_order`")
                    .doesNotContain(dev.name()).doesNotContain("atlas:txmode");
        }
        assertThat(again.out()).contains("synced with the desired state");
        assertThat(validate.exitCode()).as(validate.output()).isZero();
    }

    @Test
    void theDevDatabaseTakesTheCharacterSetOfTheTargetSoThatItsTablesDoNotDiffer(TestDatabase target, TestDatabase dev)
            throws IOException {
        target.execute("ALTER DATABASE `" + target.name() + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci;"
                + " CREATE TABLE t (id int, name varchar(20));");
        String sql = file("t.sql", "CREATE TABLE t (id int, name varchar(20));");

        CliRun diff = run("schema", "diff", "--from", url(target), "--to", sql, "--dev-url", url(dev));

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).isEqualTo(Comparison.SYNCED + "\n");
    }

    @Test
    void aSqlErrorNamesFileAndLineAndChangesNothing(TestDatabase target, TestDatabase dev) throws IOException,
            SQLException {
        String bad = file("bad.sql", "CREATE TABLE ok (id int);\n\nCREATE TABLE `key` (\n  id int,\n  name TEXTT\n);\n");

        CliRun run = run("schema", "apply", "--url", url(target), "--to", bad, "--dev-url", url(dev), "--auto-approve");

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).startsWith("Error: " + dir.resolve("bad.sql") + ":5: ").contains("TEXTT");
        assertThat(objects(target)).isEmpty();
        assertThat(objects(dev)).isEmpty();
    }

    @Test
    void aDevDatabaseThatIsNotEmptyIsRefused(TestDatabase target, TestDatabase dev) throws IOException {
        dev.execute("CREATE TABLE leftover (id int);");

        CliRun run = run("schema", "apply", "--url", url(target), "--to", SHOP, "--dev-url", url(dev),
                "--auto-approve");

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).startsWith("Error: the dev database \"" + dev.name() + "\" is not empty: it holds table"
                + " leftover.");
    }

    @Test
    void filesThatCreateTheirDatabaseAreComparedByItsName(TestDatabase target, TestDatabase dev) throws IOException {
        String sql = file("own.sql", "CREATE DATABASE IF NOT EXISTS `" + target.name() + "_own`;\nUSE `" + target.name()
                + "_own`;\nCREATE TABLE t (id int);\n");

        CliRun run = run("schema", "diff", "--from", url(target), "--to", sql, "--dev-url", url(dev));

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).contains("defines nothing in schema \"" + target.name() + "\"");
    }

    @Test
    void withoutDevUrlSqlRunsOnEmbeddedMariaDb(TestDatabase target) throws IOException, SQLException {
        CliRun apply = run("schema", "apply", "--url", url(target), "--to", SHOP, "--auto-approve");

        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(objects(target)).containsExactly(EXAMPLE_OBJECTS);
    }

    @Test
    void unqualifiedSqlNeedsADatabaseWhenEveryDatabaseIsCompared(TestDatabase target, TestDatabase dev)
            throws IOException {
        String server = url(target).substring(0, url(target).lastIndexOf('/') + 1);

        CliRun run = run("schema", "diff", "--from", server, "--to", file("t.sql", "CREATE TABLE t (id int);"),
                "--dev-url", url(dev));

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).contains("creates table t without naming a database (it landed in the dev database \""
                + dev.name() + "\"), and the comparison covers every database because no URL names one.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker://mysql/8", "docker://mariadb/11"})
    void aContainerWithoutDockerIsAClearError(String devUrl, TestDatabase target) throws IOException {
        assumeFalse(Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null,
                "Docker may run here");
        CliRun run = run("schema", "diff", "--from", url(target), "--to", file("t.sql", "CREATE TABLE t (id int);"),
                "--dev-url", devUrl);

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).startsWith("Error: " + devUrl + " needs a running Docker engine, and none is reachable;"
                + " embedded://mariadb needs nothing but Java");
    }

    @Test
    void aWrongPasswordIsNeverPrinted(TestDatabase db) {
        String url = url(db).replaceFirst("//[^@]*@", "//" + USER + ":" + TestUrls.PASSWORD + "-wrong@");

        CliRun run = run("schema", "inspect", "--url", url);

        ConnectionErrorTest.assertOneParagraphError(run, TestUrls.PASSWORD);
        assertThat(run.err()).contains("xxxxx");
    }

    private static List<String> objects(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() UNION ALL"
                        + " SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
                        + " ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
