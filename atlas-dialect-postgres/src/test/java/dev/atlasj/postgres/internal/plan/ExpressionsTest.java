package dev.atlasj.postgres.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {

    @ParameterizedTest(name = "{0} mentions {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "price * 0.2 | price",
            "(PRICE > 0) | price",
            "\"Price\" > 0 | Price",
            "lower(\"we\"\"ird\") | we\"ird",
            "coalesce(a, b) = 'x' | b",
            "t.price | price",
    })
    void findsAnIdentifier(String expression, String name) {
        assertThat(Expressions.mentions(expression, name)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not mention {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'price' || x | price",
            "prices > 0 | price",
            "\"Price\" > 0 | price",
            "Price > 0 | Price",
            "'it''s price' = x | price",
            "x_price + 1 | price",
    })
    void ignoresStringsOtherWordsAndOtherCases(String expression, String name) {
        assertThat(Expressions.mentions(expression, name)).isFalse();
    }
}
