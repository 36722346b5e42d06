package dev.atlasj.conformance;

import dev.atlasj.conformance.ConformanceCase.Setup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The migra fixtures: {@code a.sql} is the start state and {@code b.sql} the target; where
 * {@code additions.sql} is not empty, a second case starts from A plus the additions, as migra's own
 * test does. migra's expected output and comparison options play no part: every fixture is a full
 * A→B pair.
 */
final class MigraCases {

    private static final String INDEX = "index/migra.tsv";

    private MigraCases() {
    }

    static List<ConformanceCase> read(Path suite) {
        Path index = suite.resolve(INDEX);
        List<ConformanceCase> cases = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(index)) {
            String name = Tsv.cell(row, "case", index);
            Path fixture = suite.resolve("migra").resolve(name);
            String a = text(fixture.resolve("a.sql"));
            String b = text(fixture.resolve("b.sql"));
            cases.add(new ConformanceCase(Suite.MIGRA, name, name, List.of(a), b, Setup.PLAIN, null));
            if (Boolean.parseBoolean(Tsv.cell(row, "has_additions", index))) {
                cases.add(new ConformanceCase(Suite.MIGRA, name, name + "+additions",
                        List.of(a, text(fixture.resolve("additions.sql"))), b, Setup.PLAIN, null));
            }
        }
        return cases;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
