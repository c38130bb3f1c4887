package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Found;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceHints;

class NewsExtractorTest {
    private final NewsExtractor extractor = new NewsExtractor();

    private static final String PLAIN = """
            News ID: 55120
            Published: 0742 GMT May 9, 2021

            Floods close coastal road after week of storms

            Floods close coastal road after week of storms
            Workers clear mud from the coastal road near the harbour on Sunday. IRNA

            LISBON (Xinhua) – Heavy rain closed the main coastal road on Sunday, officials said, after a week of storms.

            “We will reopen the road as soon as it is safe,” the regional governor told reporters.

            Reuters and AFP contributed to this story.

            Top World stories
            Top Stories""";

    private Article ok(Outcome<Article> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Article>) outcome).value();
    }

    private String failure(Outcome<Article> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        return ((Outcome.Failed<Article>) outcome).problem().code();
    }

    private RawDocument text(String body) {
        return new RawDocument("fixture.txt", body.getBytes(StandardCharsets.UTF_8), Format.TEXT, null, SourceHints.NONE);
    }

    @Test
    void plainTextArticleIsCleanedAndItsMetadataReadWithEvidence() {
        Article a = ok(extractor.extract(text(PLAIN)));
        assertThat(a.text()).isEqualTo("""
                Floods close coastal road after week of storms

                LISBON (Xinhua) – Heavy rain closed the main coastal road on Sunday, officials said, after a week of storms.

                “We will reopen the road as soon as it is safe,” the regional governor told reporters.

                Reuters and AFP contributed to this story.""");
        assertThat(a.metadata().titleText()).contains("Floods close coastal road after week of storms");
        assertThat(a.metadata().outletName()).contains("Xinhua");
        assertThat(a.metadata().dateline()).map(Found::value).contains("Lisbon");
        Found<LocalDate> published = a.metadata().published().orElseThrow();
        assertThat(published.value()).isEqualTo(LocalDate.of(2021, 5, 9));
        assertThat(published.evidence().of(a.original())).isEqualTo("May 9, 2021");
        assertThat(a.removed()).extracting(Removed::reason)
                .contains("news-id", "published-line", "duplicate-title", "caption", "top-stories");
    }

    @Test
    void originalIsTheDecodedTextUnchanged() {
        Article a = ok(extractor.extract(text(PLAIN)));
        assertThat(a.original()).isEqualTo(PLAIN);
    }

    @Test
    void articleWithoutDateEvidenceHasNoPublicationDate() {
        Article a = ok(extractor.extract(text("Floods close coastal road\n\nHeavy rain closed the main road on Saturday, officials said.")));
        assertThat(a.metadata().published()).isEmpty();
    }

    @Test
    void sourceHintsComeFirstAndTheUrlIsKept() {
        SourceHints hints = new SourceHints("a1", "https://www.theguardian.com/world/2021/may/09/floods", null, null, null);
        RawDocument doc = new RawDocument("feed.jsonl:3", "Heavy rain closed the main road on Sunday, officials said.".getBytes(StandardCharsets.UTF_8),
                Format.TEXT, "UTF-8", hints);
        Article a = ok(extractor.extract(doc));
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.url()).isEqualTo(hints.url());
        assertThat(a.metadata().outlet()).map(Found::rule).contains("url-known-host");
        assertThat(a.metadata().published()).map(Found::rule).contains("url-path");
        assertThat(a.metadata().publishedDate()).contains(LocalDate.of(2021, 5, 9));
    }

    @Test
    void htmlArticleKeepsTheVisiblePageAsOriginalAndTheMainContentAsText() {
        String p1 = "Heavy rain closed the main coastal road on Sunday, officials said, after a week of storms that flooded the old town.";
        String p2 = "The regional governor said repairs would take at least a month, and that ferries would carry traffic meanwhile.";
        String html = "<html><head><meta property=\"og:site_name\" content=\"Harbour Gazette\"><meta property=\"og:title\" content=\"Floods close road\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav><article><p>" + p1 + "</p><p>" + p2
                + "</p></article><footer>Contact us</footer></body></html>";
        Article a = ok(extractor.extract(new RawDocument("page.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML, null, SourceHints.NONE)));
        assertThat(a.original()).contains("Home", "Contact us", p1);
        assertThat(a.text()).isEqualTo(p1 + "\n\n" + p2);
        assertThat(a.metadata().titleText()).contains("Floods close road");
        assertThat(a.metadata().outletName()).contains("Harbour Gazette");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreHandled() {
        byte[] body = "Floods close coastal road\r\n\r\nTop Stories\r\nHeavy rain closed the main road on Sunday, officials said.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Article a = ok(extractor.extract(new RawDocument("crlf.txt", bytes, Format.TEXT, null, SourceHints.NONE)));
        assertThat(a.text()).isEqualTo("Floods close coastal road\n\nHeavy rain closed the main road on Sunday, officials said.");
        assertThat(a.metadata().titleText()).contains("Floods close coastal road");
    }

    @Test
    void publishersUrlDayWinsOverAUtcTimestampInTheMarkup() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://harbourgazette.example/2021/05/09/floods\">"
                + "<meta property=\"article:published_time\" content=\"2021-05-10T02:30:00Z\"></head>"
                + "<body><p>Heavy rain closed the main coastal road on Sunday, officials said.</p></body></html>";
        Article a = ok(extractor.extract(new RawDocument("p.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML, null, SourceHints.NONE)));
        assertThat(a.metadata().publishedDate()).contains(LocalDate.of(2021, 5, 9));
        assertThat(a.url()).isEqualTo("https://harbourgazette.example/2021/05/09/floods");
    }

    @Test
    void emptyDocumentFails() {
        assertThat(failure(extractor.extract(text("")))).isEqualTo("empty");
    }

    @Test
    void binaryDocumentFails() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(failure(extractor.extract(new RawDocument("x.png", bytes, Format.TEXT, null, SourceHints.NONE)))).isEqualTo("binary");
    }

    @Test
    void documentOfOnlyFurnitureHasNoContent() {
        assertThat(failure(extractor.extract(text("Top Stories\nBack to top button\nSecurity Key:")))).isEqualTo("no-content");
    }

    @Test
    void htmlWithoutVisibleTextHasNoContent() {
        RawDocument doc = new RawDocument("p.html", "<html><head><script>x()</script></head><body></body></html>".getBytes(StandardCharsets.UTF_8),
                Format.HTML, null, SourceHints.NONE);
        assertThat(failure(extractor.extract(doc))).isEqualTo("no-content");
    }

    @Test
    void extractionIsDeterministic() {
        Article a = ok(extractor.extract(text(PLAIN)));
        Article b = ok(extractor.extract(text(PLAIN)));
        assertThat(a.text()).isEqualTo(b.text());
        assertThat(a.removed()).isEqualTo(b.removed());
        assertThat(a.metadata()).isEqualTo(b.metadata());
    }

    @Property(tries = 300)
    void anyBytesGiveAnArticleOrADeclaredProblem(@ForAll byte[] bytes, @ForAll boolean html) {
        Outcome<Article> outcome = extractor.extract(new RawDocument("prop", bytes, html ? Format.HTML : Format.TEXT, null, SourceHints.NONE));
        if (outcome instanceof Outcome.Failed<Article> failed) {
            assertThat(failed.problem().code()).isIn("empty", "binary", "undecodable", "no-content");
        } else {
            Article a = ((Outcome.Ok<Article>) outcome).value();
            assertThat(a.text()).isNotBlank();
            a.metadata().title().map(Found::evidence).ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(a.original().length()));
        }
    }

    @Property(tries = 300)
    void anyTextGivesAnArticleOrADeclaredProblem(@ForAll String body) {
        Outcome<Article> outcome = extractor.extract(text(body));
        if (outcome instanceof Outcome.Failed<Article> failed) {
            assertThat(failed.problem().code()).isIn("empty", "binary", "undecodable", "no-content");
        } else {
            assertThat(((Outcome.Ok<Article>) outcome).value().text()).isNotBlank();
        }
    }
}
