package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo on the bundled example articles (written by us, see examples/README.md), end to end through the
 * command line: the hard cases of event counting must come out right.
 */
class DemoCommandTest {
    @TempDir
    static Path data;

    private static CliRunner demo;
    private static final Map<String, String> EVENT_OF = new HashMap<>();
    private static final Map<String, JsonNode> EVENTS = new HashMap<>();

    @BeforeAll
    static void runDemo() throws Exception {
        demo = CliRunner.run("demo", "--data", data.toString(), "--examples", Path.of("..", "examples").toString());
        JsonNode events = new ObjectMapper().readTree(CliRunner.run("events", "--data", data.toString(), "--json").out());
        for (JsonNode e : events) {
            EVENTS.put(e.path("id").asText(), e);
            e.path("articleIds").forEach(a -> EVENT_OF.put(a.asText(), e.path("id").asText()));
        }
    }

    @Test
    void ingestsEveryExampleAndPrintsTheEvents() {
        assertThat(demo.status()).isZero();
        assertThat(demo.out()).contains("Ingested 14 new articles").contains("independent source");
        assertThat(EVENT_OF).hasSize(14);
    }

    @Test
    void aVerbatimWireCopyAndAPartialCopyJoinTheirOriginalsEvents() {
        assertThat(EVENT_OF.get("003")).isEqualTo(EVENT_OF.get("001"));
        assertThat(EVENT_OF.get("004")).isEqualTo(EVENT_OF.get("002"));
    }

    @Test
    void theSameMinistersMeetingMonthsLaterIsAnotherEvent() {
        assertThat(EVENT_OF.get("006")).isNotEqualTo(EVENT_OF.get("001"));
        assertThat(EVENT_OF.get("007")).isNotEqualTo(EVENT_OF.get("001"));
    }

    @Test
    void theAnnouncementOfAVisitIsNotTheVisit() {
        assertThat(EVENT_OF.get("005")).isNotEqualTo(EVENT_OF.get("001"));
        assertThat(EVENT_OF.get("005")).isNotEqualTo(EVENT_OF.get("002"));
    }

    @Test
    void aWeekdayInAnUndatedArticleStaysUnresolved() {
        JsonNode event = EVENTS.get(EVENT_OF.get("008"));
        assertThat(event.path("date").path("kind").asText()).isEqualTo("weekday");
        assertThat(event.path("date").path("weekday").asText()).isEqualTo("SATURDAY");
    }

    @Test
    void copiesAreNotCountedAsIndependentSources() {
        JsonNode event = EVENTS.get(EVENT_OF.get("001"));
        assertThat(event.path("independentSources").asInt()).isLessThan(event.path("articleIds").size());
    }
}
