package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class NameScorerTest {
    private static NamedSpan n(int start, int end, String type) {
        return new NamedSpan(new Span(start, end), type);
    }

    @Test
    void onlyExactSpanAndTypeCount() {
        NameScorer scorer = new NameScorer();
        scorer.add(List.of(n(0, 11, "PER"), n(19, 36, "ORG"), n(39, 43, "LOC")),
                List.of(n(0, 11, "PER"), n(19, 27, "ORG"), n(39, 43, "ORG"), n(39, 43, "ORG")));

        NameScores s = scorer.scores();
        assertThat(s.overall()).isEqualTo(Score.of(1, 3, 3));
        assertThat(s.byType()).extracting(NameScores.TypeScore::type).containsExactly("LOC", "ORG", "PER");
        assertThat(s.byType().get(1).score()).isEqualTo(Score.of(0, 2, 1));
        assertThat(s.byType().get(2).score().f1()).isEqualTo(1.0);
    }

    @Test
    void ourMentionKindsMapToConllClasses() {
        var text = new org.newsgraph.model.Mention(new Span(0, 6), org.newsgraph.model.EntityType.GPE,
                org.newsgraph.model.MentionKind.DEMONYM, "gpe:DNK");
        var role = new org.newsgraph.model.Mention(new Span(7, 20), org.newsgraph.model.EntityType.PERSON,
                org.newsgraph.model.MentionKind.NOMINAL, "person:x");
        var city = new org.newsgraph.model.Mention(new Span(21, 25), org.newsgraph.model.EntityType.GPE,
                org.newsgraph.model.MentionKind.NAME, "gpe:kiel");

        assertThat(Conll2003Benchmark.ours(List.of(text, role, city))).containsExactly(n(0, 6, "MISC"), n(21, 25, "LOC"));
    }

    @Test
    void crfTokenRunsBecomeOneNamePerSentence() {
        var tokens = List.of(new org.newsgraph.pipeline.annotate.tagging.Token(new Span(0, 4), "Lena", "NNP", "PERSON", 0),
                new org.newsgraph.pipeline.annotate.tagging.Token(new Span(5, 11), "Brandt", "NNP", "PERSON", 0),
                new org.newsgraph.pipeline.annotate.tagging.Token(new Span(12, 16), "Kiel", "NNP", "LOCATION", 0),
                new org.newsgraph.pipeline.annotate.tagging.Token(new Span(17, 21), "Oslo", "NNP", "LOCATION", 1),
                new org.newsgraph.pipeline.annotate.tagging.Token(new Span(22, 26), "said", "VBD", "O", 1));

        assertThat(Conll2003Benchmark.runs(tokens)).containsExactly(n(0, 11, "PER"), n(12, 16, "LOC"), n(17, 21, "LOC"));
    }
}
