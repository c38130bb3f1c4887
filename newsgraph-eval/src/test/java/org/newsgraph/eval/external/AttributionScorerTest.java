package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class AttributionScorerTest {
    //                                      1         2         3         4         5         6
    //                            0123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "Senator Jane Ortiz said “we will vote.” She added that talks go on.";
    private static final GoldAttribution DIRECT = new GoldAttribution(List.of(new Span(24, 39)), List.of(new Span(0, 18)),
            List.of(new Span(19, 23)), true);
    private static final GoldAttribution INDIRECT = new GoldAttribution(List.of(new Span(55, 67)), List.of(new Span(40, 43)),
            List.of(new Span(44, 49)), false);

    @Test
    void speakerIsRightByOverlapOrBySameLastName() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(TEXT, List.of(DIRECT, INDIRECT), List.of(new SystemQuote(new Span(25, 38), null, List.of("Ortiz"))));

        AttributionScores s = scorer.scores();
        assertThat(s.recall()).isEqualTo(Ratio.of(1, 2));
        assertThat(s.directRecall()).isEqualTo(Ratio.of(1, 1));
        assertThat(s.precision()).isEqualTo(Ratio.of(1, 1));
        assertThat(s.speakerAccuracy()).isEqualTo(Ratio.of(1, 1));
        assertThat(s.speakerRecall()).isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void pronounSourceNeedsTheSpeakerMentionToOverlapIt() {
        AttributionScorer named = new AttributionScorer();
        named.add(TEXT, List.of(INDIRECT), List.of(new SystemQuote(new Span(55, 66), null, List.of("Jane Ortiz"))));
        AttributionScorer pointed = new AttributionScorer();
        pointed.add(TEXT, List.of(INDIRECT), List.of(new SystemQuote(new Span(55, 66), new Span(40, 43), List.of("Jane Ortiz"))));

        assertThat(named.scores().speakerAccuracy()).isEqualTo(Ratio.of(0, 1));
        assertThat(pointed.scores().speakerAccuracy()).isEqualTo(Ratio.of(1, 1));
    }

    @Test
    void quoteOutsideAnyAttributionLowersPrecisionOnly() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(TEXT, List.of(DIRECT), List.of(new SystemQuote(new Span(0, 7), null, List.of())));

        assertThat(scorer.scores().precision()).isEqualTo(Ratio.of(0, 1));
        assertThat(scorer.scores().recall()).isEqualTo(Ratio.of(0, 1));
    }
}
