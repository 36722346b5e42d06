package dev.atlasj.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome every case and direction had when the baseline was last recorded. A run is held
 * against it so that the build stays green while results are imperfect, yet notices every change:
 * a case that gets worse fails, and so does one that gets better, until the baseline is rewritten
 * with {@code -D}{@value #UPDATE_PROPERTY}{@code =true}.
 *
 * <p>The file is tab-separated: suite, case, direction, outcome, reason. Lines starting with
 * {@code #} are comments.
 */
final class Baseline {

    static final String UPDATE_PROPERTY = "atlasj.conformance.update";
    private static final String HEADER = """
            # The outcome of each conformance case when the baseline was last recorded; the dialect's conformance
            # test fails when a case's outcome differs. Rewrite it by running the test with
            # -Datlasj.conformance.update=true (see atlas-conformance/README.md).
            suite\tcase\tdirection\toutcome\treason
            """;

    /** One recorded outcome. */
    record Entry(Suite suite, String testCase, Direction direction, Outcome outcome, String reason) {

        static Entry of(Result result) {
            return new Entry(result.testCase().suite(), result.testCase().name(), result.direction(), result.outcome(),
                    result.reason().text());
        }

        Key key() {
            return new Key(suite, testCase, direction);
        }

        String line() {
            return String.join("\t", suite.id(), testCase, direction.label(), outcome.name(), reason.replace('\t', ' '));
        }
    }

    /** What identifies an entry. */
    record Key(Suite suite, String testCase, Direction direction) {

        static Key of(Result result) {
            return new Key(result.testCase().suite(), result.testCase().name(), result.direction());
        }
    }

    private final Map<Key, Entry> entries;

    private Baseline(Map<Key, Entry> entries) {
        this.entries = entries;
    }

    static Baseline empty() {
        return new Baseline(new LinkedHashMap<>());
    }

    /** Reads a baseline from its text; {@code source} names it in error messages. */
    static Baseline parse(String text, String source) {
        Map<Key, Entry> entries = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(source + ":" + number + " has " + cells.length
                            + " cells instead of 5 (suite, case, direction, outcome, reason)");
                }
                try {
                    Entry entry = new Entry(Suite.byId(cells[0]), cells[1], Direction.byLabel(cells[2]),
                            Outcome.valueOf(cells[3]), cells[4]);
                    entries.put(entry.key(), entry);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(source + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Baseline(entries);
    }

    /**
     * What is wrong with {@code actual} compared with the baseline, or empty when it matches. Only
     * the outcome counts; a failing case that fails for another reason still matches.
     */
    Optional<String> mismatch(Result actual) {
        Entry expected = entries.get(Key.of(actual));
        String now = actual.outcome() + (actual.reason().text().isEmpty() ? "" : ": " + actual.reason().text());
        String update = "; if that is intended, rewrite the baseline with -D" + UPDATE_PROPERTY + "=true";
        if (expected == null) {
            return Optional.of("not in the baseline; it is now " + now + update);
        }
        if (expected.outcome() == actual.outcome()) {
            return Optional.empty();
        }
        String was = "was " + expected.outcome() + (expected.reason().isEmpty() ? "" : " (" + expected.reason() + ")");
        if (actual.outcome() == Outcome.PASS) {
            return Optional.of("better than the baseline, which " + was + ": it now passes" + update);
        }
        if (expected.outcome() == Outcome.PASS || actual.outcome() == Outcome.FAIL) {
            return Optional.of("worse than the baseline, which " + was + ": it is now " + now);
        }
        return Optional.of("changed: the baseline " + was + ", it is now " + now + update);
    }

    /**
     * This baseline with {@code results} recorded: entries of cases that ran are replaced, entries of
     * cases that did not run this time (a filtered run) are kept as long as {@code known} still lists them.
     */
    Baseline updatedWith(Collection<Result> results, Collection<Key> known) {
        Map<Key, Entry> updated = new LinkedHashMap<>();
        Map<Key, Entry> ran = new LinkedHashMap<>();
        results.forEach(r -> ran.put(Key.of(r), Entry.of(r)));
        for (Key key : known) {
            Entry entry = ran.containsKey(key) ? ran.get(key) : entries.get(key);
            if (entry != null) {
                updated.put(key, entry);
            }
        }
        return new Baseline(updated);
    }

    List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    String text() {
        StringBuilder text = new StringBuilder(HEADER);
        entries.values().forEach(e -> text.append(e.line()).append('\n'));
        return text.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file, e);
        }
    }
}
