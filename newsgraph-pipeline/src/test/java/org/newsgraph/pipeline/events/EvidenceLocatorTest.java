package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

class EvidenceLocatorTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 4, 8);
    private final EvidenceLocator locator = new EvidenceLocator();

    @Test
    void eachCodedFieldPointsAtItsWordsInTheText() {
        String text = "RIGA - Ana Lind met Jaan Kask on Tuesday.";
        AnnotatedArticle a = ArticleFixture.of(text)
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .build();
        int met = text.indexOf("met");
        EventMention m = new EventMention("CONSULT", "040", "lind", "kask", new TimeValue.Day(TUESDAY), "Riga",
                new Span(0, text.length()), new Span(met, met + 3), 0.8, true);

        EventEvidence e = locator.locate(a, m);

        assertThat(e.source().of(text)).isEqualTo("Ana Lind");
        assertThat(e.target().of(text)).isEqualTo("Jaan Kask");
        assertThat(e.date().of(text)).isEqualTo("on Tuesday");
        assertThat(e.place().of(text)).isEqualTo("RIGA");
        assertThat(e.unsupported(m)).isEmpty();
    }

    @Test
    void fieldWithNothingInTheTextIsReportedUnsupported() {
        String text = "Ana Lind met officials.";
        AnnotatedArticle a = ArticleFixture.of(text).entity("lind", EntityType.PERSON, "Ana Lind").build();
        EventMention m = new EventMention("CONSULT", "040", "lind", "nobody", new TimeValue.Day(TUESDAY), "Tallinn",
                new Span(0, text.length()), new Span(9, 12), 0.8, true);

        assertThat(locator.locate(a, m).unsupported(m)).containsExactly("target", "date", "place");
    }

    @Test
    void uncodedFieldsNeedNoEvidence() {
        String text = "Officials met.";
        AnnotatedArticle a = ArticleFixture.of(text).build();
        EventMention m = new EventMention("CONSULT", "040", null, null, null, null,
                new Span(0, text.length()), new Span(10, 13), 0.5, true);

        assertThat(locator.locate(a, m).unsupported(m)).isEmpty();
    }
}
