package org.newsgraph.eval.external;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.Outcome;

/**
 * Main-text, title and date extraction on two public sets, each with its own scoring, every system on the same
 * pages in one run:
 * <ul>
 *   <li><b>trafilatura-eval</b> (990 pages, mostly German): {@link SnippetCounts} (snippets that must and must not
 *   be in the main text) pooled over pages into precision, recall and F1; reported on the train half, the test half
 *   and the whole set ({@code SETS.md}: sorted keys, even positions train). <b>Date</b>: over pages with a gold
 *   date, the day found equals it. <b>Title</b>: over pages with a gold title, the title found equals it (white
 *   space aside). <b>Lost</b>: pages with wanted snippets of which none was found.</li>
 *   <li><b>Zyte article-extraction-benchmark</b> (181 pages, mostly English news): {@link ShingleCounts}.</li>
 * </ul>
 * Each system gets the page bytes and its URL. Seconds are the systems' own extraction time (pages already read and
 * decompressed), one thread. Not thread-safe.
 */
public final class ExtractionBenchmark {
    /**
     * One system on one set.
     *
     * @param system    the system's name
     * @param set       {@code train}, {@code test}, {@code all} (trafilatura halves and whole) or {@code zyte}
     * @param pages     pages scored
     * @param snippets  snippet counts (trafilatura sets), or null
     * @param shingles  shingle precision, recall and F1 (Zyte), or null
     * @param date      date accuracy over pages with a gold date, or null where the set has none
     * @param title     title accuracy over pages with a gold title, or null where the set has none
     * @param datedWithoutGold pages with an empty gold date that were given a date (trafilatura sets)
     * @param lost      pages with wanted text of which none came out (snippets found none; shingles: recall 0)
     * @param seconds   extraction time
     * @param pagesPerSecond pages per second
     */
    public record Row(String system, String set, int pages, SnippetCounts snippets, ShingleCounts.Score3 shingles,
                      Ratio date, Ratio title, int datedWithoutGold, int lost, double seconds, double pagesPerSecond) {
        public double f1() {
            return snippets != null ? snippets.f1() : shingles.f1();
        }

        String line() {
            String prf = snippets != null
                    ? String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", snippets.precision(), snippets.recall(), snippets.f1())
                    : String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", shingles.precision(), shingles.recall(), shingles.f1());
            return String.format(Locale.ROOT, "  %-28s %-5s %4d pages  %s  date %s  title %s  lost %3d  %6.1f pages/s",
                    system, set, pages, prf, date == null ? "    -" : String.format(Locale.ROOT, "%.3f", date.value()),
                    title == null ? "    -" : String.format(Locale.ROOT, "%.3f", title.value()), lost, pagesPerSecond);
        }
    }

    /** The rows, systems in the given order, then sets in the order train, test, all, zyte. */
    public record Result(List<Row> rows) implements ExternalReport {
        public Result {
            rows = List.copyOf(rows);
        }

        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("main-text extraction: trafilatura-eval (snippets; train / test half, all) and Zyte (4-token shingles)");
            rows.forEach(r -> out.add(r.line()));
            return out;
        }

