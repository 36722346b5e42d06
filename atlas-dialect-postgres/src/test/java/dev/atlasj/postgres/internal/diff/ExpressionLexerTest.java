package dev.atlasj.postgres.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.postgres.internal.diff.Token.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionLexerTest {

    private static List<String> texts(String sql) {
        return ExpressionLexer.tokens(sql).stream().map(Token::text).toList();
    }

    @Test
    void foldsUnquotedNamesAndKeepsQuotedOnes() {
        assertThat(ExpressionLexer.tokens("Email <> \"Email\"")).containsExactly(
                new Token(Kind.WORD, "email"), new Token(Kind.OPERATOR, "<>"), new Token(Kind.QUOTED, "Email"));
        assertThat(ExpressionLexer.tokens("\"a\"\"b\"")).containsExactly(new Token(Kind.QUOTED, "a\"b"));
    }

    @Test
    void resolvesEveryKindOfStringConstantToItsValue() {
        assertThat(ExpressionLexer.tokens("'it''s'")).containsExactly(new Token(Kind.STRING, "it's"));
        assertThat(ExpressionLexer.tokens("'a\\b'")).as("standard_conforming_strings")
                .containsExactly(new Token(Kind.STRING, "a\\b"));
        assertThat(ExpressionLexer.tokens("E'a\\nb\\'c\\x41\\101\\u00e9'"))
                .containsExactly(new Token(Kind.STRING, "a\nb'cAAé"));
        assertThat(ExpressionLexer.tokens("$$it's$$")).containsExactly(new Token(Kind.STRING, "it's"));
        assertThat(ExpressionLexer.tokens("$q$a$$b$q$")).containsExactly(new Token(Kind.STRING, "a$$b"));
        assertThat(ExpressionLexer.tokens("'a'\n  'b'")).as("continued on the next line")
                .containsExactly(new Token(Kind.STRING, "ab"));
        assertThat(texts("'a' 'b'")).as("not continued on the same line").containsExactly("a", "b");
    }

    @Test
    void dropsCommentsAndWhitespace() {
        assertThat(texts("a /* one /* nested */ */ > -- gone\n 1")).containsExactly("a", ">", "1");
    }

    @Test
    void splitsOperatorsAsPostgresDoes() {
        assertThat(texts("a*-1")).as("a trailing minus leaves a plain operator").containsExactly("a", "*", "-", "1");
        assertThat(texts("a@-1")).as("but not one with @").containsExactly("a", "@-", "1");
        assertThat(texts("a<>b")).containsExactly("a", "<>", "b");
        assertThat(texts("x::text[]")).containsExactly("x", "::", "text", "[", "]");
        assertThat(texts("a-- comment")).containsExactly("a");
    }

    @Test
    void readsNumbersWithFractionsAndExponents() {
        assertThat(texts("1.50 .5 1e3 2E-2 1e")).containsExactly("1.50", ".5", "1e3", "2E-2", "1", "e");
    }

    @Test
    void leavesParametersAndBitStringsUninterpreted() {
        assertThat(ExpressionLexer.tokens("$1 B'0101'")).containsExactly(
                new Token(Kind.OTHER, "$1"), new Token(Kind.OTHER, "B'0101'"));
    }

    @Test
    void anUnterminatedQuoteIsUnreadable() {
        assertThatThrownBy(() -> ExpressionLexer.tokens("'abc")).isInstanceOf(UnreadableExpression.class);
        assertThatThrownBy(() -> ExpressionLexer.tokens("\"abc")).isInstanceOf(UnreadableExpression.class);
        assertThatThrownBy(() -> ExpressionLexer.tokens("/* abc")).isInstanceOf(UnreadableExpression.class);
    }
}
