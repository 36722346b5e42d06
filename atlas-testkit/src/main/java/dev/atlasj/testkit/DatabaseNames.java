package dev.atlasj.testkit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of test databases, which say which test run made them:
 * {@code atlasj_test_20261126_020813_4711_k3x9_12} is the 12th database of the run that started at
 * 02:08:13 UTC on 26 November 2026 in process 4711 (plus a random tag against clashes between
 * machines sharing a server). A database whose run started long ago was left by a killed run.
 */
final class DatabaseNames {

    static final String PREFIX = "atlasj_test_";

    private static final DateTimeFormatter RUN_START = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final Pattern NAME = Pattern.compile("^" + PREFIX + "(\\d{8}_\\d{6})_");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String run;
    private final AtomicInteger sequence = new AtomicInteger();

    private DatabaseNames(String run) {
        this.run = run;
    }

    /** Names for a run of this process starting now. */
    static DatabaseNames forThisRun(Clock clock) {
        String start = RUN_START.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tag.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return new DatabaseNames(start + "_" + ProcessHandle.current().pid() + "_" + tag);
    }

    /** The prefix every database of this run starts with. */
    String runPrefix() {
        return PREFIX + run + "_";
    }

    /** A name no other database of any run has. */
    String next() {
        return runPrefix() + sequence.incrementAndGet();
    }

    /** When the run that made database {@code name} started, or empty when the name is not one of ours. */
    static Optional<Instant> runStart(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), RUN_START).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
