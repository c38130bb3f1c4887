package org.newsgraph.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Problem;

class LanguageBoundsTest {
    private final LanguageBounds bounds = new LanguageBounds(10_000, 500);

    @Test
    void ordinaryTextIsReadWholeAndUnchanged() {
        String text = "The council met on Monday. It approved the budget.\n\nA second paragraph follows here.";
        LanguageBounds.Bounded b = bounds.apply(text, "t.txt");
        assertThat(b.annotated()).isSameAs(text);
        assertThat(b.forTagger()).isEqualTo(text);
        assertThat(b.problems()).isEmpty();
    }

    @Test
    void aLongStretchWithoutPunctuationIsSplitForTheTaggerWithEveryOffsetKept() {
        String text = "word ".repeat(1_000);
        LanguageBounds.Bounded b = bounds.apply(text, "t.txt");
        assertThat(b.annotated()).isEqualTo(text);
        assertThat(b.forTagger()).hasSameSizeAs(text);
        assertThat(b.forTagger().replace('\n', ' ')).isEqualTo(text);
        assertThat(b.forTagger().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(500));
        assertThat(b.problems()).extracting(Problem::code).containsExactly("sentence-split");
    }

    @Test
    void textBeyondTheBoundIsNotAnnotatedAndAProblemSaysSo() {
        String text = "Short sentence here. ".repeat(2_000);
        LanguageBounds.Bounded b = bounds.apply(text, "t.txt");
        assertThat(b.annotated().length()).isLessThanOrEqualTo(10_000).isGreaterThan(9_000);
        assertThat(text).startsWith(b.annotated());
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("annotation-bounded");
            assertThat(p.message()).contains("of " + text.length() + " characters");
            assertThat(p.location()).isEqualTo("t.txt");
        });
    }
}
