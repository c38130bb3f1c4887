package org.newsgraph.pipeline.annotate.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real CoreNLP models once (a few seconds). */
class CoreNlpTaggerTest {

    @Test
    void labelsPeopleAndPlacesWithOffsetsIntoTheText() {
        String text = "Foreign Minister Fuad Hussein arrived in Baghdad on Saturday.\nHe met Ali Shamkhani there.";
        TaggedText tagged = new CoreNlpTagger().tag(text);

        assertThat(tagged.sentences()).hasSize(2);
        for (Token t : tagged.tokens()) {
            assertThat(t.span().of(text)).isEqualTo(t.text());
        }
        List<String> people = tagged.tokens().stream().filter(t -> t.ner().equals("PERSON")).map(Token::text).toList();
        assertThat(people).contains("Fuad", "Hussein", "Shamkhani");
        assertThat(tagged.tokens().stream().filter(t -> t.text().equals("Baghdad")).findFirst().orElseThrow().ner())
                .isEqualTo("LOCATION");
        assertThat(tagged.tokens().stream().filter(t -> t.text().equals("arrived")).findFirst().orElseThrow().pos())
                .isEqualTo("VBD");
    }

    @Test
    void oddTextKeepsOffsetsInsideTheText() {
        String text = "\u0000 ’’ (( US’s … \uD83D\uDE00 Iran\u00a0s\n\n\n\u200b";
        TaggedText tagged = new CoreNlpTagger().tag(text);
        for (Token t : tagged.tokens()) {
            assertThat(t.span().of(text)).isEqualTo(t.text());
        }
    }

    @Test
    void blankTextGivesNothingWithoutLoadingAnything() {
        assertThat(new CoreNlpTagger().tag(" ")).isEqualTo(TaggedText.EMPTY);
    }
}
