package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

class MarkupDepthTest {
    /** The timeout only guards against a hang; the page used to take more than ten minutes. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHundredThousandNestedDivsAreReadAndKeepTheirText() {
        StringBuilder html = new StringBuilder("<html><head><title>Deep page</title></head><body><p>The port authority approved the new quay on Monday.</p>");
        html.append("<div>".repeat(100_000)).append("Text at the bottom of the well.").append("</div>".repeat(100_000));
        html.append("<article><time datetime=\"2023-04-05\">5 April</time></article></body></html>");
        Outcome<Article> out = new NewsExtractor().extract(new RawDocument("deep.html",
                html.toString().getBytes(StandardCharsets.UTF_8), Format.HTML, "UTF-8", SourceHints.NONE));
        assertThat(out).isInstanceOf(Outcome.Ok.class);
        Article a = ((Outcome.Ok<Article>) out).value();
        assertThat(a.original()).contains("The port authority approved the new quay on Monday.").contains("Text at the bottom of the well.");
    }

    @Test
    void pagesOfOrdinaryDepthAreLeftAlone() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div>".repeat(100) + "<p>x</p>" + "</div>".repeat(100));
        String before = doc.outerHtml();
        assertThat(MarkupDepth.flatten(doc)).isZero();
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void whatLiesBelowTheBoundIsFlattenedIntoText() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div>".repeat(400) + "<p>kept words</p><script>dropped()</script>" + "</div>".repeat(400));
        assertThat(MarkupDepth.flatten(doc)).isGreaterThan(100);
        assertThat(doc.body().text()).isEqualTo("kept words");
    }
}
