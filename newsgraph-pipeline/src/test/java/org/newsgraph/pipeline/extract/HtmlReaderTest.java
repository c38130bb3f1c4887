package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Found;
import org.newsgraph.model.Removed;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    private static final String P1 = "Heavy rain closed the main coastal road on Sunday, officials said, after a week of storms that flooded the old town.";
    private static final String P2 = "The regional governor said repairs would take at least a month, and that ferries would carry traffic meanwhile.";
    private static final String P3 = "Residents of the old town, many of whom lost power for two days, criticised the slow response of the emergency services.";

    private static final String PAGE = """
            <html><head><title>Floods close coastal road | Harbour Gazette</title>
            <meta property="og:site_name" content="Harbour Gazette">
            <meta property="article:published_time" content="2021-05-09T18:10:00+01:00">
            <link rel="canonical" href="https://harbourgazette.example/2021/05/09/floods">
            <script>var tracking = "do not show";</script><style>p { color: red }</style></head>
            <body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <header class="site-header"><div>Harbour Gazette</div></header>
            <main><article>
              <h1>Floods close coastal road</h1>
              <figure><img src="a.jpg"><figcaption>The flooded road near the harbour. Photo: J. Roe</figcaption></figure>
              <p>%s</p>
              <p>%s</p>
              <div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>
              <p>%s</p>
            </article>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Port strike ends after ten days</a></li>
              <li><a href="/y">New ferry route to the islands</a></li></ul></aside></main>
            <footer><p>Copyright 2021 Harbour Gazette. Contact us.</p></footer>
            </body></html>
            """.formatted(P1, P2, P3);

    private String kept(HtmlPage page) {
        StringBuilder out = new StringBuilder();
        String text = page.visibleText();
        int at = 0;
        for (Removed r : page.removed().stream().sorted((a, b) -> a.span().compareTo(b.span())).toList()) {
            out.append(text, at, Math.max(at, r.span().start()));
            at = Math.max(at, r.span().end());
        }
        out.append(text.substring(at));
        return out.toString();
    }

    @Test
    void visibleTextHasParagraphBreaksAndNoScriptOrStyle() {
        HtmlPage page = reader.read(PAGE);
        assertThat(page.visibleText()).contains(P1 + "\n\n" + P2);
        assertThat(page.visibleText()).doesNotContain("tracking").doesNotContain("color: red");
    }

    @Test
    void navigationFooterAsideCaptionAndShareWidgetsAreRemovedWithReasons() {
        HtmlPage page = reader.read(PAGE);
        assertThat(page.removed()).extracting(Removed::reason).contains("nav", "footer", "caption", "widget");
        String kept = kept(page);
        assertThat(kept).contains(P1, P2, P3);
        assertThat(kept).doesNotContain("Most read", "Port strike ends", "Tweet", "Copyright 2021", "Photo: J. Roe");
    }

    @Test
    void markupMetadataIsReadWithRules() {
        PageFacts facts = reader.read(PAGE).facts();
        assertThat(facts.outlet()).map(Found::value).contains("Harbour Gazette");
        assertThat(facts.outlet()).map(Found::rule).contains("html-meta:og:site_name");
        assertThat(facts.title()).map(Found::value).contains("Floods close coastal road");
        assertThat(facts.published()).map(Found::value).contains(LocalDate.of(2021, 5, 9));
        assertThat(facts.canonicalUrl()).contains("https://harbourgazette.example/2021/05/09/floods");
    }

    @Test
    void jsonLdGivesHeadlinePublisherAndDate() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Port strike ends",
                 "datePublished":"2020-11-02T08:00:00Z","publisher":{"@type":"Organization","name":"Bay Courier"}}]}
                </script></head><body><p>%s</p></body></html>""".formatted(P1);
        PageFacts facts = reader.read(html).facts();
        assertThat(facts.title()).map(Found::value).contains("Port strike ends");
        assertThat(facts.outlet()).map(Found::rule).contains("json-ld:publisher.name");
        assertThat(facts.outlet()).map(Found::value).contains("Bay Courier");
        assertThat(facts.published()).map(Found::rule).contains("json-ld:datePublished");
    }

    @Test
    void siteNameAfterTheTitleIsDropped() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Harbour Gazette\">"
                + "<meta property=\"og:title\" content=\"Port strike ends - HARBOUR GAZETTE\"></head><body><p>" + P1 + "</p></body></html>";
        assertThat(reader.read(html).facts().title()).map(Found::value).contains("Port strike ends");
    }

    @Test
    void brokenJsonLdIsSkipped() {
        String html = "<html><head><script type=\"application/ld+json\">{\"headline\": </script><meta name=\"dc.date\" content=\"2020-11-02\">"
                + "</head><body><p>" + P1 + "</p></body></html>";
        PageFacts facts = reader.read(html).facts();
        assertThat(facts.title()).isEmpty();
        assertThat(facts.published()).map(Found::rule).contains("html-meta:dc.date");
    }

    @Test
    void timeElementGivesTheDayWhenNoMetaDoes() {
        String html = "<body><article><time datetime=\"2019-02-14T10:00\">Feb 14</time><p>" + P1 + "</p></article></body>";
        assertThat(reader.read(html).facts().published()).map(Found::value).contains(LocalDate.of(2019, 2, 14));
    }

    @Test
    void truncatedHtmlStillGivesItsText() {
        String html = "<html><body><div class=\"story\"><p>" + P1 + "</p><p>" + P2.substring(0, 40);
        HtmlPage page = reader.read(html);
        assertThat(kept(page)).contains(P1);
        assertThat(page.visibleText()).contains(P2.substring(0, 40));
    }

    @Test
    void wrapperWithAnAdvertClassNameAroundTheWholePageIsNotFurniture() {
        String html = "<body><div class=\"page-ad-margins\"><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article></div></body>";
        assertThat(kept(reader.read(html))).contains(P1, P2, P3);
    }

    @Test
    void articleSplitOverManyBlocksIsKeptWhole() {
        StringBuilder html = new StringBuilder("<body><div class=\"layout\"><div class=\"article-body\">");
        for (String p : new String[] {P1, P2, P3}) {
            html.append("<div class=\"block\"><div class=\"text\"><p>").append(p).append("</p></div></div>");
        }
        html.append("</div><div class=\"more\"><p><a href=\"/a\">Port strike ends after ten days of talks</a></p></div></div></body>");
        String kept = kept(reader.read(html.toString()));
        assertThat(kept).contains(P1, P2, P3).doesNotContain("Port strike ends");
    }

    @Test
    void teasersOfOtherStoriesDoNotOutweighTheArticle() {
        StringBuilder html = new StringBuilder("<body><div class=\"page\"><div class=\"story\"><p>")
                .append(P1).append("</p><p>").append(P2).append("</p><p>").append(P3).append("</p></div><div class=\"list\">");
        for (int i = 0; i < 6; i++) {
            html.append("<div class=\"card\"><h3><a href=\"/s").append(i).append("\">Council approves harbour budget number ").append(i)
                    .append("</a></h3><p>The council voted late on Tuesday to approve the harbour budget, with ").append(i)
                    .append(" members against, after a long and heated debate.</p></div>");
        }
        html.append("</div></div></body>");
        String kept = kept(reader.read(html.toString()));
        assertThat(kept).contains(P1, P2, P3).doesNotContain("heated debate");
    }

    @Property(tries = 200)
    void anyStringReadsWithoutThrowingAndRemovalsStayInside(@ForAll String html) {
        HtmlPage page = reader.read(html);
        for (Removed r : page.removed()) {
            assertThat(r.span().end()).isLessThanOrEqualTo(page.visibleText().length());
        }
    }
}
