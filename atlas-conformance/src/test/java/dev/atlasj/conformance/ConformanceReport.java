package dev.atlasj.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a conformance run found, as Markdown for people ({@code target/conformance-report-<dialect>.md}) and as
 * a few summary lines for the test log: the pass rate per suite and direction (passes among the
 * cases that are in scope and load), every failing case with its reason, grouped by reason, and the
 * time taken.
 */
final class ConformanceReport {

    private static final int TOP_REASONS_IN_LOG = 8;

    /**
     * @param dialect the dialect whose suites ran
     * @param header facts about the run (suite folder, server, diff rules), one per line
     * @param cases the cases that ran
     * @param skipped the cases the index marks as not applicable
     * @param mismatches the baseline's complaint about each result that differs from it
     * @param wallTime the whole run, setup included
     */
    record Run(DialectUnderTest dialect, List<String> header, List<CaseResult> cases, List<ConformanceCase> skipped,
            Map<Result, String> mismatches, Duration wallTime) {
    }

    /** Counts for one suite and direction. */
    private record Tally(int pass, int fail, int outOfScope, int notLoadable, int skipped) {

        int inScope() {
            return pass + fail;
        }

        String rate() {
            return inScope() == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * pass / inScope());
        }
    }

    private final Run run;

    ConformanceReport(Run run) {
        this.run = run;
    }

    /** One line per suite and direction, the commonest failure reasons and the time, for the test log. */
    List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        for (Suite suite : run.dialect().suites()) {
            for (Direction direction : Direction.values()) {
                Tally t = tally(suite, direction);
                lines.add(String.format(Locale.ROOT,
                        "conformance %s %s: %d of %d in-scope cases pass (%s); "
                                + "%d fail, %d out of scope, %d not loadable, %d skipped",
                        suite.title(), direction.label(), t.pass(), t.inScope(), t.rate(), t.fail(), t.outOfScope(),
                        t.notLoadable(), t.skipped()));
            }
        }
        failureGroups().entrySet().stream().limit(TOP_REASONS_IN_LOG)
                .forEach(g -> lines.add("conformance failure reason (" + g.getValue().size() + "): " + g.getKey()));
        lines.add("conformance time: " + seconds(run.wallTime()) + " in all, " + seconds(caseTime(c -> true))
                + " running " + run.cases().size() + " cases; " + run.mismatches().size() + " results differ from the baseline");
        return lines;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# ").append(run.dialect().title()).append(" conformance report\n\n");
        run.header().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("- Time: ").append(seconds(run.wallTime())).append(" in all, ").append(seconds(caseTime(c -> true)))
                .append(" running ").append(run.cases().size()).append(" cases\n\n");

        md.append("## Pass rates\n\nA pass rate counts passes among the cases that are in scope and load (PASS + FAIL).\n\n")
                .append("| suite | direction | pass | in scope | rate | fail | out of scope | not loadable | skipped | time |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Suite suite : run.dialect().suites()) {
            for (Direction direction : Direction.values()) {
                Tally t = tally(suite, direction);
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %d | %d | %d | %d | %s |%n",
                        suite.title(), direction.label(), t.pass(), t.inScope(), t.rate(), t.fail(), t.outOfScope(),
                        t.notLoadable(), t.skipped(), direction == Direction.A_TO_B
                                ? seconds(caseTime(c -> c.testCase().suite() == suite)) + " (both ways)" : ""));
            }
        }

        if (!run.mismatches().isEmpty()) {
            md.append("\n## Different from the baseline (").append(run.mismatches().size()).append(")\n\n");
            run.mismatches().forEach((result, problem) -> md.append("- `").append(result.testCase().id()).append("` ")
                    .append(result.direction().label()).append(": ").append(problem).append('\n'));
        }

        Map<String, List<Result>> failures = failureGroups();
        md.append("\n## Failures by reason (").append(failures.values().stream().mapToInt(List::size).sum())
                .append(")\n");
        failures.forEach((group, results) -> {
            md.append("\n### ").append(group).append(" (").append(results.size()).append(")\n\n");
            results.forEach(r -> md.append("- `").append(r.testCase().id()).append("` ").append(r.direction().label())
                    .append(": ").append(r.reason().text()).append('\n'));
        });

        List<CaseResult> outOfScope = cases(Outcome.OUT_OF_SCOPE);
        md.append("\n## Out of scope (").append(outOfScope.size()).append(" cases)\n\n| kind | cases |\n|---|---:|\n");
        Map<String, Integer> kinds = new TreeMap<>();
        outOfScope.forEach(c -> List.of(c.aToB().reason().group().split(", ")).forEach(k -> kinds.merge(k, 1, Integer::sum)));
        kinds.forEach((kind, count) -> md.append("| ").append(kind).append(" | ").append(count).append(" |\n"));
        md.append('\n');
        outOfScope.forEach(c -> md.append("- `").append(c.testCase().id()).append("`: ").append(c.aToB().reason().text())
                .append('\n'));

        List<CaseResult> notLoadable = cases(Outcome.NOT_LOADABLE);
        md.append("\n## Not loadable (").append(notLoadable.size()).append(" cases)\n\n");
        notLoadable.forEach(c -> md.append("- `").append(c.testCase().id()).append("`: ").append(c.aToB().reason().text())
                .append('\n'));

        md.append("\n## Skipped as not applicable per the index (").append(run.skipped().size())
                .append(" cases)\n\n| reason | cases |\n|---|---:|\n");
        run.skipped().stream()
                .collect(Collectors.groupingBy(ConformanceCase::skipReason, TreeMap::new, Collectors.counting()))
                .forEach((reason, count) -> md.append("| ").append(reason).append(" | ").append(count).append(" |\n"));
        return md.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report " + file, e);
        }
    }

    private Tally tally(Suite suite, Direction direction) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        run.cases().stream().filter(c -> c.testCase().suite() == suite)
                .forEach(c -> counts.merge(c.result(direction).outcome(), 1, Integer::sum));
        int skipped = (int) run.skipped().stream().filter(c -> c.suite() == suite).count();
        return new Tally(counts.getOrDefault(Outcome.PASS, 0), counts.getOrDefault(Outcome.FAIL, 0),
                counts.getOrDefault(Outcome.OUT_OF_SCOPE, 0), counts.getOrDefault(Outcome.NOT_LOADABLE, 0), skipped);
    }

    /** Failing results by reason group, the largest group first. */
    private Map<String, List<Result>> failureGroups() {
        Map<String, List<Result>> groups = run.cases().stream()
                .flatMap(c -> c.results().stream())
                .filter(r -> r.outcome() == Outcome.FAIL)
                .collect(Collectors.groupingBy(r -> r.reason().group(), LinkedHashMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .sorted(Map.Entry.<String, List<Result>>comparingByValue(Comparator.comparingInt(List::size)).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
    }

    private List<CaseResult> cases(Outcome outcome) {
        return run.cases().stream().filter(c -> c.aToB().outcome() == outcome).toList();
    }

    private Duration caseTime(Predicate<CaseResult> which) {
        return run.cases().stream().filter(which).map(CaseResult::time).reduce(Duration.ZERO, Duration::plus);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
