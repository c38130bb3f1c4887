package org.newsgraph.pipeline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteKeyTest {
    @Test
    void quoteMarksCaseAndSpacingDoNotChangeTheKey() {
        assertThat(QuoteKey.of("“We will NOT  yield,”\n he said"))
                .isEqualTo(QuoteKey.of("\"we will not yield\" he said"))
                .isEqualTo("we will not yield he said");
    }

    @Test
    void apostrophesInsideWordsAreDroppedWhateverTheirStyle() {
        assertThat(QuoteKey.of("We don’t know")).isEqualTo(QuoteKey.of("we don't know")).isEqualTo("we dont know");
    }

    @Test
    void accentsAreFoldedSoSpellingVariantsMeet() {
        assertThat(QuoteKey.of("Communiqué issued")).isEqualTo("communique issued");
    }

    @Test
    void keyIsLowerCasedTheSameWayUnderAnyLocale() {
        assertThat(QuoteKey.of("ISTANBUL IZMIR")).isEqualTo("istanbul izmir");
    }

    @Test
    void nullOrPunctuationOnlyGivesTheEmptyKey() {
        assertThat(QuoteKey.of(null)).isEmpty();
        assertThat(QuoteKey.of(" “…” ")).isEmpty();
    }
}
