package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;

class BratAttributionReaderTest {
    //                                     1         2         3         4         5         6         7
    //                           0123456789012345678901234567890123456789012345678901234567890123456789012345
    private static final String TEXT = "The mayor said “the bridge will open soon.” Critics believe it is late.";

    private static final String ANN = String.join("\n",
            "T1\tSource 0 9\tThe mayor",
            "T2\tCue 10 14\tsaid",
            "T3\tContent 15 43\t“the bridge will open soon.”",
            "T4\tAttribution 10 14\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "T5\tSource 44 51\tCritics",
            "T6\tCue 52 59\tbelieve",
            "T7\tContent 60 62;63 70\tit is late",
            "T8\tAttribution 52 59\tbelieve",
            "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
            "T9\tDiscuss 0 3\tThe",
            "#1\tAnnotatorNotes T9\tignored");

    @Test
    void attributionsTieSourceCueAndDiscontinuousContent() {
        List<GoldAttribution> read = ((Outcome.Ok<List<GoldAttribution>>) new BratAttributionReader().read(ANN, TEXT, "a.ann")).value();

        assertThat(read).hasSize(2);
        GoldAttribution quote = read.get(0);
        assertThat(quote.source()).containsExactly(new Span(0, 9));
        assertThat(quote.contentCover().of(TEXT)).isEqualTo("“the bridge will open soon.”");
        assertThat(quote.direct()).isTrue();
        GoldAttribution belief = read.get(1);
        assertThat(belief.content()).containsExactly(new Span(60, 62), new Span(63, 70));
        assertThat(belief.contentCover()).isEqualTo(new Span(60, 70));
        assertThat(belief.direct()).isFalse();
    }

    @Test
    void offsetBeyondTheTextIsAProblemWithItsLine() {
        Outcome<List<GoldAttribution>> read = new BratAttributionReader().read("T1\tContent 10 500\tx", TEXT, "b.ann");

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.problem().code()).isEqualTo("bad-offset");
            assertThat(f.problem().location()).isEqualTo("b.ann:1");
        });
    }

    @Test
    void attributionNamingAMissingPartIsAProblem() {
        Outcome<List<GoldAttribution>> read = new BratAttributionReader().read("E1\tAttribution:T4 Content:T3", TEXT, "c.ann");

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.problem().code()).isEqualTo("unknown-part"));
    }

    @Property(tries = 300)
    void anyAnnotationGivesAttributionsOrAProblem(@ForAll String ann) {
        Outcome<List<GoldAttribution>> read = new BratAttributionReader().read(ann, TEXT, "fuzz.ann");

        if (read instanceof Outcome.Ok<List<GoldAttribution>> ok) {
            ok.value().forEach(a -> assertThat(a.contentCover().end()).isLessThanOrEqualTo(TEXT.length()));
        } else {
            assertThat(read).isInstanceOf(Outcome.Failed.class);
        }
    }
}
