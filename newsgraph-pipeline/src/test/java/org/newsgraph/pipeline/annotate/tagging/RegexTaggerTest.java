package org.newsgraph.pipeline.annotate.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class RegexTaggerTest {

    private final RegexTagger tagger = new RegexTagger();

    @Test
    void splitsSentencesAtFullStopsAndLineBreaksButNotAfterTitles() {
        String text = "Mr. Wekesa arrived on Saturday. He met officials.\nTalks resumed";
        TaggedText tagged = tagger.tag(text);
        assertThat(tagged.sentences()).extracting(s -> s.of(text))
                .containsExactly("Mr. Wekesa arrived on Saturday.", "He met officials.", "Talks resumed");
    }

    @Test
    void splitsPossessiveFromTheName() {
        String text = "Kenya’s top official met Peru's envoy.";
        List<String> words = tagger.tag(text).tokens().stream().map(Token::text).toList();
        assertThat(words).containsSequence("Kenya", "’s", "top").containsSequence("Peru", "'s", "envoy");
    }

    @Test
    void keepsDottedAbbreviationsWhole() {
        String text = "The U.S. envoy left.";
        assertThat(tagger.tag(text).tokens()).extracting(Token::text).contains("U.S.");
    }

    @Test
    void blankTextGivesNothing() {
        assertThat(tagger.tag("  \n ")).isEqualTo(TaggedText.EMPTY);
        assertThat(tagger.tag(null)).isEqualTo(TaggedText.EMPTY);
    }

    @Property
    void tokensAndSentencesStayInsideTheTextInOrder(@ForAll String text) {
        TaggedText tagged = tagger.tag(text);
        int previous = 0;
        for (Token t : tagged.tokens()) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previous);
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
            assertThat(t.span().of(text)).isEqualTo(t.text());
            assertThat(t.sentence()).isBetween(0, tagged.sentences().size() - 1);
            previous = t.end();
        }
        for (Span s : tagged.sentences()) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
    }
}
