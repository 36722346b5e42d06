package dev.atlasj.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.atlasj.diff.DiffRules;
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
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * One run of a dialect's conformance suites, as a conformance test class drives it: the cases, one
 * dynamic test per case and direction held against the dialect's baseline, and at the end the report
 * in {@code target/conformance-report-<dialect>.md} and, when asked, the rewritten baseline.
 *
 * <p>System properties: {@value SuiteLocation#FOLDER_PROPERTY} (where the suites are),
 * {@value Baseline#UPDATE_PROPERTY} ({@code true} rewrites the baseline from this run),
 * {@value #CASES_PROPERTY} (a regular expression: run only the cases whose name it finds).
 */
final class ConformanceRun {

    static final String CASES_PROPERTY = "atlasj.conformance.cases";
    private static final Path RESOURCES = Path.of("src/test/resources/dev/atlasj/conformance");

    private final long started = System.nanoTime();
    private final DialectUnderTest dialect;
    private final DiffRules rules;
    private final CaseStates states;
    private final CaseRunner runner;
    private final String server;
    private final List<ConformanceCase> allCases;
    private final List<ConformanceCase> selected;
    private final Baseline baseline;
    private final Map<String, CaseResult> results = new LinkedHashMap<>();
    private final Map<Result, String> mismatches = new LinkedHashMap<>();

    /**
     * Reads the dialect's suites and baseline; the run takes over {@code states}.
     *
     * @param rules the rules every diff of the run compares under
     */
    ConformanceRun(DialectUnderTest dialect, DiffRules rules, CaseStates states) throws SQLException {
        this.dialect = dialect;
        this.rules = rules;
        this.states = states;
        this.runner = new CaseRunner(states, dialect, rules);
        this.server = serverVersion(states.session(CaseStates.Side.A));
        this.allCases = ConformanceSuite.read(SuiteLocation.current(), dialect);
        Pattern filter = Pattern.compile(System.getProperty(CASES_PROPERTY, ""));
        this.selected = allCases.stream().filter(c -> filter.matcher(c.name()).find()).toList();
        this.baseline = readBaseline();
    }

    /** One container per suite, one per file in it, and one test per applicable case and direction. */
    Stream<DynamicNode> tests() {
        return dialect.suites().stream().map(suite -> dynamicContainer(suite.title(),
                selected.stream()
                        .filter(c -> c.suite() == suite && c.applicable())
                        .collect(Collectors.groupingBy(ConformanceCase::file, LinkedHashMap::new, Collectors.toList()))
                        .entrySet().stream()
                        .map(file -> dynamicContainer(file.getKey(), file.getValue().stream().flatMap(this::tests)))));
    }

    private Stream<DynamicTest> tests(ConformanceCase testCase) {
        return Arrays.stream(Direction.values())
                .map(direction -> dynamicTest(testCase.name() + " " + direction.label(), () -> check(testCase, direction)));
    }

    private void check(ConformanceCase testCase, Direction direction) throws SQLException {
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

    /** Closes the databases, writes the report, prints its summary and, when asked, rewrites the baseline. */
    void finish() throws SQLException {
        states.close();
        List<ConformanceCase> skipped = selected.stream().filter(c -> !c.applicable()).toList();
        List<String> header = List.of(
                "Suites: " + SuiteLocation.current(),
                "Server: " + server,
                "Diff rules: " + (rules == DiffRules.EXACT ? "DiffRules.EXACT" : rules.getClass().getName()),
                "Cases selected: " + (selected.size() == allCases.size() ? "all" : selected.size() + " of " + allCases.size()
                        + " (-D" + CASES_PROPERTY + "=" + System.getProperty(CASES_PROPERTY) + ")"));
        ConformanceReport report = new ConformanceReport(new ConformanceReport.Run(dialect, header,
                List.copyOf(results.values()), skipped, mismatches, Duration.ofNanos(System.nanoTime() - started)));
        Path reportFile = SuiteLocation.moduleDirectory().resolve("target/conformance-report-" + dialect.id() + ".md");
        report.write(reportFile);
        report.summaryLines().forEach(System.out::println);
        System.out.println("conformance report: " + reportFile);
        if (updating()) {
            Path file = SuiteLocation.moduleDirectory().resolve(RESOURCES).resolve(dialect.baselineResource());
            baseline.updatedWith(allResults(), knownKeys()).write(file);
            System.out.println("conformance baseline rewritten: " + file);
        }
    }

    private static boolean updating() {
        return Boolean.getBoolean(Baseline.UPDATE_PROPERTY);
    }

    private List<Result> allResults() {
        return results.values().stream().flatMap(c -> c.results().stream()).toList();
    }

    /** Every case and direction the suites hold that applies here, filtered or not. */
    private List<Baseline.Key> knownKeys() {
        List<Baseline.Key> keys = new ArrayList<>();
        allCases.stream().filter(ConformanceCase::applicable).forEach(c -> Arrays.stream(Direction.values())
                .forEach(d -> keys.add(new Baseline.Key(c.suite(), c.name(), d))));
        return keys;
    }

    private Baseline readBaseline() {
        String resource = dialect.baselineResource();
        try (InputStream in = ConformanceRun.class.getResourceAsStream(resource)) {
            return in == null ? Baseline.empty()
                    : Baseline.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCES.resolve(resource).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + resource, e);
        }
    }

    private String serverVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(dialect.versionQuery())) {
            rs.next();
            return rs.getString(1);
        }
    }
}
