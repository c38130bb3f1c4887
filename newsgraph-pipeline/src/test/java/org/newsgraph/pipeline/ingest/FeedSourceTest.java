package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Format;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

class FeedSourceTest {
    static List<SourceItem> read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    static List<SourceItem> read(byte[] bytes) {
        List<SourceItem> items = new ArrayList<>();
        new FeedSource(new ByteArrayInputStream(bytes), "feed.xml", IngestLimits.DEFAULT).read(items::add);
        return items;
    }

    static List<RawDocument> documents(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Document).map(i -> ((SourceItem.Document) i).document()).toList();
    }

    static List<String> problems(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Skipped).map(i -> ((SourceItem.Skipped) i).problem().code()).toList();
    }

    private static String body(RawDocument d) {
        return new String(d.bytes(), StandardCharsets.UTF_8);
    }

    private static final String RSS_2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>The Harbour Courier</title>
                <link>https://courier.example/</link>
                <description>Port news</description>
                <item>
                  <title>Dock workers strike in Rotterdam</title>
                  <link>https://courier.example/2020/07/strike</link>
                  <guid isPermaLink="false">courier-4411</guid>
                  <pubDate>Tue, 21 Jul 2020 10:15:00 GMT</pubDate>
                  <description>Dock workers walked out on Tuesday.</description>
                  <content:encoded><![CDATA[<p>Dock workers in Rotterdam walked out on Tuesday, the union said.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Ferry &amp; freight delays</title>
                  <link>https://courier.example/2020/07/ferry</link>
                  <dc:date>2020-07-22T06:00:00+02:00</dc:date>
                  <description>Ferries ran late for a second day, the operator said.</description>
                  <source url="https://wire.example/rss">Coastal Wire</source>
                </item>
                <item>
                  <title>Pier reopens</title>
                  <guid>https://courier.example/2020/07/pier</guid>
                  <pubDate>sometime last week</pubDate>
                  <description>&lt;p&gt;The north pier reopened after repairs.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """;

    @Test
    void rss2ItemsBecomeDocumentsWithTheirHintsAndTheChannelTitleAsOutlet() {
        List<SourceItem> items = read(RSS_2);
        assertThat(problems(items)).isEmpty();
        List<RawDocument> docs = documents(items);
        assertThat(docs).hasSize(3);

        RawDocument strike = docs.get(0);
        assertThat(strike.hints()).isEqualTo(new SourceHints("courier-4411", "https://courier.example/2020/07/strike",
                "Dock workers strike in Rotterdam", LocalDate.of(2020, 7, 21), "The Harbour Courier"));
        assertThat(strike.format()).isEqualTo(Format.HTML);
        assertThat(body(strike)).isEqualTo("<p>Dock workers in Rotterdam walked out on Tuesday, the union said.</p>");
        assertThat(strike.location()).isEqualTo("feed.xml#1");
        assertThat(strike.charset()).isEqualTo("UTF-8");

        RawDocument ferry = docs.get(1);
        assertThat(ferry.hints().title()).isEqualTo("Ferry & freight delays");
        assertThat(ferry.hints().published()).isEqualTo(LocalDate.of(2020, 7, 22));
        assertThat(ferry.hints().outlet()).isEqualTo("Coastal Wire");
        assertThat(ferry.hints().id()).isEqualTo("https://courier.example/2020/07/ferry");
        assertThat(ferry.format()).isEqualTo(Format.TEXT);
        assertThat(body(ferry)).isEqualTo("Ferries ran late for a second day, the operator said.");
    }

    @Test
    void unreadablePubDateGivesNoDateAndAPermalinkGuidIsTheLink() {
        RawDocument pier = documents(read(RSS_2)).get(2);
        assertThat(pier.hints().published()).isNull();
        assertThat(pier.hints().url()).isEqualTo("https://courier.example/2020/07/pier");
        assertThat(pier.format()).isEqualTo(Format.HTML);
        assertThat(body(pier)).isEqualTo("<p>The north pier reopened after repairs.</p>");
    }

    @Test
    void rss1RdfItemsAreReadWithDublinCoreDates() {
        String xml = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://valley.example/">
                    <title>Valley Gazette</title>
                    <link>https://valley.example/</link>
                    <items><rdf:Seq><rdf:li rdf:resource="https://valley.example/a"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://valley.example/a">
                    <title>Council approves bridge budget</title>
                    <link>https://valley.example/a</link>
                    <dc:date>2021-03-04</dc:date>
                    <description>The council voted 7 to 2 for the new bridge.</description>
                  </item>
                </rdf:RDF>
                """;
        List<RawDocument> docs = documents(read(xml));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.hints()).isEqualTo(new SourceHints("https://valley.example/a", "https://valley.example/a",
                    "Council approves bridge budget", LocalDate.of(2021, 3, 4), "Valley Gazette"));
            assertThat(body(d)).isEqualTo("The council voted 7 to 2 for the new bridge.");
        });
    }

    @Test
    void atomEntriesUseTheAlternateLinkPublishedBeforeUpdatedAndTheContentType() {
        String xml = """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <id>urn:example:feed</id>
                  <entry>
                    <id>tag:north.example,2022:1</id>
                    <title type="html">Snow closes &lt;em&gt;mountain&lt;/em&gt; pass</title>
                    <link rel="self" href="https://north.example/api/1"/>
                    <link rel="alternate" href="https://north.example/news/1"/>
                    <published>2022-01-10T22:00:00-08:00</published>
                    <updated>2022-01-12T09:00:00Z</updated>
                    <summary>Short.</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Snow closed the pass &amp; two roads.</p></div></content>
                  </entry>
                  <entry>
                    <id>tag:north.example,2022:2</id>
                    <title>Avalanche warning lifted</title>
                    <link href="https://north.example/news/2"/>
                    <updated>2022-01-13T08:00:00Z</updated>
                    <content type="text">Officials lifted the warning on Thursday. Roads <stay> shut.</content>
                  </entry>
                  <title>North Post</title>
                </feed>
                """.replace("<stay>", "&lt;stay&gt;");
        List<SourceItem> items = read(xml);
        assertThat(problems(items)).isEmpty();
        List<RawDocument> docs = documents(items);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).hints()).isEqualTo(new SourceHints("tag:north.example,2022:1", "https://north.example/news/1",
                "Snow closes mountain pass", LocalDate.of(2022, 1, 10), "North Post"));
        assertThat(docs.get(0).format()).isEqualTo(Format.HTML);
        assertThat(body(docs.get(0))).isEqualTo("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Snow closed the pass &amp; two roads.</p></div>"
                .replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", ""));
        assertThat(docs.get(1).hints().published()).isEqualTo(LocalDate.of(2022, 1, 13));
        assertThat(docs.get(1).hints().url()).isEqualTo("https://north.example/news/2");
        assertThat(docs.get(1).format()).isEqualTo(Format.TEXT);
        assertThat(body(docs.get(1))).isEqualTo("Officials lifted the warning on Thursday. Roads <stay> shut.");
    }

    @Test
    void theEncodingInTheXmlDeclarationIsHonoured() {
        String xml = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Le Matin du Lac</title>
                <item><title>Fête au village</title><description>Le maire a ouvert la fête.</description></item>
                </channel></rss>
                """;
        List<RawDocument> docs = documents(read(xml.getBytes(Charset.forName("ISO-8859-1"))));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.hints().title()).isEqualTo("Fête au village");
            assertThat(body(d)).isEqualTo("Le maire a ouvert la fête.");
        });
    }

    @Test
    void aUtf16FeedWithAByteOrderMarkIsRead() {
        byte[] xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item><title>\u015eehir</title><description>Yeni k\u00f6pr\u00fc a\u00e7\u0131ld\u0131.</description></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_16LE);
        assertThat(documents(read(xml))).singleElement().satisfies(d -> {
            assertThat(d.hints().title()).isEqualTo("\u015eehir");
            assertThat(body(d)).isEqualTo("Yeni k\u00f6pr\u00fc a\u00e7\u0131ld\u0131.");
        });
    }

    @Test
    void anEntityExpansionBombIsRefusedWithAProblem() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
                ]>
                <rss version="2.0"><channel><title>T</title>
                <item><title>Boom</title><description>&g;</description></item></channel></rss>
                """;
        List<SourceItem> items = read(bomb);
        assertThat(documents(items)).isEmpty();
        assertThat(problems(items)).containsExactly("dtd-refused");
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><title>T</title>
                <item><title>Leak</title><description>before &secret; after</description></item></channel></rss>
                """;
        List<SourceItem> items = read(xxe);
        assertThat(documents(items)).isEmpty();
        assertThat(problems(items)).containsExactly("dtd-refused");
    }

    @Test
    void anyDoctypeIsRefusedEvenWithoutEntities() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://rss.example/rss-0.91.dtd">
                <rss version="0.91"><channel><title>T</title><item><title>A</title><description>B.</description></item></channel></rss>
                """;
        assertThat(problems(read(xml))).containsExactly("dtd-refused");
    }

    @Test
    void bytesInvalidInTheEncodingBecomeReplacementCharactersAndTheFeedIsRead() {
        byte[] xml = "<rss><channel><item><title>Caf\u00e9</title><description>Prices rose X.</description></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        int x = new String(xml, StandardCharsets.ISO_8859_1).indexOf("X.");
        xml[x] = (byte) 0xE9;
        List<RawDocument> docs = documents(read(xml));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.hints().title()).isEqualTo("Caf\u00e9");
            assertThat(body(d)).isEqualTo("Prices rose \uFFFD.");
        });
    }

    @Test
    void anUndeclaredEntityIsAProblemNotAnExpansion() {
        String xml = """
                <rss version="2.0"><channel><title>T</title>
                <item><title>One</title><description>Fine.</description></item>
                <item><title>Two</title><description>Odd &nbsp; entity.</description></item></channel></rss>
                """;
        List<SourceItem> items = read(xml);
        assertThat(documents(items)).extracting(d -> d.hints().title()).containsExactly("One");
        assertThat(problems(items)).containsExactly("malformed-feed");
    }

    @Test
    void brokenXmlKeepsTheItemsReadBeforeTheBreak() {
        String xml = """
                <rss version="2.0"><channel><title>Town Crier</title>
                <item><title>Market day moved</title><description>The market moves to Friday.</description></item>
                <item><title>Library fire</title><description>A small fire <b>damaged</description></item>
                """;
        List<SourceItem> items = read(xml);
        assertThat(documents(items)).extracting(d -> d.hints().title()).containsExactly("Market day moved");
        assertThat(documents(items).get(0).hints().outlet()).isEqualTo("Town Crier");
        assertThat(problems(items)).containsExactly("malformed-feed");
    }

    @Test
    void itemsWithoutABodyAndFeedsWithoutItemsAreReportedNotDropped() {
        List<SourceItem> items = read("<rss><channel><title>T</title><item><title>Only a title</title><link>https://t.example/1</link></item></channel></rss>");
        assertThat(problems(items)).containsExactly("no-body");
        assertThat(((SourceItem.Skipped) items.get(0)).problem().location()).isEqualTo("feed.xml#1");
        assertThat(problems(read("<rss><channel><title>T</title></channel></rss>"))).containsExactly("empty-feed");
    }

    @Test
    void aDocumentThatIsNotAFeedIsAProblem() {
        assertThat(problems(read("<html><body><p>Hello</p></body></html>"))).containsExactly("not-a-feed");
        assertThat(problems(read("not xml at all"))).containsExactly("malformed-feed");
        assertThat(problems(read(new byte[0]))).containsExactly("malformed-feed");
    }

    @Test
    void anItemBodyOverTheLimitIsSkippedAndTheOthersKept() {
        String xml = "<rss><channel><item><title>Big</title><description>" + "word ".repeat(100)
                + "</description></item><item><title>Small</title><description>Short text.</description></item></channel></rss>";
        List<SourceItem> items = new ArrayList<>();
        new FeedSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "f", new IngestLimits(100, 1000)).read(items::add);
        assertThat(problems(items)).containsExactly("too-large");
        assertThat(documents(items)).extracting(d -> d.hints().title()).containsExactly("Small");
    }

    @Test
    void aLongEscapedItemBodyIsReadWhole() {
        String paragraph = "<p>Talks resumed on Monday & ended late.</p>\n";
        String html = paragraph.repeat(5000);
        String xml = "<rss><channel><item><title>Long</title><description>"
                + html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</description></item></channel></rss>";
        List<RawDocument> docs = documents(read(xml));
        assertThat(docs).singleElement().satisfies(d -> assertThat(body(d)).isEqualTo(html));
    }

    @Test
    void feedRootsAreRecognisedFromTheFirstBytes() {
        assertThat(FeedSource.looksLikeFeed("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FeedSource.looksLikeFeed("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FeedSource.looksLikeFeed("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \">\">]><rdf:RDF>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FeedSource.looksLikeFeed("<?xml version=\"1.0\"?><html>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(FeedSource.looksLikeFeed("<rssfeed>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(FeedSource.looksLikeFeed("rss".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(FeedSource.looksLikeFeed(new byte[0])).isFalse();
    }
}
