package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.extract.NewsExtractor;

/**
 * Fixed-seed, time-budgeted fuzzing of every reader, through extraction: good inputs are damaged (bytes flipped,
 * cut, repeated, invalid UTF-8, NULs, deep markup) and read next to undamaged ones. Each round asserts that no
 * exception escapes, that every input gives a document or a problem naming it, and that every good input next to
 * a bad one is kept. The seed is fixed, so a failure can be replayed; the budget keeps CI fast.
 */
class ReaderFuzzTest {
    private static final long SEED = 15;
    private static final long BUDGET_NANOS = 6_000_000_000L;
    private static final int MAX_ROUNDS = 400;

    /** Rounds run per reader in this run (printed at the end, for the README's figures). */
    static final java.util.Map<String, Integer> TRIED = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @org.junit.jupiter.api.AfterAll
    static void printRounds() {
        System.out.println("reader fuzz rounds (seed " + SEED + "): " + new java.util.TreeMap<>(TRIED));
    }

    private final NewsExtractor extractor = new NewsExtractor();

    private static String good(int i) {
        return "The harbour council of Norvik met on Monday for session " + i + " and approved the new quay, the mayor said.";
    }

    static byte[] mutate(byte[] in, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = in.clone();
        int edits = 1 + r.nextInt(6);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(8)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> b = splice(b, at, new byte[] {(byte) 0xFF, (byte) 0xC3});
                case 3 -> b = splice(b, at, new byte[] {0, 0, 0});
                case 4 -> b = splice(b, at, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + r.nextInt(200))));
                case 5 -> b = splice(b, at, "<div>".repeat(r.nextInt(3000)).getBytes(StandardCharsets.US_ASCII));
                case 6 -> b = splice(b, at, "\"}{\\u00".getBytes(StandardCharsets.US_ASCII));
                default -> b = splice(b, at, "x".repeat(r.nextInt(5000)).getBytes(StandardCharsets.US_ASCII));
            }
        }
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

    /** Extracts every document read: an article or a problem, never an exception. */
    private List<Article> extractAll(List<SourceItem> items) {
        List<Article> out = new ArrayList<>();
        for (SourceItem item : items) {
            if (item instanceof SourceItem.Document d && extractor.extract(d.document()) instanceof Outcome.Ok<Article> ok) {
                out.add(ok.value());
            }
        }
        return out;
    }

    private static List<SourceItem> read(Source source) {
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        return items;
    }

    /** Runs {@code round} with a fresh seeded random until the budget or the round limit; returns the rounds run. */
    private static int rounds(String reader, java.util.function.BiConsumer<Integer, Random> round) {
        Random random = new Random(SEED);
        long start = System.nanoTime();
        int n = 0;
        while (n < MAX_ROUNDS && System.nanoTime() - start < BUDGET_NANOS) {
            round.accept(n, random);
            n++;
        }
        TRIED.merge(reader, n, Integer::sum);
        return n;
    }

    @Test
    void jsonLinesKeepEveryGoodLineAndReportEveryOther() throws Exception {
        int n = rounds("jsonl", (round, r) -> {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            List<String> goodIds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String id = "r" + round + "-" + i;
                byte[] line = ("{\"id\":\"" + id + "\",\"title\":\"Quay " + i + "\",\"text\":\"" + good(i) + "\"}").getBytes(StandardCharsets.UTF_8);
                if (r.nextBoolean()) {
                    goodIds.add(id);
                    file.writeBytes(line);
                } else {
                    file.writeBytes(mutate(line, r));
                }
                file.write('\n');
            }
            byte[] bytes = file.toByteArray();
            List<SourceItem> items = new ArrayList<>();
            try {
                FileSource.readLines(new ByteArrayInputStream(bytes), "fuzz.jsonl", IngestLimits.DEFAULT, items::add);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            int expected = 0;
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
                expected += line.isBlank() ? 0 : 1;
            }
            assertThat(items).hasSize(expected);
            List<String> ids = items.stream().filter(i -> i instanceof SourceItem.Document)
                    .map(i -> ((SourceItem.Document) i).document().hints().id()).toList();
            assertThat(ids).containsAll(goodIds);
            assertThat(extractAll(items).stream().map(Article::id).toList()).containsAll(goodIds);
        });
        assertThat(n).isPositive();
    }

    @Test
    void htmlPagesAlwaysExtractOrFailWithAProblem() {
        String page = "<html><head><title>Quay approved</title><meta property=\"og:site_name\" content=\"Norvik Post\">"
                + "<script type=\"application/ld+json\">{\"headline\":\"Quay\",\"datePublished\":\"2024-03-04\"}</script></head>"
                + "<body><nav><a href=/>Home</a></nav><article><h1>Quay approved</h1><p>" + good(1) + "</p><p>" + good(2)
                + "</p><time datetime=\"2024-03-04\">4 March</time></article><footer>Copyright</footer></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        int n = rounds("html", (round, r) -> {
            byte[] damaged = mutate(bytes, r);
            Outcome<Article> out = extractor.extract(new org.newsgraph.model.RawDocument("fuzz-" + round + ".html", damaged,
                    org.newsgraph.model.Format.HTML, null, org.newsgraph.model.SourceHints.NONE));
            assertThat(out).isNotNull();
        });
        assertThat(n).isPositive();
        assertThat(extractor.extract(new org.newsgraph.model.RawDocument("good.html", bytes, org.newsgraph.model.Format.HTML, null,
                org.newsgraph.model.SourceHints.NONE))).isInstanceOf(Outcome.Ok.class);
    }

    private static byte[] feed(int items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Norvik Post</title>");
        for (int i = 0; i < items; i++) {
            sb.append("<item><title>Quay ").append(i).append("</title><link>https://norvik-post.example/").append(i)
                    .append("</link><pubDate>Mon, 04 Mar 2024 10:00:00 +0000</pubDate><description>").append(good(i)).append("</description></item>");
        }
        return sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] warc(int responses) {
        WarcBytes w = new WarcBytes(false).warcinfo();
        for (int i = 0; i < responses; i++) {
            w.response("https://norvik-post.example/" + i, 200, "text/html; charset=utf-8", "<html><body><p>" + good(i) + "</p></body></html>");
        }
        return w.bytes();
    }

    @Test
    void feedsGiveItemsOrProblemsAndAGoodFeedNextToABadOneIsKept() throws Exception {
        fuzzContainerFiles("feed", ".rss", feed(3), bytes -> new FeedSource(new ByteArrayInputStream(bytes), "fuzz.rss", IngestLimits.DEFAULT));
    }

    @Test
    void warcFilesGiveRecordsOrProblemsAndAGoodFileNextToABadOneIsKept() throws Exception {
        fuzzContainerFiles("warc", ".warc", warc(3), bytes -> new WarcSource(new ByteArrayInputStream(bytes), "fuzz.warc", IngestLimits.DEFAULT));
    }

    private void fuzzContainerFiles(String reader, String extension, byte[] good, Function<byte[], Source> source) throws Exception {
        int n = rounds(reader, (round, r) -> {
            byte[] damaged = mutate(good, r);
            List<SourceItem> items = read(source.apply(damaged));
            extractAll(items);
            for (SourceItem item : items) {
                String location = item instanceof SourceItem.Document d ? d.document().location() : ((SourceItem.Skipped) item).problem().location();
                assertThat(location).startsWith("fuzz");
            }
        });
        assertThat(n).isPositive();
        // a folder of damaged files and one good file: the good one's documents are all there
        Random r = new Random(SEED);
        Path folder = Files.createDirectories(dir.resolve(reader));
        for (int i = 0; i < 20; i++) {
            Files.write(folder.resolve("bad" + i + extension), mutate(good, r));
        }
        Files.write(folder.resolve("good" + extension), good);
        List<SourceItem> items = read(new FileSource(List.of(folder), IngestLimits.DEFAULT));
        long fromGood = items.stream().filter(i -> i instanceof SourceItem.Document d && d.document().location().contains("good" + extension)).count();
        assertThat(fromGood).isEqualTo(3);
        for (int i = 0; i < 20; i++) {
            String name = "bad" + i + extension;
            assertThat(items).as(name + " gave a document or a problem").anySatisfy(item -> assertThat(
                    item instanceof SourceItem.Document d ? d.document().location() : ((SourceItem.Skipped) item).problem().location()).contains(name));
        }
    }

    @Test
    void foldersOfDamagedFilesOfEveryKindKeepEveryGoodFile() throws Exception {
        String[] kinds = {".txt", ".html", ".jsonl", ".rss", ".xml", ".warc", ".txt.gz", ".jsonl.gz", ".bin"};
        int n = rounds("files", (round, r) -> {
            try {
                Path folder = Files.createDirectories(dir.resolve("round" + round));
                List<String> goodIds = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String kind = kinds[r.nextInt(kinds.length)];
                    String name = "f" + i + kind;
                    byte[] body = (kind.startsWith(".json") ? "{\"id\":\"j" + round + "-" + i + "\",\"text\":\"" + good(i) + "\"}\n"
                            : "Quay " + i + "\n\n" + good(i) + "\n").getBytes(StandardCharsets.UTF_8);
                    if (kind.endsWith(".gz")) {
                        body = WarcBytes.gzip(body);
                    }
                    Files.write(folder.resolve(name), mutate(body, r));
                    names.add(name);
                }
                Files.writeString(folder.resolve("keep.txt"), "Kept\n\n" + good(round) + "\n");
                goodIds.add("keep");
                List<SourceItem> items = read(new FileSource(List.of(folder), IngestLimits.DEFAULT));
                assertThat(extractAll(items).stream().map(Article::id).toList()).containsAll(goodIds);
                for (String name : names) {
                    assertThat(items).as(name).anySatisfy(item -> assertThat(item instanceof SourceItem.Document d
                            ? d.document().location() : ((SourceItem.Skipped) item).problem().location()).contains(name));
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(n).isPositive();
    }
}
