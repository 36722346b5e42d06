package dev.atlasj.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Wall-clock samples of one measurement, summarized as median and range. */
final class Timing {

    /** Work whose duration is measured; returns a count so the JIT cannot drop it. */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    private final String name;
    private final List<Double> millis = new ArrayList<>();
    private long result;

    private Timing(String name) {
        this.name = name;
    }

    /** An empty timing, for samples taken one by one with {@link #time(Work)}, each after its own set-up. */
    static Timing named(String name) {
        return new Timing(name);
    }

    /** Runs {@code work} once and records how long it took. */
    void time(Work work) throws Exception {
        long start = System.nanoTime();
        result = work.run();
        millis.add((System.nanoTime() - start) / 1e6);
    }

    /** Records a sample measured elsewhere (in another process, say). */
    void add(double ms) {
        millis.add(ms);
    }

    static Timing measure(String name, int warmups, int runs, Work work) throws Exception {
        Timing t = new Timing(name);
        for (int i = 0; i < warmups; i++) {
            t.result = work.run();
        }
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            t.result = work.run();
            t.millis.add((System.nanoTime() - start) / 1e6);
        }
        return t;
    }

    /**
     * Measures several pieces of work taking turns, one run of each per round, so that they share the
     * machine's load and the JVM's warm-up alike; returns their timings in the order given.
     */
    static List<Timing> interleaved(int warmups, int runs, List<String> names, List<Work> works) throws Exception {
        List<Timing> timings = new ArrayList<>();
        for (String name : names) {
            timings.add(new Timing(name));
        }
        for (int round = 0; round < warmups + runs; round++) {
            for (int i = 0; i < works.size(); i++) {
                long start = System.nanoTime();
                timings.get(i).result = works.get(i).run();
                if (round >= warmups) {
                    timings.get(i).millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return timings;
    }

    String name() {
        return name;
    }

    long result() {
        return result;
    }

    int runs() {
        return millis.size();
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return Collections.min(millis);
    }

    double max() {
        return Collections.max(millis);
    }

    static String format(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
