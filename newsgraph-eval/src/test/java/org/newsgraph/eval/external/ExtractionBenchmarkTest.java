package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.extract.NewsExtractor;

/** The extraction benchmark on tiny invented sets laid out like the real ones, with the real extractor. */
class ExtractionBenchmarkTest {
    @TempDir
    Path data;

    private static final String P1 = "The harbour authority said on Monday that the new ferry pier would open in June, two months later than planned.";
    private static final String P2 = "Storm damage to the old pier in January forced engineers to redesign the foundations, the authority said.";
    private static final String P3 = "Local traders welcomed the news but asked for a temporary landing stage for the summer season.";

    private static String page(String title, String date) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"" + date + "T09:00:00+01:00\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<footer><p>Subscribe to our newsletter for the latest updates.</p></footer></body></html>";
    }

    private void gz(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void writeSets() throws IOException {
        Path t = data.resolve("trafilatura-eval");
        String snippets = "\"with\": [\"" + P1 + "\", \"" + P3 + "\"], \"without\": [\"Subscribe to our newsletter\", \"Weather\"]";
        Files.createDirectories(t);
        Files.writeString(t.resolve("evaldata.json"), "{"
                + "\"https://b.example/2\": {\"file\": \"b.html\", " + snippets + ", \"title\": \"Pier opening delayed\", \"date\": \"2022-03-01\"},"
                + "\"https://a.example/1\": {\"file\": \"a.html\", " + snippets + ", \"title\": \"Ferry pier opens in June\", \"date\": \"\"}}");
        gz(t.resolve("html/a.html.gz"), page("Ferry pier opens in June", "2022-02-01"));
        gz(t.resolve("html/b.html.gz"), page("Pier opening delayed", "2022-03-01"));
        Path z = data.resolve("article-extraction-benchmark");
        Files.createDirectories(z);
        Files.writeString(z.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + P1 + "\\n\\n" + P2 + "\\n\\n" + P3
                + "\", \"url\": \"https://c.example/p\"}}");
        gz(z.resolve("html/p1.html.gz"), page("Ferry pier", "2022-04-01"));
    }

    @Test
    void halvesFollowTheSortedKeys() throws IOException {
        writeSets();
        List<SnippetPage> pages = ((Outcome.Ok<List<SnippetPage>>) new ExtractionSetReader().snippetPages(data, 10)).value();
        assertThat(pages).extracting(SnippetPage::url).containsExactly("https://a.example/1", "https://b.example/2");
        assertThat(pages).extracting(SnippetPage::train).containsExactly(true, false);
    }

    @Test
    void scoresEachSetWithItsOwnMethodAndTheBaselineKeepsEverything() throws IOException {
        writeSets();
        Outcome<ExtractionBenchmark.Result> out = new ExtractionBenchmark(List.of(ExtractionSystem.of("newsgraph", new NewsExtractor()),
                new BodyTextBaseline()), null).run(data, 100);
        ExtractionBenchmark.Result r = ((Outcome.Ok<ExtractionBenchmark.Result>) out).value();
        ExtractionBenchmark.Row ours = r.row("newsgraph", "all").orElseThrow();
        assertThat(ours.snippets()).isEqualTo(new SnippetCounts(4, 0, 0, 4));
        assertThat(ours.title().value()).isEqualTo(1.0);
        assertThat(ours.date()).isEqualTo(Ratio.of(1, 1));
        assertThat(ours.datedWithoutGold()).isEqualTo(1);
        ExtractionBenchmark.Row base = r.row("baseline: all <body> text", "all").orElseThrow();
        assertThat(base.snippets()).isEqualTo(new SnippetCounts(4, 0, 4, 0));
        assertThat(r.row("newsgraph", "zyte").orElseThrow().f1()).isGreaterThan(0.95); // the kept headline costs a little precision
        assertThat(r.row("baseline: all <body> text", "zyte").orElseThrow().shingles().precision()).isLessThan(1.0);
    }

    @Test
    void aMissingSetIsAFailedOutcomeNamingTheFile() {
        Outcome<ExtractionBenchmark.Result> out = new ExtractionBenchmark(List.of(new BodyTextBaseline()), null).run(data, 10);
        assertThat(out).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed<ExtractionBenchmark.Result>) out).problem().location()).endsWith("evaldata.json");
    }

    @Test
    void snippetsMatchAcrossWhiteSpaceDifferencesOnly() {
        SnippetCounts c = SnippetCounts.of("The pier\u00A0opens\n\nin June.", List.of("pier opens in June", "Pier opens"), List.of("June."));
        assertThat(c).isEqualTo(new SnippetCounts(1, 1, 1, 0));
        assertThat(c.precision()).isEqualTo(0.5);
    }

    @Test
    void shinglesWeighEveryPageAlikeAndCountRepeats() {
        ShingleCounts exact = ShingleCounts.of("one two three four five", "one two three four five");
        assertThat(exact.tp()).isEqualTo(1.0);
        ShingleCounts half = ShingleCounts.of("a b c d e f", "a b c d x y z w");
        assertThat(half.tp()).isCloseTo(1.0 / 7, within(1e-9)); // 3 gold shingles, 5 predicted, 1 shared
        ShingleCounts.Score3 mean = ShingleCounts.mean(List.of(exact, ShingleCounts.of("a b c d", "")));
        assertThat(mean.precision()).isEqualTo(1.0);
        assertThat(mean.recall()).isEqualTo(0.5);
    }
}
