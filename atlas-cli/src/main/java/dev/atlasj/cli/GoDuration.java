package dev.atlasj.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as Atlas's flags take and its reports print them, in Go's notation: {@code 10s}, {@code 1m30s},
 * {@code 250ms}, {@code 1h}; a number followed by a unit, repeated ({@code ns}, {@code us}, {@code µs},
 * {@code ms}, {@code s}, {@code m}, {@code h}).
 */
final class GoDuration implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /** {@code text} as a duration; a plain {@code 0} is zero, as in Go. */
    static Duration parse(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        BigDecimal nanos = BigDecimal.ZERO;
        int i = 0;
        if (text.isEmpty()) {
            throw invalid(text);
        }
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            int unitStart = i;
            while (i < text.length() && !Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') {
                i++;
            }
            if (start == unitStart || unitStart == i) {
                throw invalid(text);
            }
            BigDecimal number;
            try {
                number = new BigDecimal(text.substring(start, unitStart));
            } catch (NumberFormatException e) {
                throw invalid(text);
            }
            nanos = nanos.add(number.multiply(BigDecimal.valueOf(unitNanos(text.substring(unitStart, i), text))));
        }
        return Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static long unitNanos(String unit, String text) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw invalid(text);
        };
    }

    private static TypeConversionException invalid(String text) {
        return new TypeConversionException("'" + text + "' is not a duration: write a number and a unit, such as 10s,"
                + " 500ms, 1m30s (units ns, us, ms, s, m, h)");
    }

    /** {@code duration} as Go prints it, rounded to a few digits: {@code 12.345ms}, {@code 1.5s}, {@code 2m3s}. */
    static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos < 1_000) {
            return nanos + "ns";
        }
        if (nanos < 1_000_000) {
            return decimal(nanos, 1_000) + "µs";
        }
        if (nanos < 1_000_000_000) {
            return decimal(nanos, 1_000_000) + "ms";
        }
        if (nanos < 60_000_000_000L) {
            return decimal(nanos, 1_000_000_000) + "s";
        }
        long seconds = duration.toSeconds();
        return (seconds >= 3600 ? seconds / 3600 + "h" : "") + (seconds % 3600) / 60 + "m" + seconds % 60 + "s";
    }

    private static String decimal(long nanos, long unit) {
        return BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(unit), 3, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
