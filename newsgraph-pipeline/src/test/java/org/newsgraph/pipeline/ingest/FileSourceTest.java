package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Format;

class FileSourceTest {
    @TempDir
    Path dir;

    private List<SourceItem> read(List<Path> roots, IngestLimits limits) {
        List<SourceItem> items = new ArrayList<>();
        new FileSource(roots, limits).read(items::add);
        return items;
    }

    private static List<String> skippedCodes(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Skipped).map(i -> ((SourceItem.Skipped) i).problem().code()).toList();
    }

    private static List<SourceItem.Document> documents(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Document).map(i -> (SourceItem.Document) i).toList();
    }

    @Test
    void readsFoldersRecursivelyInSortedOrderAndNamesArticlesByFileStem() throws Exception {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.writeString(dir.resolve("b/deeper/z.txt"), "Third.");
        Files.writeString(dir.resolve("a.html"), "<p>First.</p>");
        Files.writeString(dir.resolve("b/m.txt"), "Second.");
        Files.writeString(dir.resolve(".hidden.txt"), "never");
        List<SourceItem.Document> docs = documents(read(List.of(dir), IngestLimits.DEFAULT));
        assertThat(docs).extracting(d -> d.document().hints().id()).containsExactly("a", "z", "m"); // path order: b/deeper/ sorts before b/m.txt
        assertThat(docs.get(0).document().format()).isEqualTo(Format.HTML);
    }

    @Test
    void skipsWhatItCannotUseWithAReasonAndKeepsTheRest() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A good article.");
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1});
        Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve("feed.jsonl"), """
                {"id":"j1","text":"From JSON.","url":"https://x.example/1","published":"2024-03-12"}
                {"id":"j2", "text": 
                {"id":"j3","title":"no body"}
                [1,2,3]
                {"id":"j4","html":"<p>Html body</p>","date":"2024-03-12T08:00:00Z","source":"Wire"}
                """);
        List<SourceItem> items = read(List.of(dir, dir.resolve("missing.txt")), new IngestLimits(1000, 10_000));
        assertThat(documents(items)).extracting(d -> d.document().hints().id()).containsExactlyInAnyOrder("good", "j1", "j4");
        assertThat(skippedCodes(items)).containsExactlyInAnyOrder("too-large", "malformed-json", "no-body", "malformed-json",
                "unsupported-file", "not-found");
        SourceItem.Skipped broken = items.stream().filter(i -> i instanceof SourceItem.Skipped s && s.problem().code().equals("malformed-json"))
                .map(i -> (SourceItem.Skipped) i).findFirst().orElseThrow();
        assertThat(broken.problem().location()).endsWith("feed.jsonl:2");
        SourceItem.Document j4 = documents(items).stream().filter(d -> d.document().hints().id().equals("j4")).findFirst().orElseThrow();
        assertThat(j4.document().format()).isEqualTo(Format.HTML);
        assertThat(j4.document().hints().outlet()).isEqualTo("Wire");
        assertThat(j4.document().hints().published()).hasToString("2024-03-12");
    }

    @Test
    void readsGzippedJsonLinesAndReportsATruncatedArchive() throws Exception {
        Path gz = dir.resolve("bulk.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 0; i < 200; i++) {
                out.write(("{\"ID\":\"n" + i + "\",\"content_original\":\"Story number " + i + ".\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(documents(read(List.of(gz), IngestLimits.DEFAULT))).hasSize(200);
        byte[] whole = Files.readAllBytes(gz);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        List<SourceItem> items = read(List.of(cut), IngestLimits.DEFAULT);
        assertThat(skippedCodes(items)).containsExactly("truncated");
    }

    @Test
    void aJsonLineThatIsNotUtf8IsReported() throws Exception {
        byte[] bad = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.jsonl"), bad);
        assertThat(skippedCodes(read(List.of(dir.resolve("latin1.jsonl")), IngestLimits.DEFAULT))).containsExactly("invalid-utf8");
    }

    @Test
    void standardInputMayBeJsonLinesHtmlOrText() {
        List<SourceItem> items = new ArrayList<>();
        new StdinSource(new ByteArrayInputStream("{\"text\":\"one\"}\n{\"text\":\"two\"}\n".getBytes(StandardCharsets.UTF_8)), IngestLimits.DEFAULT).read(items::add);
        assertThat(documents(items)).hasSize(2);
        items.clear();
        new StdinSource(new ByteArrayInputStream("  <html><p>x</p></html>".getBytes(StandardCharsets.UTF_8)), IngestLimits.DEFAULT).read(items::add);
        assertThat(documents(items)).singleElement().extracting(d -> d.document().format()).isEqualTo(Format.HTML);
    }
}
