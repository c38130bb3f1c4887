package org.newsgraph.pipeline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.model.Quote;

class PatternQuoteExtractorPropertyTest {
    private static final PatternQuoteExtractor EXTRACTOR = new PatternQuoteExtractor();

    @Property(tries = 300)
    void anyStringGivesQuotesInsideTheText(@ForAll String text) {
        assertValid(text, EXTRACTOR.extract(text, List.of(), List.of(), List.of()));
    }

    @Property(tries = 500)
    void quoteMarkSoupGivesQuotesInsideTheText(@ForAll("soup") String text) {
        assertValid(text, EXTRACTOR.extract(text, List.of(), List.of(), List.of()));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of("“", "”", "\"", "'", "‘", "’", "«", "»", "„", ",", ".", ":", "\n", "\n\n", "he", "she",
                        "said", "told", "according to", "the", "statement", "Paul", "Adeyemi", "Lena Markova", "that",
                        "we", "will", "go", "ministry", "Mr.", "it", "", " ")
                .list().ofMaxSize(40).map(words -> String.join(" ", words));
    }

    private static void assertValid(String text, List<Quote> quotes) {
        for (Quote q : quotes) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.span().length()).isPositive();
            if (q.speakerSpan() != null) {
                assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(text.length());
            }
            assertThat(q.confidence()).isBetween(0.0, 1.0);
        }
    }
}
