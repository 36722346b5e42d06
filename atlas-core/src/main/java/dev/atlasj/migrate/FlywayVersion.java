package dev.atlasj.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Flyway's versions: numbers separated by dots or underscores, compared part by part as Atlas compares them. */
final class FlywayVersion {

    private static final Pattern VALID = Pattern.compile("\\d+([._]\\d+)*");

    /** Orders versions by their parts; a version that is a prefix of another comes first ({@code 1} before {@code 1.0}). */
    static final Comparator<String> ORDER = (a, b) -> {
        List<BigInteger> x = parts(a);
        List<BigInteger> y = parts(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    private FlywayVersion() {
    }

    static boolean isValid(String version) {
        return VALID.matcher(version).matches();
    }

    /** The numeric parts of {@code version}; a part that is not a number counts as 0, as in Atlas. */
    private static List<BigInteger> parts(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : version.replace('_', '.').split("\\.", -1)) {
            parts.add(!part.isEmpty() && part.chars().allMatch(Character::isDigit) ? new BigInteger(part) : BigInteger.ZERO);
        }
        return parts;
    }
}
