package org.newsgraph.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CopyProfilerTest {
    private final CopyProfiler profiler = new CopyProfiler();

    private List<CopyProfile.Sentence> sentences(String text) {
        return profiler.profile(text).sentences();
    }

    @Test
    void runTogetherSentencesOfAScrapedPageAreSplit() {
        assertThat(sentences("The council approved the new budget on Friday evening.The mayor said the vote was a "
                + "relief for the city.")).hasSize(2);
    }

    @Test
    void decimalsAndLowerCaseAfterAFullStopDoNotSplit() {
        assertThat(sentences("Turnout rose to 61.4 per cent in the northern districts, officials said. and counting went on."))
                .hasSize(1);
    }

    @Test
    void shortFragmentsSuchAsCreditsAreLeftOut() {
        assertThat(sentences("Photo: Staff Reporter\nThe ministry published the figures for the third quarter today."))
                .hasSize(1);
    }

    @Test
    void quotationsAndReportedSpeechAreMarkedQuotedNarrativeIsNot() {
        List<CopyProfile.Sentence> s = sentences("The minister opened the new rail line to the coast on Monday.\n"
                + "\u201CThis line will change the lives of thousands of commuters,\u201D she told reporters.\n"
                + "She also said that fares would be frozen for the first two years.");
        assertThat(s).extracting(CopyProfile.Sentence::quoted).containsExactly(false, true, true);
    }

    @Test
    void anUnbalancedQuotationMarkSpoilsOneParagraphAtMost() {
        List<CopyProfile.Sentence> s = sentences("\u201CWe will not give up the fight for these jobs, the union leader shouted.\n"
                + "Workers at the plant voted to continue the strike into a second week.");
        assertThat(s).extracting(CopyProfile.Sentence::quoted).containsExactly(true, false);
    }

    @Test
    void sameSentenceInDifferentQuoteStyleAndCaseGivesSameHashes() {
        CopyProfile.Sentence a = sentences("Officials expect the bridge to reopen in \"early spring\" next year.").getFirst();
        CopyProfile.Sentence b = sentences("officials expect the bridge to reopen in \u2018early spring\u2019 next year.").getFirst();
        assertThat(a.trigrams()).isEqualTo(b.trigrams());
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
    }

    @Property(tries = 300)
    void anyTextGivesAProfileWithSortedDistinctHashes(@ForAll String text) {
        CopyProfile profile = profiler.profile(text);
        assertThat(profile.sentences()).hasSizeLessThanOrEqualTo(CopyProfiler.MAX_SENTENCES);
        for (CopyProfile.Sentence s : profile.sentences()) {
            assertThat(s.length()).isGreaterThanOrEqualTo(CopyProfiler.MIN_WORDS);
            assertThat(s.trigrams()).isSorted().doesNotHaveDuplicates();
            assertThat(s.words()).isSorted().doesNotHaveDuplicates();
        }
    }
}
