package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.Processed;

/**
 * Runs the project's own example articles ({@code examples/}, written by the Newsgraph authors) through the standard
 * pipeline and checks that every coded field of every event mention points at non-empty evidence in the text.
 */
class ExampleArticlesEvidenceTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void everyCodedFieldOfEveryExampleEventMentionHasEvidenceInTheText() throws IOException {
        Pipeline pipeline = Pipelines.standard();
        EvidenceLocator locator = new EvidenceLocator();
        List<String> unsupported = new ArrayList<>();
        int mentions = 0;
        int datedOrPlaced = 0;
        for (String line : Files.readAllLines(EXAMPLES.resolve("articles.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = new ObjectMapper().readTree(line);
            String file = n.get("file").asText();
            RawDocument raw = new RawDocument(file, Files.readAllBytes(EXAMPLES.resolve(file)),
                    file.endsWith(".html") ? Format.HTML : Format.TEXT, "UTF-8",
                    new SourceHints(n.get("id").asText(), n.path("url").asText(null), null, null, null));
            Outcome<Article> extracted = pipeline.extract(raw);
            assertThat(extracted).as(file).isInstanceOf(Outcome.Ok.class);
            Processed processed = pipeline.process(((Outcome.Ok<Article>) extracted).value());
            for (EventMention m : processed.events()) {
                mentions++;
                if (m.date() != null || m.place() != null) {
                    datedOrPlaced++;
                }
                locator.locate(processed.annotated(), m).unsupported(m)
                        .forEach(field -> unsupported.add(file + " " + m.type() + " " + field));
            }
        }

        assertThat(mentions).isGreaterThanOrEqualTo(14);
        assertThat(datedOrPlaced).isPositive();
        assertThat(unsupported).isEmpty();
    }
}
