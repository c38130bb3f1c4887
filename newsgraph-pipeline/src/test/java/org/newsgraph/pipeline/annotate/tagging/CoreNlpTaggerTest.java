package org.newsgraph.pipeline.annotate.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real CoreNLP models once (a few seconds). */
class CoreNlpTaggerTest {

    @Test
    void labelsPeopleAndPlacesWithOffsetsIntoTheText() {
        String text = "Foreign Minister Amos Wekesa arrived in Nairobi on Saturday.\nHe met Lars Brekke there.";
        TaggedText tagged = new CoreNlpTagger().tag(text);

        assertThat(tagged.sentences()).hasSize(2);
        for (Token t : tagged.tokens()) {
            assertThat(t.span().of(text)).isEqualTo(t.text());
        }
        List<String> people = tagged.tokens().stream().filter(t -> t.ner().equals("PERSON")).map(Token::text).toList();
        assertThat(people).contains("Amos", "Wekesa", "Brekke");
        assertThat(tagged.tokens().stream().filter(t -> t.text().equals("Nairobi")).findFirst().orElseThrow().ner())
                .isEqualTo("LOCATION");
        assertThat(tagged.tokens().stream().filter(t -> t.text().equals("arrived")).findFirst().orElseThrow().pos())
                .isEqualTo("VBD");
    }

    @Test
    void oddTextKeepsOffsetsInsideTheText() {
        String text = "\u0000 ’’ (( US’s … \uD83D\uDE00 Peru\u00a0s\n\n\n\u200b";
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
