package dev.atlasj.conformance;

import dev.atlasj.diff.DiffRules;
import dev.atlasj.postgres.PostgresDialect;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sqldef PostgreSQL cases and the migra fixtures of {@code ../shared/conformance}, each run both
 * ways (see {@link CaseRunner}) in two pooled databases and held against {@code postgres-baseline.tsv};
 * one dynamic test per case and direction, and a report in {@code target/conformance-report-postgres.md}
 * (see {@link ConformanceRun} for the system properties).
 */
@ExtendWith({SuitePresent.class, DatabaseExtension.class})
class PostgresConformanceTest {

    /**
     * The rules every diff of the harness compares under: the dialect's own, as a user of the library
     * gets them. This is the one place to change to run the suites under other rules.
     */
    private static final DiffRules DIFF_RULES = new PostgresDialect().diffRules();

    private static ConformanceRun run;

    @BeforeAll
    static void openPool(TestDatabase a, TestDatabase b) throws SQLException {
        try (Connection connection = a.connect()) {
            ClusterRoles.ensure(connection);
        }
        run = new ConformanceRun(DialectUnderTest.POSTGRES, DIFF_RULES,
                new ScratchDatabasePair(new ScratchDatabase(a), new ScratchDatabase(b)));
    }

    @TestFactory
    Stream<DynamicNode> postgres() {
        return run.tests();
    }

    @AfterAll
    static void report() throws SQLException {
        if (run != null) {
            run.finish();
        }
    }
}
