package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.cluster.EventAssembler;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.store.codec.Json;
import org.newsgraph.store.embedded.EmbeddedStore;

/**
 * The per-article stages run on worker threads, the stateful ones in input order: a store built with several
 * workers equals, article for article and event for event, one built on a single thread, on invented articles that
 * exercise every in-order decision (copies, a second report of one event, an id taken twice, a URL seen twice, an
 * article in another language, a line that is not an article).
 */
class InOrderIngestTest {
    @TempDir
    Path tmp;

    private static String line(String id, String url, String title, String published, String outlet, String text) {
        return "{\"id\":" + Json.write(id) + ",\"url\":" + Json.write(url) + ",\"title\":" + Json.write(title)
                + ",\"published\":" + Json.write(published) + ",\"outlet\":" + Json.write(outlet)
                + ",\"text\":" + Json.write(text) + "}";
    }

    private static final String TALKS = "The foreign ministers of Veldana and Ostmark met in the port city of Krelvik on Monday "
            + "to discuss a new agreement on fishing rights in the northern sea. Minister Tomas Varek of Veldana said "
            + "the talks had been \"open and useful\" and that both sides wanted a deal before the winter season. "
            + "Ostmark's minister Ilse Brandauer said her country would send a team of experts next month.\n\n"
            + "The two countries have argued about the fishing grounds for more than a decade.";

    private static final String TALKS_AGAIN = "Veldana and Ostmark held talks in Krelvik on Monday about fishing rights, "
            + "with Tomas Varek and Ilse Brandauer leading the two delegations. Varek called the meeting open and useful. "
            + "Brandauer said experts from Ostmark would travel to Veldana next month to work on the details of a deal.\n\n"
            + "Fishermen in both countries have waited years for an agreement.";

    private static final String FLOOD = "Heavy rain flooded the river valley south of Pradnow on Wednesday, forcing about 2,000 "
            + "people to leave their homes. The regional governor, Marta Selin, said rescue teams had reached every village "
            + "by evening and that the army would help clear the roads.\n\nForecasters expect more rain at the weekend.";

    private static final String BRIDGE = "The city council of Halvorstad voted on Thursday to build a new bridge over the Amsel "
            + "river, ending years of debate. Mayor Jonas Rimkus said work would start in the spring and take three years. "
            + "Opponents said the cost of the bridge was too high for a city of its size.\n\nThe old bridge will stay open.";

    private static final String STRIKE = "Rail workers in Ostmark began a two-day strike on Tuesday over pay, stopping most "
            + "trains between the capital and the coast. The union's leader, Pavel Dorn, said the workers had waited two "
            + "years for a raise. The transport ministry called the strike unnecessary.\n\nTalks are planned for Friday.";

    private static final String GERMAN = "Der Stadtrat von Halvorstad hat am Donnerstag beschlossen, eine neue Brücke über den "
            + "Fluss zu bauen. Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen und drei Jahre dauern. "
            + "Die Gegner sagten, die Kosten seien für eine Stadt dieser Größe zu hoch.";

    private static List<String> corpus() {
        List<String> lines = new ArrayList<>();
        lines.add(line("a1", "https://north-ledger.example/talks", "Ministers meet in Krelvik over fishing rights", "2031-03-10", "North Ledger", TALKS));
        lines.add(line("a2", "https://flood-wire.example/valley", "Floods force 2,000 from homes near Pradnow", "2031-03-12", "Flood Wire", FLOOD));
        // the same text under another URL: a syndicated copy of a1
        lines.add(line("a3", "https://coast-herald.example/talks-copy", "Ministers meet in Krelvik over fishing rights", "2031-03-10", "Coast Herald", TALKS));
        lines.add(line("a4", "https://daily-bell.example/krelvik", "Veldana and Ostmark talk fish in Krelvik", "2031-03-10", "Daily Bell", TALKS_AGAIN));
        lines.add("{ this line is not JSON");
        lines.add(line("a5", "https://city-post.example/bridge", "Halvorstad votes for a new bridge", "2031-03-13", "City Post", BRIDGE));
        // an id already taken by another article: kept under a new id
        lines.add(line("a2", "https://rail-news.example/strike", "Rail strike stops trains in Ostmark", "2031-03-11", "Rail News", STRIKE));
        // a URL already stored in this run: not stored again
        lines.add(line("a6", "https://flood-wire.example/valley", "Floods force 2,000 from homes near Pradnow", "2031-03-12", "Flood Wire", FLOOD));
        lines.add(line("a7", "https://stadt-blatt.example/bruecke", "Neue Brücke für Halvorstad", "2031-03-13", "Stadt Blatt", GERMAN));
        // a near copy of the flood report with one more sentence
        lines.add(line("a8", "https://valley-times.example/flood", "Floods near Pradnow", "2031-03-12", "Valley Times",
                FLOOD + " Schools in the valley will stay closed until Monday."));
        return lines;
    }

    private record Outcome(IngestReport report, List<String> articles, List<Event> events) {
    }

    private Outcome ingest(String name, List<Path> batches, int threads) {
        Path data = tmp.resolve(name);
        IngestReport last = null;
        for (Path batch : batches) {
            try (EmbeddedStore store = EmbeddedStore.open(data)) {
                last = new Ingestor(store, Pipelines.standard(), FirstArticleIds.around(new EventAssembler()::assemble), 3, threads)
                        .ingest(List.of(new FileSource(List.of(batch), IngestLimits.DEFAULT)), (seen, added, location) -> { });
            }
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            List<String> articles = new ArrayList<>();
            store.forEach((Processed p) -> articles.add(Json.write(p)));
            return new Outcome(last, articles, store.events(0, 1000));
        }
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void severalWorkersGiveTheStoreOfOneThreadArticleForArticleAndEventForEvent() throws IOException {
        Path all = write("all.jsonl", corpus());
        Outcome one = ingest("one", List.of(all), 1);
        Outcome many = ingest("many", List.of(all), 4);

        assertThat(one.report().added()).isEqualTo(8);
        assertThat(one.report().alreadyStored()).isEqualTo(1);
        assertThat(one.report().skipped()).hasSize(1);
        assertThat(one.events()).anyMatch(e -> e.articleIds().size() >= 3);
        assertThat(many.report()).isEqualTo(one.report());
        assertThat(many.articles()).containsExactlyElementsOf(one.articles());
        assertThat(many.events()).containsExactlyElementsOf(one.events());
    }

    private static List<String> withoutLocations(List<String> articles) {
        return articles.stream().map(a -> a.replaceAll("\"location\":\"[^\"]*\"", "")).toList();
    }

    @Test
    void aSecondRunOverAStoreEqualsTheSameArticlesInOneRun() throws IOException {
        List<String> lines = corpus();
        Path first = write("first.jsonl", lines.subList(0, 5));
        Path second = write("second.jsonl", lines.subList(5, lines.size()));
        Path all = write("all.jsonl", lines);
        Outcome split = ingest("split", List.of(first, second), 4);
        Outcome whole = ingest("whole", List.of(all), 1);
        // the same articles, read from other files (so at other locations)
        assertThat(withoutLocations(split.articles())).containsExactlyElementsOf(withoutLocations(whole.articles()));
        assertThat(split.events()).containsExactlyElementsOf(whole.events());
    }
}
