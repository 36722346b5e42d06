package dev.atlasj.conformance;

import java.util.ArrayList;
import java.util.List;

/** Every case of a dialect's suites, applicable or not, in {@link DialectUnderTest#suites()} order, each in its files' order. */
final class ConformanceSuite {

    private ConformanceSuite() {
    }

    static List<ConformanceCase> read(SuiteLocation location, DialectUnderTest dialect) {
        List<ConformanceCase> cases = new ArrayList<>(SqldefCases.read(location.folder(), dialect));
        if (dialect == DialectUnderTest.POSTGRES) {
            cases.addAll(MigraCases.read(location.folder()));
        }
        return List.copyOf(cases);
    }
}
