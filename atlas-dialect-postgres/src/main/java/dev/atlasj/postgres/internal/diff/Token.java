package dev.atlasj.postgres.internal.diff;

/**
 * One lexical token of a PostgreSQL expression.
 *
 * @param kind what the token is
 * @param text for a word, its ASCII-lower-cased spelling; for a quoted identifier, the name inside the
 *     quotes; for a string, its value with quotes and escapes resolved; otherwise the token as written
 */
record Token(Kind kind, String text) {

    enum Kind {
        /** An unquoted identifier or keyword. */
        WORD,
        /** A double-quoted identifier. */
        QUOTED,
        /** A string constant: standard, escape ({@code E'…'}) or dollar-quoted. */
        STRING,
        /** A numeric constant. */
        NUMBER,
        /** An operator such as {@code =}, {@code <>}, {@code ||} or {@code ~~*}. */
        OPERATOR,
        /** {@code ::}. */
        CAST,
        /** One of {@code ( ) [ ] , .}. */
        PUNCTUATION,
        /** Anything else PostgreSQL reads but this package does not interpret: parameters, bit strings, {@code U&'…'}, {@code ;}. */
        OTHER
    }

    boolean is(Kind kind, String text) {
        return this.kind == kind && this.text.equals(text);
    }

    boolean isWord(String word) {
        return is(Kind.WORD, word);
    }

    boolean isPunctuation(String symbol) {
        return is(Kind.PUNCTUATION, symbol);
    }
}
