package dev.atlasj.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.Atlas;
import dev.atlasj.InspectionException;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.StatementCounter;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mariadb.jdbc.MariaDbDataSource;

/** How inspection uses the connection: round trips, scope, the session it leaves, and finding the dialect. */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class InspectionStatementsTest {

    /** The server's version and defaults, then schemas, tables, columns, indexes, foreign-key actions,
     * foreign-key columns, checks, routine parameters, routines and triggers (views only when there are some). */
    private static final int STATEMENTS_PER_INSPECTION = 11;

    @Test
    void runsTheSameNumberOfStatementsForTenTablesAndForThreeHundred(TestDatabase small, TestDatabase large)
            throws SQLException {
        small.execute(tables(10));
        large.execute(tables(300));

        List<String> forSmall = statementsOfInspection(small);
        List<String> forLarge = statementsOfInspection(large);

        assertThat(forSmall).hasSize(STATEMENTS_PER_INSPECTION);
        assertThat(forLarge).isEqualTo(forSmall);
        Table last = Inspections.table(Inspections.schema(Inspections.inspect(large, large.name()), large.name()), "t299");
        assertThat(last.foreignKeys()).hasSize(1);
        assertThat(last.checks()).hasSize(1);
        assertThat(last.indexes()).hasSize(2);
    }

    @Test
    void readsSeveralDatabasesInOneStatementPerKind(TestDatabase first, TestDatabase second) throws SQLException {
        first.execute("CREATE TABLE a (id int)");
        second.execute("CREATE TABLE b (id int)");
        StatementCounter counter = new StatementCounter();
        Realm realm;
        try (Connection c = first.connect()) {
            realm = new MySqlInspector().inspect(counter.wrap(c), InspectOptions.schemas(first.name(), second.name()));
        }

        assertThat(counter.executed()).hasSize(STATEMENTS_PER_INSPECTION);
        assertThat(counter.executed().get(2)).contains("UNION ALL");
        assertThat(realm.schemas()).extracting(Schema::name).containsExactly(first.name(), second.name());
        assertThat(realm.schemas().get(0).tables()).extracting(Table::name).containsExactly("a");
        assertThat(realm.schemas().get(1).tables()).extracting(Table::name).containsExactly("b");
    }

    @Test
    void withoutNamesReadsEveryUserDatabaseButNoSystemOne(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (id int)");
        Realm realm;
        try (Connection c = db.connect()) {
            realm = new MySqlInspector().inspect(c, InspectOptions.allSchemas());
        }

        assertThat(realm.schema(db.name()).orElseThrow().tables()).extracting(Table::name).containsExactly("t");
        assertThat(realm.schemas()).extracting(Schema::name)
                .doesNotContain("information_schema", "mysql", "performance_schema", "sys");
    }

    @Test
    void namesTheDatabasesThatDoNotExist(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> new MySqlInspector().inspect(c, InspectOptions.schemas(db.name(), "missing", "mysql")))
                    .isInstanceOf(InspectionException.class)
                    .hasMessageStartingWith("databases \"missing\", \"mysql\" do not exist on the server (MariaDB 10.")
                    .hasMessageEndingWith("the system databases information_schema, mysql, performance_schema, sys are"
                            + " never inspected)");
        }
    }

    @Test
    void leavesTheSessionAsItFoundIt(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (id int)");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            execute(c, "SET SESSION sql_mode = 'ANSI_QUOTES', @mine = 7");
            execute(c, "INSERT INTO t VALUES (1)");

            new MySqlInspector().inspect(c, InspectOptions.schemas(db.name()));

            assertThat(c.getAutoCommit()).isFalse();
            assertThat(select(c, "SELECT @@session.sql_mode")).isEqualTo("ANSI_QUOTES");
            assertThat(select(c, "SELECT @mine")).isEqualTo("7");
            c.rollback();
            assertThat(select(c, "SELECT count(*) FROM t")).isEqualTo("0");
        }
    }

    @Test
    void saysWhatItWasReadingWhenTheCatalogCannotBeRead(TestDatabase db) throws SQLException {
        Connection c = db.connect();
        c.close();

        assertThatThrownBy(() -> new MySqlInspector().inspect(c, InspectOptions.schemas(db.name())))
                .isInstanceOf(InspectionException.class)
                .hasMessageStartingWith("cannot read the server's version and defaults: ");
    }

    @Test
    void atlasFindsTheDialectThroughServiceLoaderWithEitherDriver(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, doc json)");
        MariaDbDataSource mariaDb = new MariaDbDataSource();
        mariaDb.setUrl(db.jdbcUrl().replace("jdbc:mysql:", "jdbc:mariadb:"));
        mariaDb.setUser(db.server().user());
        if (db.server().password() != null) {
            mariaDb.setPassword(db.server().password());
        }

        Atlas overMariaDbDriver = Atlas.connect(mariaDb);
        Atlas overConnectorJ = Atlas.connect(db.dataSource());
        Realm realm = overMariaDbDriver.inspect().schema(db.name()).run();

        assertThat(overMariaDbDriver.dialect()).isInstanceOf(MySqlDialect.class);
        assertThat(overConnectorJ.dialect()).isInstanceOf(MySqlDialect.class);
        assertThat(realm).isEqualTo(overConnectorJ.inspect().schema(db.name()).run());
        assertThat(realm.schemas().get(0).tables().get(0).column("doc").orElseThrow().type().canonical()).isEqualTo("json");
        assertThat(overConnectorJ.dialect().quote("order")).isEqualTo("`order`");
    }

    @Test
    void atlasPlansThroughTheDialectsRulesAndPlanner(TestDatabase db) {
        db.execute("CREATE TABLE t (id int(11) PRIMARY KEY, flag bool DEFAULT TRUE)");
        Atlas atlas = Atlas.connect(db.dataSource());
        Realm live = atlas.inspect().schema(db.name()).run();
        Table wanted = Table.builder("t").column(Column.of("id", ColumnType.of("integer")).withNullable(false))
                .column(Column.of("flag", ColumnType.of("boolean")).withDefault("true"))
                .column(Column.of("note", ColumnType.of("text"))).primaryKey(PrimaryKey.of(null, "id")).build();

        assertThat(atlas.dialect().diffRules()).isInstanceOf(MySqlDiffRules.class);
        assertThat(atlas.plan(live, live, List.of()).isEmpty()).isTrue();
        assertThat(atlas.plan(live, Realm.of(Schema.builder(db.name()).table(wanted).build()), List.of()).toSql())
                .isEqualTo("ALTER TABLE `" + db.name() + "`.`t` ADD COLUMN `note` text;\n");
    }

    private static List<String> statementsOfInspection(TestDatabase db) throws SQLException {
        StatementCounter counter = new StatementCounter();
        try (Connection c = db.connect()) {
            new MySqlInspector().inspect(counter.wrap(c), InspectOptions.schemas(db.name()));
        }
        return counter.executed();
    }

    /** {@code n} tables, each with a key, an index, a foreign key to the previous one and a check. */
    private static String tables(int n) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, v varchar(20), ref int")
                    .append(i == 0 ? "" : ", FOREIGN KEY (ref) REFERENCES t" + (i - 1) + " (id)")
                    .append(", CHECK (id >= 0), KEY (v));\n");
        }
        return sql.toString();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String select(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
