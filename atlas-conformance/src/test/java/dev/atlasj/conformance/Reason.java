package dev.atlasj.conformance;

import java.util.regex.Pattern;

/**
 * Why a case ended as it did.
 *
 * @param text one line with the particulars, for the baseline and the report
 * @param group the gist that cases failing for one cause share: the first sentence, with names
 *     (double-quoted, in backticks or qualified), literals and numbers masked
 */
record Reason(String text, String group) {

    private static final int MAX_LENGTH = 400;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"(?:[^\"]|\"\")*\"");
    private static final Pattern BACKTICKED = Pattern.compile("`(?:[^`]|``)*`");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern LITERAL_LIST = Pattern.compile("'…'(?:, '…')+");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("(?:\\b[\\w$]+|\"…\"|`…`)(?:\\.(?:[\\w$]+|\"…\"|`…`))+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    static final Reason NONE = new Reason("", "");

    /** A reason of {@code kind} ({@code "plan refused"}, ...) whose particulars {@code detail} tells. */
    static Reason of(String kind, String detail) {
        return new Reason(kind + ": " + oneLine(detail), kind + ": " + gist(detail));
    }

    /** {@code text} on one line, shortened to a length a table cell can hold. */
    static String oneLine(String text) {
        return shorten(WHITESPACE.matcher(text).replaceAll(" ").strip());
    }

    /** The first sentence of {@code text}, with quoted strings and identifiers, qualified names and numbers masked. */
    static String gist(String text) {
        String masked = WHITESPACE.matcher(text).replaceAll(" ").strip();
        masked = DOUBLE_QUOTED.matcher(masked).replaceAll("\"…\"");
        masked = BACKTICKED.matcher(masked).replaceAll("`…`");
        masked = SINGLE_QUOTED.matcher(masked).replaceAll("'…'");
        masked = LITERAL_LIST.matcher(masked).replaceAll("'…'");
        masked = QUALIFIED_NAME.matcher(masked).replaceAll("…");
        masked = NUMBER.matcher(masked).replaceAll("N");
        int sentenceEnd = masked.indexOf(". ");
        return shorten(sentenceEnd < 0 ? masked : masked.substring(0, sentenceEnd + 1));
    }

    private static String shorten(String line) {
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
