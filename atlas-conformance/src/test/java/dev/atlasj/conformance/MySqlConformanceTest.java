package dev.atlasj.conformance;

import dev.atlasj.diff.DiffRules;
import dev.atlasj.mysql.MySqlDialect;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sqldef MySQL cases of {@code ../shared/conformance} that apply to MariaDB 10.11, each run both
 * ways (see {@link CaseRunner}) in one database rebuilt for every side ({@link MySqlScratchDatabase})
 * and held against {@code mysql-baseline.tsv}; one dynamic test per case and direction, and a report
 * in {@code target/conformance-report-mysql.md} (see {@link ConformanceRun} for the system properties).
 */
@ExtendWith({SuitePresent.class, DatabaseExtension.class})
@DatabaseEngine(Engine.MYSQL)
class MySqlConformanceTest {

    /**
     * The rules every diff of the harness compares under: the dialect's own, as a user of the library
     * gets them. This is the one place to change to run the suite under other rules.
     */
    private static final DiffRules DIFF_RULES = new MySqlDialect().diffRules();

    private static ConformanceRun run;

    @BeforeAll
    static void open(TestDatabase database) throws SQLException {
        run = new ConformanceRun(DialectUnderTest.MYSQL, DIFF_RULES, new MySqlScratchDatabase(database));
    }

    @TestFactory
    Stream<DynamicNode> mysql() {
        return run.tests();
    }

    @AfterAll
    static void report() throws SQLException {
        if (run != null) {
            run.finish();
        }
    }
}
