package dev.atlasj.conformance;

import java.util.regex.Pattern;

/**
 * Why a case ended as it did.
 *
 * @param text one line with the particulars, for the baseline and the report
 * @param group the same with the particulars (names, literals, numbers) masked, so that cases failing
 *     for one cause fall into one group of the report
 */
record Reason(String text, String group) {

    private static final int MAX_LENGTH = 400;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"(?:[^\"]|\"\")*\"");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("(?:\\b[\\w$]+|\"…\")(?:\\.(?:[\\w$]+|\"…\"))+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    static final Reason NONE = new Reason("", "");

    /** A reason of {@code kind} ({@code "plan refused"}, ...) whose particulars {@code detail} tells. */
    static Reason of(String kind, String detail) {
        return new Reason(kind + ": " + oneLine(detail), kind + ": " + mask(detail));
    }

    /** {@code text} on one line, shortened to a length a table cell can hold. */
    static String oneLine(String text) {
        String line = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** {@code text} with quoted strings and identifiers, qualified names and numbers replaced by placeholders. */
    static String mask(String text) {
        String masked = oneLine(text);
        masked = DOUBLE_QUOTED.matcher(masked).replaceAll("\"…\"");
        masked = SINGLE_QUOTED.matcher(masked).replaceAll("'…'");
        masked = QUALIFIED_NAME.matcher(masked).replaceAll("…");
        return NUMBER.matcher(masked).replaceAll("N");
    }
}
