package dev.atlasj.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.Atlas;
import dev.atlasj.InspectionException;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.StatementCounter;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How inspection uses the connection: round trips, snapshot, and the session state it hands back. */
@ExtendWith(DatabaseExtension.class)
class InspectionSessionTest {

    /** Two statements prepare the session, then one query per object kind: schemas, extensions, tables,
     * columns, indexes, foreign keys, checks, enums, sequences. */
    private static final int STATEMENTS_PER_INSPECTION = 11;

    @Test
    void runsTheSameNumberOfStatementsForTenTablesAndForThreeHundred(TestDatabase small, TestDatabase large) throws SQLException {
        small.execute(tables(10));
        large.execute(tables(300));

        List<String> forSmall = statementsOfInspection(small);
        List<String> forLarge = statementsOfInspection(large);

        assertThat(forSmall).hasSize(STATEMENTS_PER_INSPECTION);
        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(Inspections.inspect(large).schemas().get(0).tables()).hasSize(300);
    }

    @Test
    void restoresAutoCommitAndSearchPathAndEndsItsTransaction(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA \"Other\"; CREATE TABLE t (x int)");
        try (Connection c = db.connect()) {
            execute(c, "SET search_path = \"Other\", public");
            String jit = show(c, "jit");

            new PostgresInspector().inspect(c, InspectOptions.allSchemas());

            assertThat(c.getAutoCommit()).isTrue();
            assertThat(show(c, "search_path")).isEqualTo("\"Other\", public");
            assertThat(show(c, "jit")).isEqualTo(jit);
            assertThat(show(c, "transaction_isolation")).as("no transaction left open").isEqualTo("read committed");
            assertThat(show(c, "transaction_read_only")).isEqualTo("off");
        }
    }

    @Test
    void restoresTheSessionWhenInspectionFails(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> new PostgresInspector().inspect(c, InspectOptions.schemas("missing")))
                    .isInstanceOf(InspectionException.class);

            assertThat(c.getAutoCommit()).isTrue();
            assertThat(show(c, "search_path")).isEqualTo("\"$user\", public");
            assertThat(show(c, "transaction_isolation")).isEqualTo("read committed");
        }
    }

    @Test
    void readsInsideTheCallersTransactionAndLeavesItOpenAndUsable(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            execute(c, "CREATE TABLE uncommitted (x int); SET LOCAL search_path = pg_catalog");

            Realm realm = new PostgresInspector().inspect(c, InspectOptions.schemas("public"));
            assertThatThrownBy(() -> new PostgresInspector().inspect(c, InspectOptions.schemas("missing")))
                    .isInstanceOf(InspectionException.class);

            assertThat(realm.schemas().get(0).tables()).extracting(Table::name).containsExactly("uncommitted");
            assertThat(c.getAutoCommit()).isFalse();
            assertThat(show(c, "search_path")).isEqualTo("pg_catalog");
            c.rollback();
            assertThat(new PostgresInspector().inspect(c, InspectOptions.schemas("public")).schemas().get(0).tables())
                    .isEmpty();
        }
    }

    @Test
    void saysWhatItWasReadingWhenTheCatalogCannotBeRead(TestDatabase db) throws SQLException {
        try (Connection locker = db.connect(); Connection c = db.connect()) {
            locker.setAutoCommit(false);
            execute(locker, "LOCK TABLE pg_catalog.pg_attrdef IN ACCESS EXCLUSIVE MODE");
            execute(c, "SET lock_timeout = '50ms'");

            assertThatThrownBy(() -> new PostgresInspector().inspect(c, InspectOptions.schemas("public")))
                    .isInstanceOf(InspectionException.class)
                    .hasMessageStartingWith("cannot read columns from the catalog (inspecting schema \"public\"; columns.sql): ")
                    .hasMessageContaining("lock timeout")
                    .hasCauseInstanceOf(SQLException.class);
            locker.rollback();
        }
    }

    @Test
    void refusesAClosedConnectionWithAnInspectionException(TestDatabase db) throws SQLException {
        Connection c = db.connect();
        c.close();

        assertThatThrownBy(() -> new PostgresInspector().inspect(c, InspectOptions.allSchemas()))
                .isInstanceOf(InspectionException.class)
                .hasMessageStartingWith("cannot read the connection's auto-commit mode: ");
    }

    @Test
    void atlasFindsTheDialectThroughServiceLoaderAndInspects(TestDatabase db) {
        db.execute("CREATE TABLE t (id int PRIMARY KEY)");

        Atlas atlas = Atlas.connect(db.dataSource());
        Realm realm = atlas.inspect().run();

        assertThat(atlas.dialect()).isInstanceOf(PostgresDialect.class);
        assertThat(realm).isEqualTo(Inspections.inspect(db));
        assertThat(atlas.inspect().schema("public").run().schemas().get(0).tables()).extracting(Table::name)
                .containsExactly("t");
    }

    private static List<String> statementsOfInspection(TestDatabase db) throws SQLException {
        StatementCounter counter = new StatementCounter();
        try (Connection c = db.connect()) {
            new PostgresInspector().inspect(counter.wrap(c), InspectOptions.allSchemas());
        }
        return counter.executed();
    }

    /** {@code n} tables, each with a key, an index, a foreign key to the previous one and a check. */
    private static String tables(int n) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, v text, ref int")
                    .append(i == 0 ? "" : " REFERENCES t" + (i - 1))
                    .append(", CHECK (id >= 0)); CREATE INDEX ON t").append(i).append(" (v);\n");
        }
        return sql.toString();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