        /** The row of a system (by name) and set. */
        public Optional<Row> row(String system, String set) {
            return rows.stream().filter(r -> r.system().equals(system) && r.set().equals(set)).findFirst();
        }
    }

    private final List<ExtractionSystem> systems;
    private final ExtractionSetReader reader = new ExtractionSetReader();
    private final Path misses;

    /**
     * @param systems the systems, the first one the system under test
     * @param misses  where to write the first system's misses on the <b>train half</b> only (JSON lines), or null
     */
    public ExtractionBenchmark(List<ExtractionSystem> systems, Path misses) {
        this.systems = List.copyOf(systems);
        this.misses = misses;
    }

    public Outcome<Result> run(Path data, int limit) {
        Outcome<List<SnippetPage>> snippetPages = reader.snippetPages(data, limit);
        if (snippetPages instanceof Outcome.Failed<List<SnippetPage>> f) {
            return new Outcome.Failed<>(f.problem());
        }
        Outcome<List<BodyPage>> bodyPages = reader.bodyPages(data, limit);
        if (bodyPages instanceof Outcome.Failed<List<BodyPage>> f) {
            return new Outcome.Failed<>(f.problem());
        }
        List<SnippetPage> tpages = ((Outcome.Ok<List<SnippetPage>>) snippetPages).value();
        List<BodyPage> zpages = ((Outcome.Ok<List<BodyPage>>) bodyPages).value();
        List<byte[]> thtml = new ArrayList<>();
        for (SnippetPage p : tpages) {
            Outcome<byte[]> bytes = reader.page(data, p);
            if (bytes instanceof Outcome.Failed<byte[]> f) {
                return new Outcome.Failed<>(f.problem());
            }
            thtml.add(((Outcome.Ok<byte[]>) bytes).value());
        }
        List<byte[]> zhtml = new ArrayList<>();
        for (BodyPage p : zpages) {
            Outcome<byte[]> bytes = reader.page(data, p);
            if (bytes instanceof Outcome.Failed<byte[]> f) {
                return new Outcome.Failed<>(f.problem());
            }
            zhtml.add(((Outcome.Ok<byte[]>) bytes).value());
        }
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < systems.size(); s++) {
            ExtractionSystem system = systems.get(s);
            warmUp(system, thtml, tpages);
            Outcome<List<Row>> t = trafilatura(system, tpages, thtml, s == 0 ? misses : null);
            if (t instanceof Outcome.Failed<List<Row>> f) {
                return new Outcome.Failed<>(f.problem());
            }
            rows.addAll(((Outcome.Ok<List<Row>>) t).value());
            rows.add(zyte(system, zpages, zhtml));
        }
        return Outcome.ok(new Result(rows));
    }

    private static void warmUp(ExtractionSystem system, List<byte[]> html, List<SnippetPage> pages) {
        for (int i = 0; i < Math.min(20, html.size()); i++) {
            system.extract(html.get(i), pages.get(i).url());
        }
    }

    private static final class Tally {
        SnippetCounts counts = SnippetCounts.ZERO;
        int pages;
        int dates;
        int datesRight;
        int titles;
        int titlesRight;
        int datedWithoutGold;
        int lost;
        long nanos;

        Row row(String system, String set) {
            double seconds = nanos / 1e9;
            return new Row(system, set, pages, counts, null, Ratio.of(datesRight, dates), Ratio.of(titlesRight, titles),
                    datedWithoutGold, lost, seconds, seconds == 0 ? 0 : pages / seconds);
        }

        void add(Tally o) {
            counts = counts.plus(o.counts);
            pages += o.pages;
            dates += o.dates;
            datesRight += o.datesRight;
            titles += o.titles;
            titlesRight += o.titlesRight;
            datedWithoutGold += o.datedWithoutGold;
            lost += o.lost;
            nanos += o.nanos;
        }
    }

    private static Outcome<List<Row>> trafilatura(ExtractionSystem system, List<SnippetPage> pages, List<byte[]> html, Path misses) {
        Tally train = new Tally();
        Tally test = new Tally();
        ObjectMapper json = new ObjectMapper();
        List<String> missLines = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            SnippetPage page = pages.get(i);
            long start = System.nanoTime();
            ExtractionSystem.Extracted out = system.extract(html.get(i), page.url());
            long took = System.nanoTime() - start;
            Tally t = page.train() ? train : test;
            t.nanos += took;
            t.pages++;
            SnippetCounts c = SnippetCounts.of(out.text(), page.with(), page.without());
            t.counts = t.counts.plus(c);
            if (!page.with().isEmpty() && c.truePositives() == 0) {
                t.lost++;
            }
            String day = out.published().map(Object::toString).orElse("");
            boolean dateRight = day.equals(page.date());
            if (!page.date().isEmpty()) {
                t.dates++;
                t.datesRight += dateRight ? 1 : 0;
            } else if (!day.isEmpty()) {
                t.datedWithoutGold++;
            }
            boolean titleRight = SnippetCounts.normalize(out.title()).equals(SnippetCounts.normalize(page.title()));
            if (!page.title().isBlank()) {
                t.titles++;
                t.titlesRight += titleRight ? 1 : 0;
            }
            if (misses != null && page.train() && (c.falseNegatives() > 0 || c.falsePositives() > 0 || !titleRight || !dateRight)) {
                ObjectNode n = json.createObjectNode();
                n.put("url", page.url()).put("file", page.file());
                n.putPOJO("missed", page.with().stream().filter(s -> !SnippetCounts.of(out.text(), List.of(s), List.of()).equals(
                        new SnippetCounts(1, 0, 0, 0))).toList());
                n.putPOJO("leaked", page.without().stream().filter(s -> SnippetCounts.of(out.text(), List.of(), List.of(s)).falsePositives() > 0).toList());
                n.put("goldTitle", page.title()).put("title", out.title()).put("goldDate", page.date()).put("date", day);
                n.put("chars", out.text().length());
                missLines.add(n.toString());
            }
        }
        if (misses != null) {
            try (BufferedWriter w = Files.newBufferedWriter(misses, StandardCharsets.UTF_8)) {
                for (String l : missLines) {
                    w.write(l);
                    w.newLine();
                }
            } catch (IOException e) {
                return Outcome.failed("unwritable", "cannot write the misses: " + e.getMessage(), misses.toString());
            }
        }
        Tally all = new Tally();
        all.add(train);
        all.add(test);
        return Outcome.ok(List.of(train.row(system.name(), "train"), test.row(system.name(), "test"), all.row(system.name(), "all")));
    }

    private static Row zyte(ExtractionSystem system, List<BodyPage> pages, List<byte[]> html) {
        List<ShingleCounts> counts = new ArrayList<>();
        long nanos = 0;
        int lost = 0;
        for (int i = 0; i < pages.size(); i++) {
            long start = System.nanoTime();
            ExtractionSystem.Extracted out = system.extract(html.get(i), pages.get(i).url());
            nanos += System.nanoTime() - start;
            ShingleCounts c = ShingleCounts.of(pages.get(i).body(), out.text());
            counts.add(c);
            if (c.tp() == 0 && c.fn() > 0) {
                lost++;
            }
        }
        double seconds = nanos / 1e9;
        return new Row(system.name(), "zyte", pages.size(), null, ShingleCounts.mean(counts), null, null, 0, lost, seconds,
                seconds == 0 ? 0 : pages.size() / seconds);
    }
}
