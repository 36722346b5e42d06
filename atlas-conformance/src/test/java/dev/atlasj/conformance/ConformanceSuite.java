package dev.atlasj.conformance;

import java.util.ArrayList;
import java.util.List;

/** Every PostgreSQL case of the suites, applicable or not, sqldef's first, each suite in its files' order. */
final class ConformanceSuite {

    private ConformanceSuite() {
    }

    static List<ConformanceCase> read(SuiteLocation location) {
        List<ConformanceCase> cases = new ArrayList<>(SqldefCases.read(location.folder()));
        cases.addAll(MigraCases.read(location.folder()));
        return List.copyOf(cases);
    }
}
