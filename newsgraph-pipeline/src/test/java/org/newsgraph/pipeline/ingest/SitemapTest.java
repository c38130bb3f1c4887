package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Problem;

class SitemapTest {
    private static final URI FROM = URI.create("https://harbour.example/sitemap.xml");

    private static final String NEWS_URLSET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
                    xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
              <url>
                <loc>https://harbour.example/news/ferry-resumes</loc>
                <lastmod>2024-05-06T10:00:00Z</lastmod>
                <image:image><image:loc>https://harbour.example/img/ferry.jpg</image:loc></image:image>
                <news:news>
                  <news:publication><news:name>Harbour Times</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2024-05-06T09:30:00+02:00</news:publication_date>
                  <news:title>Ferry to Lisk resumes after the storm</news:title>
                </news:news>
              </url>
              <url><loc>https://harbour.example/news/fees-cut</loc></url>
              <url><loc>https://elsewhere.example/news/not-ours</loc></url>
              <url><loc>javascript:alert(1)</loc></url>
              <url><lastmod>2024-05-01</lastmod></url>
            </urlset>
            """;

    @Test
    void aNewsUrlsetGivesItsPagesWithTheirHintsAndLeavesOutOtherHostsAndBadUrls() {
        Sitemap s = Sitemap.read(NEWS_URLSET.getBytes(StandardCharsets.UTF_8), FROM);
        assertThat(s.children()).isEmpty();
        assertThat(s.pages()).extracting(p -> p.url().toString())
                .containsExactly("https://harbour.example/news/ferry-resumes", "https://harbour.example/news/fees-cut");
        Sitemap.Page first = s.pages().get(0);
        assertThat(first.lastModified()).isEqualTo("2024-05-06T10:00:00Z");
        assertThat(first.title()).isEqualTo("Ferry to Lisk resumes after the storm");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(first.outlet()).isEqualTo("Harbour Times");
        Sitemap.Page second = s.pages().get(1);
        assertThat(second.lastModified()).isNull();
        assertThat(second.title()).isNull();
        assertThat(second.published()).isNull();
        assertThat(s.problems()).extracting(Problem::code).containsExactlyInAnyOrder("sitemap-other-host", "sitemap-bad-url");
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("1 entries point to another host"));
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("2 entries have no http(s) URL"));
    }

    @Test
    void anIndexListsItsSitemapsAndGzipIsInflated() throws IOException {
        String index = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://harbour.example/sitemap-2024-05.xml.gz</loc><lastmod>2024-05-31</lastmod></sitemap>
                  <sitemap><loc>https://harbour.example/sitemap-2024-06.xml.gz</loc></sitemap>
                </sitemapindex>
                """;
        Sitemap s = Sitemap.read(gzip(index), FROM);
        assertThat(s.pages()).isEmpty();
        assertThat(s.children()).extracting(URI::toString)
                .containsExactly("https://harbour.example/sitemap-2024-05.xml.gz", "https://harbour.example/sitemap-2024-06.xml.gz");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsExpanded() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://harbour.example/&b;</loc></url></urlset>
                """;
        Sitemap s = Sitemap.read(bomb.getBytes(StandardCharsets.UTF_8), FROM);
        assertThat(s.pages()).isEmpty();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("malformed-sitemap");
            assertThat(p.message()).contains("DOCTYPE");
        });
    }

    @Test
    void brokenXmlKeepsTheEntriesBeforeTheBreak() {
        String cut = NEWS_URLSET.substring(0, NEWS_URLSET.indexOf("<url><loc>https://elsewhere"));
        Sitemap s = Sitemap.read(cut.getBytes(StandardCharsets.UTF_8), FROM);
        assertThat(s.pages()).hasSize(2);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("malformed-sitemap");
            assertThat(p.message()).contains("entries before the break are kept");
        });
    }

    @Test
    void emptyBinaryAndOtherDocumentsAreNamedProblems() {
        assertThat(Sitemap.read(new byte[0], FROM).problems()).extracting(Problem::code).containsExactly("empty-sitemap");
        assertThat(Sitemap.read("<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8), FROM).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("not a sitemap").contains("<rss>"));
        assertThat(Sitemap.read(new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}, FROM).problems()).extracting(Problem::code)
                .containsExactly("malformed-sitemap");
        assertThat(Sitemap.read(new byte[] {0, 1, 2, (byte) 0xff, 3}, FROM).problems()).extracting(Problem::code)
                .containsExactly("malformed-sitemap");
    }

    @Property(tries = 300)
    void anyBytesGiveASitemapAndNeverThrow(@ForAll @Size(max = 400) byte[] bytes) {
        Sitemap s = Sitemap.read(bytes, FROM);
        assertThat(s.pages()).allSatisfy(p -> assertThat(p.url().getHost()).isEqualTo("harbour.example"));
        assertThat(s.pages().isEmpty() && s.children().isEmpty() && s.problems().isEmpty())
                .as("an empty answer always says why").isFalse();
    }

    @Property(tries = 200)
    void anyLocTextNeverLeadsToAnotherHost(@ForAll String loc) {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                + loc.replace("&", "&amp;").replace("<", "&lt;") + "</loc></url></urlset>";
        Sitemap s = Sitemap.read(xml.getBytes(StandardCharsets.UTF_8), FROM);
        assertThat(s.pages()).allSatisfy(p -> {
            assertThat(p.url().getHost()).isEqualToIgnoringCase("harbour.example");
            assertThat(p.url().getScheme().toLowerCase(java.util.Locale.ROOT)).isIn("http", "https");
        });
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
