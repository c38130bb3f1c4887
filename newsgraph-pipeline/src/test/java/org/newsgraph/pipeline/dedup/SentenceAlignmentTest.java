package org.newsgraph.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SentenceAlignmentTest {
    private static final String ONE = "The central bank raised its main interest rate by half a point on Wednesday.";
    private static final String TWO = "It was the third increase this year as prices of food and fuel kept climbing.";
    private static final String THREE = "The governor told a news conference that further rises could not be ruled out.";
    private static final String FOUR = "Banks are expected to pass the higher cost on to borrowers within a fortnight.";

    private final CopyProfiler profiler = new CopyProfiler();
    private final SentenceAlignment alignment = CopyRule.DEFAULTS.alignment();

    private CopyEvidence align(String a, String b) {
        CopyProfile pa = profiler.profile(a);
        CopyProfile pb = profiler.profile(b);
        return alignment.align(pa, pb, ones(pa), ones(pb));
    }

    private static double[] ones(CopyProfile p) {
        double[] w = new double[p.sentences().size()];
        Arrays.fill(w, 1);
        return w;
    }

    @Test
    void sameSentencesInSameOrderCoverTheWholeText() {
        CopyEvidence e = align(String.join("\n", ONE, TWO, THREE, FOUR), String.join("\n", ONE, TWO, THREE, FOUR));
        assertThat(e.sharedSentences()).isEqualTo(4);
        assertThat(e.orderedSentences()).isEqualTo(4);
        assertThat(e.coverage()).isEqualTo(1.0);
        assertThat(e.containment()).isEqualTo(1.0);
    }

    @Test
    void paragraphsMovedAroundMatchOneToOneButNotInOrder() {
        CopyEvidence e = align(String.join("\n", ONE, TWO, THREE, FOUR), String.join("\n", FOUR, THREE, TWO, ONE));
        assertThat(e.sharedSentences()).isEqualTo(4);
        assertThat(e.orderedSentences()).isEqualTo(1);
        assertThat(e.orderedCoverage()).isLessThan(e.coverage());
    }

    @Test
    void rewordedNarrativeSentenceMatchesOnItsWords() {
        CopyProfile.Sentence a = profiler.profile(TWO).sentences().getFirst();
        CopyProfile.Sentence b = profiler.profile(
                "As prices of fuel and food kept climbing, it was this year's third increase.").sentences().getFirst();
        assertThat(alignment.matches(a, b)).isTrue();
    }

    @Test
    void twoTranslationsOfOneQuotationDoNotMatchOnWordsAlone() {
        CopyProfile.Sentence a = profiler.profile("\u201CThe security situation keeps getting worse and the economy is "
                + "badly governed,\u201D the colonel said.").sentences().getFirst();
        CopyProfile.Sentence b = profiler.profile("\u201CThe economy is governed badly and the situation of security "
                + "keeps getting worse,\u201D the colonel said.").sentences().getFirst();
        assertThat(alignment.matches(a, b)).isFalse();
    }

    @Test
    void unrelatedTextsShareNothing() {
        CopyEvidence e = align(String.join("\n", ONE, TWO), "The football season opens on Saturday with a derby in the capital.");
        assertThat(e).isEqualTo(CopyEvidence.NONE);
    }
}
