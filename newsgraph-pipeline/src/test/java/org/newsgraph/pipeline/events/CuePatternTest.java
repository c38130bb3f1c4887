package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;

class CuePatternTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();

    @Property
    void anyTextParsesToAPatternOrADeclaredError(@ForAll String text) {
        Outcome<CuePattern> parsed = CuePattern.parse(text, "test", STEMMER);

        if (parsed instanceof Outcome.Failed<CuePattern> failed) {
            assertThat(failed.problem().code()).isEqualTo("bad-pattern");
        } else {
            CuePattern pattern = ((Outcome.Ok<CuePattern>) parsed).value();
            assertThat(pattern.tokens()).isNotEmpty();
            assertThat(pattern.tokens().getFirst()).isNotInstanceOf(CueToken.Gap.class);
            assertThat(pattern.tokens().getLast()).isNotInstanceOf(CueToken.Gap.class);
        }
    }

    @Test
    void wordsExactFormsAndGapsAreParsed() {
        CuePattern pattern = ((Outcome.Ok<CuePattern>) CuePattern.parse("pay * =visit", "test", STEMMER)).value();

        assertThat(pattern.tokens()).containsExactly(new CueToken.Stem("pay", STEMMER.stem("pay")), new CueToken.Gap(CuePattern.GAP),
                new CueToken.Exact("visit"));
        assertThat(pattern.words()).isEqualTo(2);
    }

    @Test
    void gapsAtTheEdgesOrInARowAreRejected() {
        assertThat(CuePattern.parse("* visit", "t", STEMMER)).isInstanceOf(Outcome.Failed.class);
        assertThat(CuePattern.parse("visit *", "t", STEMMER)).isInstanceOf(Outcome.Failed.class);
        assertThat(CuePattern.parse("pay * * visit", "t", STEMMER)).isInstanceOf(Outcome.Failed.class);
        assertThat(CuePattern.parse("   ", "t", STEMMER)).isInstanceOf(Outcome.Failed.class);
        assertThat(CuePattern.parse("visit!", "t", STEMMER)).isInstanceOf(Outcome.Failed.class);
    }
}
