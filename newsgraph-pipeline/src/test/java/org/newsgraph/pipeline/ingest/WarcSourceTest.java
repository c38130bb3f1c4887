package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Format;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

class WarcSourceTest {
    private static final String STORY = "<html><head><title>Mayor opens tram line</title></head>"
            + "<body><p>The mayor opened the new tram line on Saturday.</p></body></html>";

    private static List<SourceItem> read(byte[] warc) {
        return read(new WarcSource(new ByteArrayInputStream(warc), "crawl.warc", IngestLimits.DEFAULT));
    }

    private static List<SourceItem> read(WarcSource source) {
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        return items;
    }

    private static List<RawDocument> documents(List<SourceItem> items) {
        return FeedSourceTest.documents(items);
    }

    private static List<String> problems(List<SourceItem> items) {
        return FeedSourceTest.problems(items);
    }

    private static WarcBytes crawl(boolean gzip) {
        return new WarcBytes(gzip)
                .warcinfo()
                .request("https://city.example/tram")
                .response("https://city.example/tram", 200, "text/html; charset=windows-1252", STORY)
                .metadata("https://city.example/tram")
                .response("https://city.example/gone", 404, "text/html", "<p>Not found</p>")
                .response("https://city.example/logo.png", 200, "image/png", "PNG")
                .revisit("https://city.example/tram")
                .response("https://city.example/notes.txt", 200, "text/plain", "Council notes for Monday.");
    }

    @Test
    void htmlAndTextResponsesBecomeDocumentsWithTheTargetUriAndNoPublicationDate() {
        for (boolean gzip : new boolean[] {false, true}) {
            WarcSource source = new WarcSource(new ByteArrayInputStream(crawl(gzip).bytes()), "crawl.warc", IngestLimits.DEFAULT);
            List<SourceItem> items = read(source);
            List<RawDocument> docs = documents(items);
            assertThat(docs).hasSize(2);
            RawDocument tram = docs.get(0);
            assertThat(tram.hints()).isEqualTo(new SourceHints(null, "https://city.example/tram", null, null, null));
            assertThat(tram.format()).isEqualTo(Format.HTML);
            assertThat(tram.charset()).isEqualTo("windows-1252");
            assertThat(new String(tram.bytes(), StandardCharsets.UTF_8)).isEqualTo(STORY);
            assertThat(tram.location()).isEqualTo("crawl.warc#3");
            assertThat(docs.get(1).format()).isEqualTo(Format.TEXT);
            assertThat(new String(docs.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("Council notes for Monday.");
            assertThat(source.tally()).isEqualTo(new WarcSource.Tally(4, 2, 1, 1, 1, 1));
        }
    }

    @Test
    void otherStatusesAndContentTypesAreSkippedWithAProblemWhileOtherRecordsPassSilently() {
        List<SourceItem> items = read(crawl(false).bytes());
        assertThat(problems(items)).containsExactly("http-status", "unsupported-content-type");
        assertThat(items).filteredOn(i -> i instanceof SourceItem.Skipped)
                .extracting(i -> ((SourceItem.Skipped) i).problem().location())
                .containsExactly("crawl.warc#5", "crawl.warc#6");
    }

    @Test
    void chunkedAndGzipEncodedBodiesAreDecoded() {
        byte[] gzipped = WarcBytes.gzip(STORY.getBytes(StandardCharsets.UTF_8));
        String chunked = Integer.toHexString(10) + "\r\n" + STORY.substring(0, 10) + "\r\n"
                + Integer.toHexString(STORY.length() - 10) + "\r\n" + STORY.substring(10) + "\r\n0\r\n\r\n";
        byte[] warc = new WarcBytes(false)
                .response("https://city.example/a", WarcBytes.http(200, "text/html", gzipped, "Content-Encoding: gzip\r\n"))
                .response("https://city.example/b", WarcBytes.http(200, "text/html", chunked.getBytes(StandardCharsets.UTF_8),
                        "Transfer-Encoding: chunked\r\n"))
                .bytes();
        List<RawDocument> docs = documents(read(warc));
        assertThat(docs).extracting(d -> new String(d.bytes(), StandardCharsets.UTF_8)).containsExactly(STORY, STORY);
    }

    @Test
    void aTruncatedGzipRecordIsAProblemAndTheRecordsBeforeItAreKept() {
        byte[] good = new WarcBytes(true).response("https://city.example/1", 200, "text/html", STORY).bytes();
        byte[] next = new WarcBytes(true).response("https://city.example/2", 200, "text/html", STORY + STORY).bytes();
        byte[] warc = WarcBytes.concat(good, Arrays.copyOf(next, next.length - 30));
        List<SourceItem> items = read(warc);
        assertThat(documents(items)).extracting(d -> d.hints().url()).containsExactly("https://city.example/1");
        assertThat(problems(items)).containsExactly("truncated");
    }

    @Test
    void aTruncatedPlainRecordIsAProblemAndTheRecordsBeforeItAreKept() {
        byte[] whole = new WarcBytes(false)
                .response("https://city.example/1", 200, "text/html", STORY)
                .response("https://city.example/2", 200, "text/html", STORY)
                .bytes();
        List<SourceItem> items = read(Arrays.copyOf(whole, whole.length - 40));
        assertThat(documents(items)).extracting(d -> d.hints().url()).containsExactly("https://city.example/1");
        assertThat(problems(items)).containsExactly("truncated");
    }

    @Test
    void aBrokenRecordHeaderStopsReadingWithAProblem() {
        byte[] good = new WarcBytes(false).response("https://city.example/1", 200, "text/html", STORY).bytes();
        byte[] warc = WarcBytes.concat(good, "WARC/1.1\r\nthis is not a header line\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        List<SourceItem> items = read(warc);
        assertThat(documents(items)).hasSize(1);
        assertThat(problems(items)).containsExactly("malformed-warc");
    }

    @Test
    void aResponseWithoutAnHttpMessageIsAProblemAndReadingGoesOn() {
        byte[] warc = new WarcBytes(false)
                .response("https://city.example/0", "this is no HTTP response".getBytes(StandardCharsets.UTF_8))
                .response("https://city.example/1", 200, "text/html", STORY)
                .bytes();
        List<SourceItem> items = read(warc);
        assertThat(problems(items)).containsExactly("malformed-http");
        assertThat(documents(items)).extracting(d -> d.hints().url()).containsExactly("https://city.example/1");
    }

    @Test
    void aBodyOverTheLimitIsSkippedAndTheNextRecordIsRead() {
        byte[] warc = new WarcBytes(false)
                .response("https://city.example/big", 200, "text/html", "x".repeat(5000))
                .response("https://city.example/1", 200, "text/html", STORY)
                .bytes();
        List<SourceItem> items = read(new WarcSource(new ByteArrayInputStream(warc), "w", new IngestLimits(1000, 1000)));
        assertThat(problems(items)).containsExactly("too-large");
        assertThat(documents(items)).extracting(d -> d.hints().url()).containsExactly("https://city.example/1");
    }

    @Test
    void somethingThatIsNotAWarcIsAProblem() {
        assertThat(problems(read("<html>hello</html>".getBytes(StandardCharsets.UTF_8)))).containsExactly("malformed-warc");
        assertThat(problems(read(new byte[0]))).containsExactly("empty");
    }
}
