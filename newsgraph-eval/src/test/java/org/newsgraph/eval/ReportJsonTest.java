package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    @Test
    void everyDocumentedKeyIsPresentEvenWhenNull() throws Exception {
        EvalReport r = new EvalReport("d", 0,
                new EvalReport.Extraction(null, null, null, 0, null, null), new EvalReport.Dedup(null, null),
                new EvalReport.Events(null, null, null, null, null, 0, null, null, null), new EvalReport.Stories(null),
                new EvalReport.Entities(null, null), new EvalReport.Quotes(null, null), new EvalReport.Speed(null, null));
        JsonNode n = new ObjectMapper().readTree(ReportJson.write(r, false));
        assertThat(n.path("dataset").asText()).isEqualTo("d");
        for (String key : List.of("title_accuracy", "outlet_accuracy", "published_accuracy", "invented_published", "boilerplate_removed", "content_kept")) {
            assertThat(n.path("extraction").has(key)).as(key).isTrue();
        }
        for (String key : List.of("bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_f1", "date_accuracy", "invented_dates",
                "type_accuracy", "actor_recall", "location_accuracy")) {
            assertThat(n.path("events").has(key)).as(key).isTrue();
        }
        assertThat(n.path("dedup").has("precision")).isTrue();
        assertThat(n.path("stories").has("bcubed_f1")).isTrue();
        assertThat(n.path("entities").has("alias_recall")).isTrue();
        assertThat(n.path("quotes").has("speaker_accuracy")).isTrue();
        assertThat(n.path("speed").has("articles_per_second")).isTrue();
        assertThat(n.path("extraction").get("title_accuracy").isNull()).isTrue();
    }

    @Test
    void baselinesAreOneTopLevelKeyWithTheirEventScores() throws Exception {
        EvalReport.Events events = new EvalReport.Events(0.9, 0.8, 0.847, null, null, 0, null, null, null);
        EvalReport r = new EvalReport("d", 0,
                new EvalReport.Extraction(null, null, null, 0, null, null), new EvalReport.Dedup(null, null), events,
                new EvalReport.Stories(null), new EvalReport.Entities(null, null), new EvalReport.Quotes(null, null),
                new EvalReport.Speed(null, null));
        java.util.Map<String, EvalReport.Events> baselines = new java.util.LinkedHashMap<>();
        baselines.put("minhash", new EvalReport.Events(1.0, 0.4, null, null, null, 0, null, null, null));
        JsonNode n = new ObjectMapper().readTree(ReportJson.write(r, baselines, false));
        assertThat(n.path("events").path("bcubed_f1").asDouble()).isEqualTo(0.847);
        assertThat(n.path("baselines").path("minhash").path("bcubed_precision").asDouble()).isEqualTo(1.0);
        assertThat(n.path("baselines").path("minhash").path("bcubed_recall").asDouble()).isEqualTo(0.4);
        assertThat(n.path("baselines").path("minhash").get("bcubed_f1").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(ReportJson.write(r, false)).has("baselines")).isFalse();
    }
}
