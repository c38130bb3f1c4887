package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Format;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

class FeedAndWarcFilesTest {
    @TempDir
    Path dir;

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Delta Daily</title>
              <item><title>Levee holds</title><link>https://delta.example/levee</link>
                <pubDate>Mon, 14 Oct 2024 07:30:00 +0200</pubDate>
                <description>Engineers said the levee held overnight.</description></item>
            </channel></rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Upland Weekly</title>
              <entry><id>urn:uw:9</id><title>School reopens</title><updated>2024-10-15T09:00:00Z</updated>
                <content type="html">&lt;p&gt;The village school reopened on Tuesday.&lt;/p&gt;</content></entry>
            </feed>
            """;

    private static byte[] warc(boolean gzip) {
        return new WarcBytes(gzip)
                .warcinfo()
                .response("https://delta.example/flood", 200, "text/html", "<p>Flood water receded on Wednesday.</p>")
                .bytes();
    }

    private static List<SourceItem> read(Path... roots) {
        List<SourceItem> items = new ArrayList<>();
        new FileSource(List.of(roots), IngestLimits.DEFAULT).read(items::add);
        return items;
    }

    @Test
    void aFolderOfFeedsAndWarcsGivesTheirDocumentsAndSkipsXmlThatIsNotAFeed() throws Exception {
        Files.writeString(dir.resolve("a.rss"), RSS);
        Files.writeString(dir.resolve("b.atom"), ATOM);
        Files.writeString(dir.resolve("c.xml"), RSS);
        Files.writeString(dir.resolve("d.xml"), "<?xml version=\"1.0\"?><config><value>1</value></config>");
        Files.write(dir.resolve("e.warc"), warc(false));
        Files.write(dir.resolve("f.warc.gz"), warc(true));
        Files.write(dir.resolve("g.rss.gz"), WarcBytes.gzip(RSS.getBytes(StandardCharsets.UTF_8)));
        FileSource source = new FileSource(List.of(dir), IngestLimits.DEFAULT);
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        assertThat(source.warcTally()).isEqualTo(new WarcSource.Tally(2, 2, 0, 0, 0, 2));

        List<RawDocument> docs = FeedSourceTest.documents(items);
        assertThat(docs).extracting(d -> dir.relativize(Path.of(d.location())).toString())
                .containsExactly("a.rss#1", "b.atom#1", "c.xml#1", "e.warc#2", "f.warc.gz#2", "g.rss.gz#1");
        assertThat(docs.get(0).hints()).isEqualTo(new SourceHints("https://delta.example/levee", "https://delta.example/levee",
                "Levee holds", LocalDate.of(2024, 10, 14), "Delta Daily"));
        assertThat(docs.get(1).format()).isEqualTo(Format.HTML);
        assertThat(docs.get(1).hints().outlet()).isEqualTo("Upland Weekly");
        assertThat(docs.get(3).hints().url()).isEqualTo("https://delta.example/flood");
        assertThat(docs.get(3).hints().published()).isNull();
        assertThat(FeedSourceTest.problems(items)).containsExactly("unsupported-file");
    }

    @Test
    void fileKindsFollowTheNameAndForXmlTheRootElement() throws Exception {
        Files.writeString(dir.resolve("feed.xml"), ATOM);
        Files.writeString(dir.resolve("other.xml"), "<html/>");
        assertThat(FileSource.kindOf(dir.resolve("feed.xml")).container()).isEqualTo(FileSource.Container.FEED);
        assertThat(FileSource.kindOf(dir.resolve("other.xml"))).isNull();
        assertThat(FileSource.kindOf(dir.resolve("missing.xml"))).isNull();
        assertThat(FileSource.kindOf(Path.of("x.RSS"))).isEqualTo(new FileSource.FileKind(null, FileSource.Container.FEED, false));
        assertThat(FileSource.kindOf(Path.of("x.warc.gz"))).isEqualTo(new FileSource.FileKind(null, FileSource.Container.WARC, true));
        assertThat(FileSource.kindOf(Path.of("x.jsonl")).jsonLines()).isTrue();
        assertThat(FileSource.kindOf(Path.of("x.html")).singleDocument()).isTrue();
        assertThat(FileSource.kindOf(Path.of("x.warc")).singleDocument()).isFalse();
    }

    @Test
    void readingAContainerAsOneDocumentIsAProblem() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.rss"), RSS);
        SourceItem item = FileSource.readDocument(feed, FileSource.kindOf(feed).format(), false, SourceHints.NONE, IngestLimits.DEFAULT);
        assertThat(item).isInstanceOfSatisfying(SourceItem.Skipped.class, s -> assertThat(s.problem().code()).isEqualTo("unsupported-file"));
    }

    private static List<SourceItem> stdin(byte[] bytes) {
        List<SourceItem> items = new ArrayList<>();
        new StdinSource(new ByteArrayInputStream(bytes), IngestLimits.DEFAULT).read(items::add);
        return items;
    }

    @Test
    void standardInputRecognisesFeedsAndWarcs() {
        assertThat(FeedSourceTest.documents(stdin(RSS.getBytes(StandardCharsets.UTF_8))))
                .singleElement().satisfies(d -> {
                    assertThat(d.location()).isEqualTo("stdin#1");
                    assertThat(d.hints().outlet()).isEqualTo("Delta Daily");
                });
        assertThat(FeedSourceTest.documents(stdin(ATOM.getBytes(StandardCharsets.UTF_8)))).hasSize(1);
        for (boolean gzip : new boolean[] {false, true}) {
            assertThat(FeedSourceTest.documents(stdin(warc(gzip))))
                    .singleElement().satisfies(d -> assertThat(d.hints().url()).isEqualTo("https://delta.example/flood"));
        }
    }

    @Test
    void standardInputStillReadsOtherXmlAsHtml() {
        assertThat(FeedSourceTest.documents(stdin("<?xml version=\"1.0\"?><html><p>Hi</p></html>".getBytes(StandardCharsets.UTF_8))))
                .singleElement().satisfies(d -> assertThat(d.format()).isEqualTo(Format.HTML));
    }
}
