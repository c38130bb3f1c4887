package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Found;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.extract.NewsExtractor;

/** Documents from feeds and WARC files read by the extractor: the source's hints become the article's metadata. */
class FeedAndWarcExtractionTest {
    private final NewsExtractor extractor = new NewsExtractor();

    private Article extract(RawDocument document) {
        Outcome<Article> outcome = extractor.extract(document);
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Article>) outcome).value();
    }

    private static RawDocument only(Source source) {
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        return FeedSourceTest.documents(items).getFirst();
    }

    @Test
    void aFeedItemBecomesAnArticleDatedAndAttributedByTheFeed() {
        String rss = """
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Lakeside Herald</title>
                  <item><title>Water board raises rates</title><link>https://lakeside.example/rates</link>
                    <pubDate>Thu, 07 Mar 2024 16:45:00 -0600</pubDate>
                    <content:encoded><![CDATA[<p>The water board voted on Thursday to raise rates by 4 percent.</p>
                    <p>The increase takes effect in May, the board's chair said.</p>]]></content:encoded></item>
                </channel></rss>
                """;
        Article article = extract(only(new FeedSource(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)), "lake.rss",
                IngestLimits.DEFAULT)));
        assertThat(article.text()).contains("The water board voted on Thursday to raise rates by 4 percent.")
                .contains("The increase takes effect in May");
        assertThat(article.metadata().title()).map(Found::value).hasValue("Water board raises rates");
        assertThat(article.metadata().outlet()).map(Found::value).hasValue("Lakeside Herald");
        assertThat(article.metadata().published()).map(Found::value).hasValue(LocalDate.of(2024, 3, 7));
        assertThat(article.url()).isEqualTo("https://lakeside.example/rates");
    }

    @Test
    void aWarcResponseIsNotDatedByItsFetchTime() {
        String page = "<html><head><title>Harbour crane collapses</title></head><body><article>"
                + "<p>A crane collapsed at the harbour early on Monday, injuring two workers.</p>"
                + "<p>Police closed the quay while engineers inspected the site.</p></article></body></html>";
        byte[] warc = new WarcBytes(true).response("https://port.example/news/crane", 200, "text/html; charset=utf-8", page).bytes();
        Article article = extract(only(new WarcSource(new ByteArrayInputStream(warc), "crawl.warc.gz", IngestLimits.DEFAULT)));
        assertThat(article.text()).contains("A crane collapsed at the harbour early on Monday");
        assertThat(article.url()).isEqualTo("https://port.example/news/crane");
        assertThat(article.metadata().published()).isEmpty();
    }
}
