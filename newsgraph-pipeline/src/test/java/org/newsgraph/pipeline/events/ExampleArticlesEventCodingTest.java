package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.extract.NewsExtractor;

/**
 * Regression check on the project's own example articles ({@code examples/}, written by the Newsgraph authors):
 * with the gold entity aliases and publication dates as a stand-in language layer, the main event of every
 * article has its gold type, and no event is given a day its articles do not support.
 */
class ExampleArticlesEventCodingTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);

    private record Coded(String article, String event, EventMention main) {
    }

    private static List<Coded> codeExamples(JsonNode gold) throws IOException {
        List<BenchmarkAnnotator.Named> named = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            List<String> surfaces = new ArrayList<>();
            e.get("aliases").forEach(a -> surfaces.add(a.asText()));
            named.add(new BenchmarkAnnotator.Named(e.get("canonical").asText(),
                    BenchmarkAnnotator.typeNames().getOrDefault(e.get("type").asText(), EntityType.MISC), surfaces));
        }
        Map<String, String> files = new HashMap<>();
        for (String line : Files.readAllLines(EXAMPLES.resolve("articles.jsonl"))) {
            JsonNode n = new ObjectMapper().readTree(line);
            files.put(n.get("id").asText(), n.get("file").asText());
        }
        List<Coded> out = new ArrayList<>();
        for (JsonNode a : gold.get("articles")) {
            String id = a.get("id").asText();
            String file = files.get(id);
            LocalDate published = a.path("published").isTextual() ? LocalDate.parse(a.get("published").asText()) : null;
            RawDocument raw = new RawDocument(file, Files.readAllBytes(EXAMPLES.resolve(file)),
                    file.endsWith(".html") ? Format.HTML : Format.TEXT, "UTF-8", new SourceHints(id, null, null, published, null));
            Article article = ((Outcome.Ok<Article>) new NewsExtractor().extract(raw)).value();
            EventMention main = CODER.code(BenchmarkAnnotator.annotate(article, named, published)).stream()
                    .filter(EventMention::main).findFirst().orElse(null);
            out.add(new Coded(id, a.get("event").asText(), main));
        }
        return out;
    }

    @Test
    void mainEventOfEveryExampleHasItsGoldTypeAndNoDayIsInvented() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(EXAMPLES.resolve("gold.json").toFile());
        Map<String, JsonNode> events = new HashMap<>();
        gold.get("events").forEach(e -> events.put(e.get("id").asText(), e));
        Map<String, String> plover = Map.of("036", "AGREE", "040", "CONSULT", "042", "CONSULT", "120", "REJECT",
                "139", "THREATEN", "173", "COERCE", "195", "ASSAULT");

        List<Coded> coded = codeExamples(gold);

        assertThat(coded).hasSize(14);
        for (Coded c : coded) {
            JsonNode event = events.get(c.event());
            String cameo = event.path("cameo").asText(null);
            String expected = cameo == null ? event.get("type").asText() : plover.get(cameo);
            assertThat(c.main()).as(c.article()).isNotNull();
            assertThat(c.main().type()).as(c.article()).isEqualTo(expected);
            if (!event.path("date_resolvable").asBoolean(true)) {
                assertThat(c.main().date() == null || c.main().date().day().isEmpty()).as(c.article()).isTrue();
            }
        }
    }
}
