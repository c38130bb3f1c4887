package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class EvidenceTextTest {
    static final String TEXT = "Talks <began> in Geneva. Nothing else.\n\nSecond paragraph.";

    @Test
    void evidenceSentenceIsMarkedWithItsTriggerInside() {
        String html = EvidenceText.render(TEXT, List.of(
                new EvidenceText.Highlight(new Span(0, 24), "evidence", "evidence for CONSULT"),
                new EvidenceText.Highlight(new Span(6, 13), "trigger", "CONSULT")));
        assertThat(html).contains("<mark class=\"evidence\" title=\"evidence for CONSULT\">Talks <strong class=\"trigger\" title=\"CONSULT\">&lt;began&gt;</strong> in Geneva.</mark>");
        assertThat(html).contains("Nothing else.\n\nSecond paragraph.");
    }

    @Test
    void spansOutsideTheTextOrCrossingAnotherAreDropped() {
        String html = EvidenceText.render(TEXT, List.of(
                new EvidenceText.Highlight(new Span(0, 10), "quote", "q"),
                new EvidenceText.Highlight(new Span(5, 20), "quote", "crossing"),
                new EvidenceText.Highlight(new Span(50, 500), "evidence", "outside")));
        assertThat(html).contains("<mark class=\"quote\" title=\"q\">Talks &lt;beg</mark>").doesNotContain("crossing").doesNotContain("outside");
    }

    @Property
    void anySpansRenderTheWholeTextOnce(@ForAll @IntRange(max = 60) int a, @ForAll @IntRange(max = 60) int b,
                                        @ForAll @IntRange(max = 60) int c, @ForAll @IntRange(max = 60) int d) {
        String html = EvidenceText.render(TEXT, List.of(
                new EvidenceText.Highlight(new Span(Math.min(a, b), Math.max(a, b)), "evidence", "e"),
                new EvidenceText.Highlight(new Span(Math.min(c, d), Math.max(c, d)), "trigger", "t")));
        String visible = html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">");
        assertThat(visible).isEqualTo(TEXT);
    }
}
