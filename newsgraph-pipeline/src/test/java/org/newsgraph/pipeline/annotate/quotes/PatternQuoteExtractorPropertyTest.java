package org.newsgraph.pipeline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

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

    @Property(tries = 300)
    void quoteMarkSoupWithAnyMentionsGivesQuotesInsideTheText(@ForAll("soup") String text,
                                                               @ForAll("positions") List<Integer> starts) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < starts.size() && !text.isEmpty(); i++) {
            int start = starts.get(i) % text.length();
            int end = Math.min(text.length(), start + 1 + i % 7);
            mentions.add(new Mention(new Span(start, end), EntityType.values()[i % EntityType.values().length],
                    MentionKind.values()[i % MentionKind.values().length], "entity-" + i));
        }
        assertValid(text, EXTRACTOR.extract(text, List.of(), mentions, List.of()));
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of("“", "”", "\"", "'", "‘", "’", "«", "»", "„", ",", ".", ":", "\n", "\n\n", "he", "she",
                        "said", "told", "according to", "the", "statement", "Paul", "Adeyemi", "Lena Markova", "that",
                        "we", "will", "go", "ministry", "Mr.", "it", "", " ", "Monday", "March", "Minister", "of",
                        "saying", "Emphasizing", "between", "and", "(", ")", "'s", "’s", "‹", "›")
                .list().ofMaxSize(70).map(words -> String.join("", words));
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
