package dev.atlasj.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.atlasj.diff.DiffRules;
import dev.atlasj.postgres.PostgresDialect;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sqldef PostgreSQL cases and the migra fixtures of {@code ../shared/conformance}, each run both
 * ways (see {@link CaseRunner}) and held against {@code postgres-baseline.tsv}; one dynamic test per
 * case and direction, and a report in {@code target/conformance-report.md}.
 *
 * <p>System properties: {@value SuiteLocation#FOLDER_PROPERTY} (where the suites are),
 * {@value Baseline#UPDATE_PROPERTY} ({@code true} rewrites the baseline from this run),
 * {@value #CASES_PROPERTY} (a regular expression: run only the cases whose name it finds).
 */
@ExtendWith({SuitePresent.class, DatabaseExtension.class})
class PostgresConformanceTest {

    /**
     * The rules every diff of the harness compares under: the dialect's own, as a user of the library
     * gets them. This is the one place to change to run the suites under other rules.
     */
    private static final DiffRules DIFF_RULES = new PostgresDialect().diffRules();

    static final String CASES_PROPERTY = "atlasj.conformance.cases";
    private static final String BASELINE = "postgres-baseline.tsv";
    private static final Path BASELINE_SOURCE = Path.of("src/test/resources/dev/atlasj/conformance", BASELINE);
    private static final Path REPORT = Path.of("target/conformance-report.md");

    private static final Map<String, CaseResult> results = new LinkedHashMap<>();
    private static final Map<Result, String> mismatches = new LinkedHashMap<>();
    private static long started;
    private static List<ConformanceCase> allCases;
    private static List<ConformanceCase> selected;
    private static Baseline baseline;
    private static ScratchDatabase first;
    private static ScratchDatabase second;
    private static CaseRunner runner;
    private static String server;

    @BeforeAll
    static void openPool(TestDatabase a, TestDatabase b) throws SQLException {
        started = System.nanoTime();
        try (Connection connection = a.connect()) {
            ClusterRoles.ensure(connection);
            server = serverVersion(connection);
        }
        first = new ScratchDatabase(a);
        second = new ScratchDatabase(b);
        runner = new CaseRunner(first, second, DIFF_RULES);
        allCases = ConformanceSuite.read(SuiteLocation.current());
        Pattern filter = Pattern.compile(System.getProperty(CASES_PROPERTY, ""));
        selected = allCases.stream().filter(c -> filter.matcher(c.name()).find()).toList();
        baseline = readBaseline();
    }

    @TestFactory
    Stream<DynamicNode> postgres() {
        return Arrays.stream(Suite.values()).map(suite -> dynamicContainer(suite.title(),
                selected.stream()
                        .filter(c -> c.suite() == suite && c.applicable())
                        .collect(Collectors.groupingBy(ConformanceCase::file, LinkedHashMap::new, Collectors.toList()))
                        .entrySet().stream()
                        .map(file -> dynamicContainer(file.getKey(),
                                file.getValue().stream().flatMap(PostgresConformanceTest::tests)))));
    }

    private static Stream<DynamicTest> tests(ConformanceCase testCase) {
        return Arrays.stream(Direction.values())
                .map(direction -> dynamicTest(testCase.name() + " " + direction.label(), () -> check(testCase, direction)));
    }

    private static void check(ConformanceCase testCase, Direction direction) throws SQLException {
        CaseResult ran = results.get(testCase.id());
        if (ran == null) {
            ran = runner.run(testCase);
            results.put(testCase.id(), ran);
        }
        Result result = ran.result(direction);
        Optional<String> mismatch = baseline.mismatch(result);
        if (mismatch.isPresent()) {
            mismatches.put(result, mismatch.get());
            if (!updating()) {
                fail(result.displayName() + ": " + mismatch.get());
            }
        }
    }

    @AfterAll
    static void report() throws SQLException {
        first.close();
        second.close();
        List<ConformanceCase> skipped = selected.stream().filter(c -> !c.applicable()).toList();
        List<String> header = List.of(
                "Suites: " + SuiteLocation.current(),
                "Server: PostgreSQL " + server,
                "Diff rules: " + (DIFF_RULES == DiffRules.EXACT ? "DiffRules.EXACT" : DIFF_RULES.getClass().getName()),
                "Cases selected: " + (selected.size() == allCases.size() ? "all" : selected.size() + " of " + allCases.size()
                        + " (-D" + CASES_PROPERTY + "=" + System.getProperty(CASES_PROPERTY) + ")"));
        ConformanceReport report = new ConformanceReport(new ConformanceReport.Run(header, List.copyOf(results.values()),
                skipped, mismatches, Duration.ofNanos(System.nanoTime() - started)));
        Path reportFile = SuiteLocation.moduleDirectory().resolve(REPORT);
        report.write(reportFile);
        report.summaryLines().forEach(System.out::println);
        System.out.println("conformance report: " + reportFile);
        if (updating()) {
            Path file = SuiteLocation.moduleDirectory().resolve(BASELINE_SOURCE);
            baseline.updatedWith(allResults(), knownKeys()).write(file);
            System.out.println("conformance baseline rewritten: " + file);
        }
    }

    private static boolean updating() {
        return Boolean.getBoolean(Baseline.UPDATE_PROPERTY);
    }

    private static List<Result> allResults() {
        return results.values().stream().flatMap(c -> c.results().stream()).toList();
    }

    /** Every case and direction the suites hold that applies here, filtered or not. */
    private static List<Baseline.Key> knownKeys() {
        List<Baseline.Key> keys = new ArrayList<>();
        allCases.stream().filter(ConformanceCase::applicable).forEach(c -> Arrays.stream(Direction.values())
                .forEach(d -> keys.add(new Baseline.Key(c.suite(), c.name(), d))));
        return keys;
    }

    private static Baseline readBaseline() {
        try (InputStream in = PostgresConformanceTest.class.getResourceAsStream(BASELINE)) {
            return in == null ? Baseline.empty()
                    : Baseline.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BASELINE_SOURCE.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + BASELINE, e);
        }
    }

    private static String serverVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
